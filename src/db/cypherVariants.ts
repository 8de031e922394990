/**
 * Variants: one `.cypher` file that yields several statements, for what Cypher takes no
 * parameter for (what ORDER BY sorts on and in which direction, a label, a relationship type). The file has one line per
 * statement it yields, naming it and giving a value to each slot:
 *
 *     // @variant TITLE_ASC   direction=ASC   beyond=>
 *
 * and marks each place in its Cypher that differs between them with a slot, `{{direction}}`.
 * Statement `<file>:TITLE_ASC` is the file with every slot filled from that line. Slots are read
 * in Cypher lines only, so comments may name them.
 */

/** A variant of a file: its name and the value of each slot. */
export interface CypherVariant {
  name: string;
  values: ReadonlyMap<string, string>;
}

const VARIANT_LINE = /^[ \t]*\/\/[ \t]*@variant\b(.*)$/;
const SLOT = /\{\{(\w+)\}\}/g;
const isComment = (line: string) => /^\s*\/\//.test(line);
/** The variant a `// @variant` line names ('' when it names none), or null for any other line. */
const variantOf = (line: string): string | null => {
  const m = VARIANT_LINE.exec(line);
  return m ? ((m[1] ?? '').trim().split(/\s+/)[0] ?? '') : null;
};

/** The variants a file declares (none: it is one statement). Fails on a malformed or repeated line. */
export function readVariants(file: string, text: string): CypherVariant[] {
  const variants: CypherVariant[] = [];
  for (const line of text.split('\n')) {
    if (variantOf(line) === null) continue;
    const [name, ...pairs] = line.replace(VARIANT_LINE, '$1').trim().split(/\s+/);
    if (!name || !/^\w+$/.test(name)) throw new Error(`cypher/${file}.cypher: "${line.trim()}" does not start with a variant name`);
    if (variants.some((v) => v.name === name)) throw new Error(`cypher/${file}.cypher declares variant ${name} twice`);
    const values = new Map<string, string>();
    for (const pair of pairs) {
      const eq = pair.indexOf('=');
      if (eq < 1 || eq === pair.length - 1) throw new Error(`cypher/${file}.cypher, variant ${name}: "${pair}" is not slot=value`);
      values.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    variants.push({ name, values });
  }
  return variants;
}

/**
 * The statement text of one variant (or of a file without variants, `variant` null): every
 * `{{slot}}` of its Cypher lines filled; of the `@variant` lines only its own is kept, to say
 * which it is. Fails when a slot has no value, or a value has no slot, so that a typo cannot
 * leave a statement half-filled.
 */
export function fillSlots(file: string, text: string, variant: CypherVariant | null): string {
  const used = new Set<string>();
  const lines = text
    .split('\n')
    .filter((line) => [null, variant?.name].includes(variantOf(line)))
    .map((line) =>
      isComment(line)
        ? line
        : line.replace(SLOT, (_slot, slot: string) => {
            const value = variant?.values.get(slot);
            if (value === undefined) {
              throw new Error(
                variant
                  ? `cypher/${file}.cypher, variant ${variant.name}: no value for {{${slot}}}`
                  : `cypher/${file}.cypher has the slot {{${slot}}} but no "// @variant" line to fill it`,
              );
            }
            used.add(slot);
            return value;
          }),
    );
  const unused = variant ? [...variant.values.keys()].filter((slot) => !used.has(slot)) : [];
  if (variant && unused.length)
    throw new Error(`cypher/${file}.cypher, variant ${variant.name}: its Cypher has no slot ${unused.map((s) => `{{${s}}}`).join(', ')}`);
  return lines.join('\n');
}

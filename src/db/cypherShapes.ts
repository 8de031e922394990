/**
 * Shapes: parts of a statement that are sent only when a parameter is set, so that Neo4j plans
 * and runs the statement for the question asked rather than one statement for every question
 * (a null-guarded condition per filter, a CASE per optional list). A file marks such a part
 * with lines of their own:
 *
 *     // @when $countries
 *       AND EXISTS { (p)-[:IMPLEMENTED_BY]->(c:Country) WHERE c.id IN $countries }
 *     // @else
 *       ...
 *     // @end
 *
 * `$name` or `$name.field`: set means neither null, absent nor false. `@else` is optional;
 * parts may nest. The shape of a run is which conditions hold; its text is built once per
 * shape and kept (see {@link StatementShapes}). The parameters stay parameters: a shape only
 * leaves out Cypher, it never splices a value in.
 */

/** One part of a statement: Cypher lines, or a part sent only when a condition holds. */
type ShapePart = string | { condition: string; then: ShapePart[]; otherwise: ShapePart[] };

const WHEN = /^[ \t]*\/\/[ \t]*@when[ \t]+\$([\w.]+)[ \t]*$/;
const ELSE = /^[ \t]*\/\/[ \t]*@else[ \t]*$/;
const END = /^[ \t]*\/\/[ \t]*@end[ \t]*$/;
const MARKER = /^[ \t]*\/\/[ \t]*@(when|else|end)\b/;

/** Whether a line marks a shape (kept when a statement's comments are stripped). */
export const isShapeMarker = (line: string): boolean => MARKER.test(line);

/** A statement read into its parts. Fails on a malformed marker or an unclosed or stray one. */
export function parseShapes(file: string, text: string): ShapePart[] {
  const root: ShapePart[] = [];
  const open: Array<{ part: Exclude<ShapePart, string>; inElse: boolean }> = [];
  const current = () => {
    const top = open.at(-1);
    return top ? (top.inElse ? top.part.otherwise : top.part.then) : root;
  };
  for (const line of text.split('\n')) {
    if (!isShapeMarker(line)) {
      current().push(line);
      continue;
    }
    const when = WHEN.exec(line);
    if (when) {
      const condition = when[1]!;
      const part = { condition, then: [], otherwise: [] };
      current().push(part);
      open.push({ part, inElse: false });
    } else if (ELSE.test(line)) {
      const top = open.at(-1);
      if (!top || top.inElse) throw new Error(`cypher/${file}.cypher: "${line.trim()}" has no "// @when" before it`);
      top.inElse = true;
    } else if (END.test(line)) {
      if (!open.pop()) throw new Error(`cypher/${file}.cypher: "${line.trim()}" has no "// @when" before it`);
    } else {
      throw new Error(`cypher/${file}.cypher: "${line.trim()}" is not "// @when $parameter", "// @else" or "// @end"`);
    }
  }
  const unclosed = open.at(-1);
  if (unclosed) throw new Error(`cypher/${file}.cypher: "// @when $${unclosed.part.condition}" has no "// @end"`);
  return root;
}

/** Every condition a statement's parts name, in order of first appearance. */
export function shapeConditions(parts: readonly ShapePart[]): string[] {
  const found = new Set<string>();
  const walk = (ps: readonly ShapePart[]) => {
    for (const p of ps) {
      if (typeof p === 'string') continue;
      found.add(p.condition);
      walk(p.then);
      walk(p.otherwise);
    }
  };
  walk(parts);
  return [...found];
}

function isSet(params: Readonly<Record<string, unknown>>, path: readonly string[]): boolean {
  let value: unknown = params;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[key];
  }
  return value !== undefined && value !== null && value !== false;
}

/** The text of one shape: each part's lines when its condition holds for `holds`, else its `@else` lines. */
export function shapeText(parts: readonly ShapePart[], holds: (condition: string) => boolean): string {
  const lines: string[] = [];
  const walk = (ps: readonly ShapePart[]) => {
    for (const p of ps) {
      if (typeof p === 'string') lines.push(p);
      else walk(holds(p.condition) ? p.then : p.otherwise);
    }
  };
  walk(parts);
  return lines.join('\n');
}

/** A statement's text for these parameters (parsed anew: for tools; the executor uses {@link StatementShapes}). */
export function shapeStatement(text: string, params: Readonly<Record<string, unknown>>): string {
  const parts = parseShapes('(statement)', text);
  return shapeText(parts, (condition) => isSet(params, condition.split('.')));
}

// Far more shapes than the API's filters and selections make in practice; a client sending
// every combination only makes the oldest be built again.
const MAX_SHAPES = 2_000;

/** Each statement's parts, read once, and the text of each shape run so far (a bounded number). */
export class StatementShapes {
  /** By statement: its parts and each condition's path into the parameters; null when it has none. */
  private readonly parsed = new Map<string, { parts: ShapePart[]; paths: Map<string, string[]> } | null>();
  private readonly texts = new Map<string, string>();

  /** The text to send for statement `name` (its catalog text `text`) with these parameters. */
  textFor(name: string, text: string, params: Readonly<Record<string, unknown>>): string {
    let statement = this.parsed.get(name);
    if (statement === undefined) {
      const parts = parseShapes(name, text);
      const paths = new Map(shapeConditions(parts).map((condition) => [condition, condition.split('.')]));
      statement = paths.size ? { parts, paths } : null;
      this.parsed.set(name, statement);
    }
    if (statement === null) return text;
    let key = name;
    for (const path of statement.paths.values()) key += isSet(params, path) ? '1' : '0';
    let shaped = this.texts.get(key);
    if (shaped === undefined) {
      const { paths } = statement;
      shaped = shapeText(statement.parts, (condition) => isSet(params, paths.get(condition)!));
      if (this.texts.size >= MAX_SHAPES) this.texts.delete(this.texts.keys().next().value!);
      this.texts.set(key, shaped);
    }
    return shaped;
  }
}

import type { PropertyValue, TypedTag } from './backupFormat';

/** A property as cypher/backup/_properties reads it: key, Cypher's valueType(), value or its text. */
export type PropertyTriple = [key: string, type: string, value: unknown];

/** A property value the restore must parse from text (see cypher/backup/_typedValue). */
export interface TypedParam {
  k: string;
  t: TypedTag;
  list: boolean;
  v: string[];
}

/** The restore's parameters for one node or relationship's properties. */
export interface RestoreProperties {
  /** Strings, booleans and lists of them, set as they are. */
  props: Record<string, string | boolean | string[] | boolean[]>;
  typed: TypedParam[];
}

const TAG_OF_TYPE: Record<string, TypedTag> = {
  INTEGER: 'int',
  FLOAT: 'float',
  DATE: 'date',
  'ZONED TIME': 'time',
  'LOCAL TIME': 'localtime',
  'ZONED DATETIME': 'datetime',
  'LOCAL DATETIME': 'localdatetime',
  DURATION: 'duration',
};

const AS_IS = new Set(['STRING', 'BOOLEAN', 'NOTHING']);

/** A property the backup format cannot hold (a point, say); the message names it. */
export class UnsupportedPropertyError extends Error {}

/** Cypher's valueType() without its NOT NULL, as [element type, is a list]. */
function baseType(type: string): [string, boolean] {
  const plain = type.replace(/ NOT NULL/g, '').trim();
  const list = /^LIST<(.+)>$/.exec(plain);
  return list ? [list[1]!, true] : [plain, false];
}

const isSafeText = (s: string) => /^-?\d+$/.test(s) && Number.isSafeInteger(Number(s));

/** One property as the file holds it; `where` names the node or relationship for the error. */
export function encodeProperty([key, type, value]: PropertyTriple, where: string): PropertyValue {
  const [base, list] = baseType(type);
  if (AS_IS.has(base)) return value as PropertyValue;
  const tag = TAG_OF_TYPE[base];
  if (!tag) throw new UnsupportedPropertyError(`${where}: property ${JSON.stringify(key)} has type ${type}, which a backup cannot hold`);
  if (tag === 'int') {
    const texts = (list ? value : [value]) as string[];
    if (texts.every(isSafeText)) return list ? texts.map(Number) : Number(texts[0]);
  }
  return { [`$${tag}`]: value as string | string[] };
}

/** Every property of a node or relationship as the file holds it. */
export function encodeProperties(triples: PropertyTriple[], where: string): Record<string, PropertyValue> {
  return Object.fromEntries(triples.map((t) => [t[0], encodeProperty(t, where)]));
}

/** The restore's parameters for properties read from a file (already checked by its schema). */
export function decodeProperties(properties: Record<string, PropertyValue>): RestoreProperties {
  const out: RestoreProperties = { props: {}, typed: [] };
  for (const [k, value] of Object.entries(properties)) {
    if (typeof value === 'number') out.typed.push({ k, t: 'int', list: false, v: [String(value)] });
    else if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'number') out.typed.push({ k, t: 'int', list: true, v: value.map(String) });
    else if (typeof value === 'object' && !Array.isArray(value)) {
      const [tagKey, text] = Object.entries(value)[0]!;
      out.typed.push({ k, t: tagKey.slice(1) as TypedTag, list: Array.isArray(text), v: Array.isArray(text) ? text : [text] });
    } else out.props[k] = value as string | boolean | string[] | boolean[];
  }
  return out;
}

import { BadUserInputError } from '../errors/domainErrors';

/** The node types a global id may name. */
export const NODE_TYPES = [
  'Practice',
  'Country',
  'Partner',
  'Theme',
  'Instrument',
  'Provision',
  'Group',
  'Stage',
  'Objective',
  'GuidingPrinciple',
  'Target',
  'Document',
  'Recommendation',
  'GuidingQuestion',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** The relationship types of the model. */
export const RELATIONSHIP_TYPES = [
  'IMPLEMENTED_BY',
  'CONCERNS',
  'MENTIONS',
  'PARTNERS_WITH',
  'ADDRESSES',
  'BENEFITS',
  'AT_STAGE',
  'SUPPORTS',
  'CONTRIBUTES_TO',
  'RELATES_TO',
  'BASED_IN',
  'PART_OF',
  'GROUNDS',
  'INTERPRETS',
  'SUPPLEMENTS',
  'BACKED_BY',
  'BACKS',
  'RATIFIED',
  'SIGNED',
  'NO_ACTION',
  'DENOUNCED',
  'NOT_RATIFIED',
  'DESCRIBES',
  'CITES',
  'CONTRIBUTED_BY',
  'CONTAINS',
  'SPEAKS_OF',
] as const;

/** A node's type and id. */
export interface NodeKey {
  type: NodeType;
  id: string;
}

/** `Practice:beta-groups` from a type and id. */
export function toGlobalId(type: string, id: string): string {
  return `${type}:${id}`;
}

/** `Practice:beta-groups` as a key; null when it is not one (no known type before its first colon, or no id after it). */
export function globalKeyOf(globalId: string): NodeKey | null {
  const colon = globalId.indexOf(':');
  const type = globalId.slice(0, colon);
  const id = globalId.slice(colon + 1);
  return colon > 0 && id && (NODE_TYPES as readonly string[]).includes(type) ? { type: type as NodeType, id } : null;
}

/** Reads `<Type>:<id>`; the error lists the types when the prefix is wrong. */
export function parseGlobalId(globalId: string, argument: string): NodeKey {
  const key = globalKeyOf(globalId);
  if (!key) {
    throw new BadUserInputError(
      `${argument}: ${JSON.stringify(globalId.slice(0, 80))} is not a global id; write <Type>:<id>, e.g. Practice:beta-groups or Country:MEX, with Type one of ${NODE_TYPES.join(', ')}`,
      argument,
    );
  }
  return key;
}

/** Checks a list of type names against `known`; the error quotes the bad one. */
export function checkNames(values: readonly string[] | null | undefined, known: readonly string[], argument: string): string[] | null {
  if (!values || values.length === 0) return null;
  values.forEach((v, i) => {
    if (!known.includes(v))
      throw new BadUserInputError(`${argument}[${i}]: unknown type ${JSON.stringify(v)}; one of ${known.join(', ')}`, `${argument}[${i}]`);
  });
  return [...values];
}

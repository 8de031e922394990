/**
 * The name of every Cypher statement in `cypher/`, as `<domain>/<file>`. The catalog loader
 * checks this list against the folder at start-up, in both directions.
 */
export const QUERY_NAMES = [
  'schema/constraints',
  'health/counts',
  'health/components',
] as const;

/** A statement's name. */
export type QueryName = (typeof QUERY_NAMES)[number];

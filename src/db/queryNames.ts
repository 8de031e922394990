/**
 * The name of every Cypher statement in `cypher/`, as `<domain>/<file>`. The catalog loader
 * checks this list against the folder at start-up, in both directions.
 */
export const QUERY_NAMES = [
  'schema/constraints',
  'health/counts',
  'health/components',
  'load/addresses',
  'load/atStage',
  'load/benefits',
  'load/cites',
  'load/clearSeedEdges',
  'load/concerns',
  'load/countries',
  'load/documents',
  'load/grounds',
  'load/groups',
  'load/implementedBy',
  'load/instruments',
  'load/interprets',
  'load/mentions',
  'load/partners',
  'load/partnersWith',
  'load/practices',
  'load/provisions',
  'load/ratifications',
  'load/readState',
  'load/speaksOf',
  'load/stages',
  'load/statements',
  'load/themes',
  'load/writeState',
] as const;

/** A statement's name. */
export type QueryName = (typeof QUERY_NAMES)[number];

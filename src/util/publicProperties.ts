/**
 * Properties the graph keeps for its own bookkeeping, which no client may see: the load's stamp
 * and source file (written by cypher/load/*.cypher from src/load/buildLoadPlan.ts, read back by
 * load/sweepStale) and the practice tags joined for the full-text index. The one list of them.
 */
export const INTERNAL_PROPERTIES: ReadonlySet<string> = new Set(['loadStamp', 'loadedFrom', 'tags_text']);

/**
 * A node's or relationship's properties as a client may see them: without the internal ones,
 * and without nulls. Every reader that passes whole property maps on (the explorer's subgraphs,
 * the graph exports) maps them through here, and only here.
 */
export function publicProperties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k, v]) => v !== null && v !== undefined && !INTERNAL_PROPERTIES.has(k)));
}

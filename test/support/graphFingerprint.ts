import crypto from 'node:crypto';
import type { TestHelper } from './TestHelper';

/** Counts and property checksums of a graph, by node label and relationship type. */
export interface GraphFingerprint {
  labels: Record<string, { count: number; sha256: string }>;
  types: Record<string, { count: number; sha256: string }>;
}

// Each property as key, Cypher type and text: a float 2.0 and an integer 2, or a datetime in two
// zones, tell apart. Written here, not taken from cypher/backup, so that the test does not check
// the backup against itself.
const PROPS = `[k IN keys(x) | [k, valueType(x[k]), CASE WHEN valueType(x[k]) STARTS WITH 'LIST' THEN [e IN x[k] | toString(e)] ELSE toString(x[k]) END]]`;

const sha = (lines: string[]) => crypto.createHash('sha256').update(lines.sort().join('\n')).digest('hex');

/**
 * Describes every node by its labels and properties and every relationship by its type, its
 * properties and the descriptions of its two ends, then hashes the sorted descriptions per label
 * and per type. Two graphs with equal fingerprints hold the same nodes, relationships and
 * properties, whatever their internal ids. `where` filters nodes, written of `x` (and keeps the relationships between those).
 */
export async function graphFingerprint(helper: TestHelper, where = 'true'): Promise<GraphFingerprint> {
  const nodes = await helper.cypher<{ id: string; labels: string[]; props: unknown[] }>(
    `MATCH (x) WHERE ${where} RETURN elementId(x) AS id, labels(x) AS labels, ${PROPS} AS props`,
  );
  const described = new Map<string, string>();
  const byLabel: Record<string, string[]> = {};
  for (const n of nodes) {
    const text = JSON.stringify([[...n.labels].sort(), [...n.props].sort((a, b) => String((a as string[])[0]).localeCompare(String((b as string[])[0])))]);
    described.set(n.id, text);
    for (const label of n.labels) (byLabel[label] ??= []).push(text);
  }
  const rels = await helper.cypher<{ s: string; e: string; type: string; props: unknown[] }>(
    `MATCH (a)-[x]->(b) RETURN elementId(a) AS s, elementId(b) AS e, type(x) AS type, ${PROPS} AS props`,
  );
  const byType: Record<string, string[]> = {};
  for (const r of rels) {
    const s = described.get(r.s);
    const e = described.get(r.e);
    if (s === undefined || e === undefined) continue;
    const props = [...r.props].sort((a, b) => String((a as string[])[0]).localeCompare(String((b as string[])[0])));
    (byType[r.type] ??= []).push(JSON.stringify([r.type, props, sha([s]), sha([e])]));
  }
  const summarise = (groups: Record<string, string[]>) => Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, { count: v.length, sha256: sha(v) }]));
  return { labels: summarise(byLabel), types: summarise(byType) };
}

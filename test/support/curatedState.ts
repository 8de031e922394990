import type { TestHelper } from './TestHelper';

// Load stamps are random per load: two stores with the same content differ in them only.
const VOLATILE = new Set(['loadStamp']);

function plain(value: unknown): unknown {
  // The driver's temporal values, as their ISO strings (compared as text, not as objects).
  if (value && typeof value === 'object' && value.constructor.name === 'DateTime') return (value as { toString(): string }).toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !VOLATILE.has(k))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

/**
 * Everything curation can touch, as plain sorted data: every practice with all its properties and
 * every relationship it has (either direction, with the other end's id), the tombstones, and
 * (with `marks`) the change marks that Practice.history reads. Two stores that agree on this agree
 * on the curated state.
 */
export async function curatedState(helper: TestHelper, opts: { marks: boolean }) {
  const practices = await helper.cypher<{ id: string; props: unknown; edges: unknown[] }>(
    `MATCH (p:Practice)
     RETURN p.id AS id, properties(p) AS props,
       COLLECT { MATCH (p)-[r]-(t) RETURN {type: type(r), out: startNode(r) = p, other: coalesce(t.id, labels(t)[0]), props: properties(r)} AS e } AS edges
     ORDER BY id`,
  );
  const sortedEdges = practices.map((p) => ({
    id: p.id,
    props: plain(p.props),
    edges: (plain(p.edges) as unknown[]).map((e) => JSON.stringify(e)).sort(),
  }));
  const tombstones = (await helper.cypher<{ t: unknown }>('MATCH (x:Tombstone) RETURN properties(x) AS t ORDER BY x.key')).map((r) => plain(r.t));
  const marks = opts.marks
    ? (await helper.cypher<{ c: unknown }>('MATCH (c:CurationChange) RETURN properties(c) AS c ORDER BY c.id')).map((r) => plain(r.c))
    : [];
  return { practices: sortedEdges, tombstones, marks };
}

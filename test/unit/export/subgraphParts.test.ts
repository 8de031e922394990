import type { ExportGraphPart } from '../../../src/export/exportRows';
import { subgraphParts, type SubgraphRow } from '../../../src/export/subgraphParts';

const none = { ids: null, nodeKeys: null, edgeKeys: null, node: null, links: null, edge: null };
const head = (ids: string[]): SubgraphRow => ({ ...none, kind: 'head', ids, nodeKeys: ['title', 'id'], edgeKeys: ['evidence', 'basis'] });
const node = (id: string, links: Array<[string, string]> = []): SubgraphRow => ({
  ...none,
  kind: 'node',
  node: { id, type: id.split(':')[0]!, label: id, properties: { id, loadedFrom: null } },
  links: links.map(([type, target]) => ({ type, target })),
});
const edge = (source: string, type: string, target: string): SubgraphRow => ({
  ...none,
  kind: 'edge',
  edge: { source, target, type, properties: { basis: 'b', rule: null } },
});

// An async source, as the executor's stream is; the rows are already here.
async function* rowsOf(rows: SubgraphRow[]) {
  await Promise.resolve();
  yield* rows;
}

async function collect(rows: SubgraphRow[]): Promise<ExportGraphPart[]> {
  const parts: ExportGraphPart[] = [];
  for await (const part of subgraphParts(rowsOf(rows))) parts.push(part);
  return parts;
}

describe('subgraphParts: the subgraph export rows, edges kept by a lookup of their ends', () => {
  it('keeps the edges and links whose two ends are exported nodes, drops the rest, cleans properties', async () => {
    const parts = await collect([
      head(['Practice:a', 'Country:MEX', 'Theme:health']),
      node('Practice:a', [
        ['IMPLEMENTED_BY', 'Country:MEX'],
        ['MENTIONS', 'Country:FRA'],
      ]),
      node('Country:MEX', [['RATIFIED', 'Instrument:ICRMW']]),
      node('Theme:health'),
      edge('Practice:a', 'IMPLEMENTED_BY', 'Country:MEX'),
      edge('Practice:a', 'MENTIONS', 'Country:FRA'),
      edge('Country:MEX', 'RATIFIED', 'Instrument:ICRMW'),
      edge('Document:d', 'DESCRIBES', 'Practice:a'),
      edge('Practice:a', 'ADDRESSES', 'Theme:health'),
    ]);
    expect(parts[0]).toEqual({ kind: 'head', nodeKeys: ['id', 'title'], edgeKeys: ['basis', 'evidence'] });
    expect(parts.filter((p) => p.kind === 'node')).toEqual([
      {
        kind: 'node',
        node: { id: 'Practice:a', type: 'Practice', label: 'Practice:a', properties: { id: 'Practice:a' } },
        links: [{ type: 'IMPLEMENTED_BY', target: 'Country:MEX' }],
      },
      { kind: 'node', node: { id: 'Country:MEX', type: 'Country', label: 'Country:MEX', properties: { id: 'Country:MEX' } }, links: [] },
      { kind: 'node', node: { id: 'Theme:health', type: 'Theme', label: 'Theme:health', properties: { id: 'Theme:health' } }, links: [] },
    ]);
    expect(parts.filter((p) => p.kind === 'edge')).toEqual([
      { kind: 'edge', edge: { source: 'Practice:a', target: 'Country:MEX', type: 'IMPLEMENTED_BY', properties: { basis: 'b' } } },
      { kind: 'edge', edge: { source: 'Practice:a', target: 'Theme:health', type: 'ADDRESSES', properties: { basis: 'b' } } },
    ]);
  });

  it('keeps every edge among many nodes once, in the order they come', async () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `Practice:p${i}`);
    const edges = ids.map((id, i) => edge(id, 'X', ids[(i * 7) % ids.length]!));
    const parts = await collect([head(ids), ...ids.map((id) => node(id)), ...edges, edge('Practice:p1', 'X', 'Practice:outside')]);
    expect(parts.filter((p) => p.kind === 'edge').map((p) => (p.kind === 'edge' ? p.edge.target : ''))).toEqual(edges.map((e) => e.edge!.target));
  });

  it('refuses rows out of the statement order: head, nodes, then edges', async () => {
    await expect(collect([node('Practice:a')])).rejects.toThrow(/before its head/);
    await expect(collect([head(['Practice:a']), edge('Practice:a', 'X', 'Practice:a'), node('Practice:a')])).rejects.toThrow(/node row after its edge rows/);
    await expect(collect([])).rejects.toThrow(/no head row/);
  });
});

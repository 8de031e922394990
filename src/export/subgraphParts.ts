import { INTERNAL_PROPERTIES, publicProperties } from '../util/publicProperties';
import { type ExportEdge, type ExportGraphPart, type ExportLink, type ExportNode } from './exportRows';

/** A row of cypher/export/subgraph.cypher: a head, a node or a candidate edge (the other columns null). */
export interface SubgraphRow {
  kind: 'head' | 'node' | 'edge';
  ids: string[] | null;
  nodeKeys: string[] | null;
  edgeKeys: string[] | null;
  node: ExportNode | null;
  links: ExportLink[] | null;
  edge: ExportEdge | null;
}

/**
 * Turns the statement's rows into the parts the formats write, as they arrive. The head's ids
 * go into a Set: each candidate edge (and each JSON-LD link) is kept when both its ends are
 * exported nodes, one lookup per edge, so the work grows with nodes plus edges, never with their
 * product. Throws when the rows do not come in the statement's order (head, nodes, edges).
 */
export async function* subgraphParts(rows: AsyncIterable<SubgraphRow>): AsyncGenerator<ExportGraphPart, void, undefined> {
  let ids: Set<string> | null = null;
  let seenEdge = false;
  for await (const row of rows) {
    if (row.kind === 'head') {
      if (ids) throw new Error('export/subgraph returned a second head row');
      ids = new Set(row.ids ?? []);
      const visible = (keys: string[] | null) => (keys ?? []).filter((k) => !INTERNAL_PROPERTIES.has(k)).sort();
      yield { kind: 'head', nodeKeys: visible(row.nodeKeys), edgeKeys: visible(row.edgeKeys) };
      continue;
    }
    if (!ids) throw new Error(`export/subgraph returned a ${row.kind} row before its head row`);
    const exported = ids;
    if (row.kind === 'node' && row.node) {
      if (seenEdge) throw new Error('export/subgraph returned a node row after its edge rows');
      const links = (row.links ?? []).filter((l) => exported.has(l.target));
      yield { kind: 'node', node: { ...row.node, properties: publicProperties(row.node.properties) }, links };
    } else if (row.kind === 'edge' && row.edge) {
      seenEdge = true;
      if (exported.has(row.edge.source) && exported.has(row.edge.target))
        yield { kind: 'edge', edge: { ...row.edge, properties: publicProperties(row.edge.properties) } };
    }
  }
  // The statement returns a head row even when no practice matches.
  if (!ids) throw new Error('export/subgraph returned no head row');
}

import { create } from 'xmlbuilder2';
import { asText, type ExportGraph } from './exportRows';
import { propertyKeys } from './graphml';

/**
 * GEXF 1.3 for Gephi: node type and properties, and each edge's type and provenance, as
 * declared attributes; the edge type is also the GEXF edge label.
 */
export function gexf(graph: ExportGraph): string {
  const nodeKeys = ['type', ...propertyKeys(graph.nodes)];
  const edgeKeys = ['type', ...propertyKeys(graph.edges)];
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('gexf', { xmlns: 'http://gexf.net/1.3', version: '1.3' });
  root.ele('meta').ele('creator').txt('migrant-rights-kg').up().ele('description').txt('Migrant-rights knowledge graph export; edge provenance in the basis and evidence attributes.');
  const g = root.ele('graph', { defaultedgetype: 'directed', mode: 'static' });
  const nodeAttrs = g.ele('attributes', { class: 'node' });
  nodeKeys.forEach((k, i) => nodeAttrs.ele('attribute', { id: `n${i}`, title: k, type: 'string' }));
  const edgeAttrs = g.ele('attributes', { class: 'edge' });
  edgeKeys.forEach((k, i) => edgeAttrs.ele('attribute', { id: `e${i}`, title: k, type: 'string' }));
  const nodes = g.ele('nodes');
  for (const n of graph.nodes) {
    const values = nodes.ele('node', { id: n.id, label: n.label }).ele('attvalues');
    nodeKeys.forEach((k, i) => {
      const v = k === 'type' ? n.type : n.properties[k];
      if (v !== undefined) values.ele('attvalue', { for: `n${i}`, value: asText(v) });
    });
  }
  const edges = g.ele('edges');
  graph.edges.forEach((e, j) => {
    const values = edges.ele('edge', { id: `e${j}`, source: e.source, target: e.target, label: e.type }).ele('attvalues');
    edgeKeys.forEach((k, i) => {
      const v = k === 'type' ? e.type : e.properties[k];
      if (v !== undefined) values.ele('attvalue', { for: `e${i}`, value: asText(v) });
    });
  });
  return root.end({ prettyPrint: true });
}

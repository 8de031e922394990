import { create } from 'xmlbuilder2';
import { asText, type ExportGraph } from './exportRows';

/** The property keys of a list of elements, sorted, for attribute declarations. */
export function propertyKeys(items: Array<{ properties: Record<string, unknown> }>): string[] {
  return [...new Set(items.flatMap((i) => Object.keys(i.properties)))].sort();
}

/**
 * GraphML for Gephi, yEd and NetworkX: node type and label, every node property, and each edge's
 * type and provenance (basis, evidence, rule, footnote, ...) as declared string attributes.
 */
export function graphml(graph: ExportGraph): string {
  const nodeKeys = propertyKeys(graph.nodes);
  const edgeKeys = propertyKeys(graph.edges);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  root.ele('key', { id: 'n_type', for: 'node', 'attr.name': 'type', 'attr.type': 'string' });
  root.ele('key', { id: 'n_label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' });
  nodeKeys.forEach((k, i) => root.ele('key', { id: `n${i}`, for: 'node', 'attr.name': k, 'attr.type': 'string' }));
  root.ele('key', { id: 'e_type', for: 'edge', 'attr.name': 'type', 'attr.type': 'string' });
  edgeKeys.forEach((k, i) => root.ele('key', { id: `e${i}`, for: 'edge', 'attr.name': k, 'attr.type': 'string' }));
  const g = root.ele('graph', { id: 'migrant-rights-kg', edgedefault: 'directed' });
  for (const n of graph.nodes) {
    const node = g.ele('node', { id: n.id });
    node.ele('data', { key: 'n_type' }).txt(n.type);
    node.ele('data', { key: 'n_label' }).txt(n.label);
    nodeKeys.forEach((k, i) => {
      if (k in n.properties) node.ele('data', { key: `n${i}` }).txt(asText(n.properties[k]));
    });
  }
  graph.edges.forEach((e, j) => {
    const edge = g.ele('edge', { id: `e${j}`, source: e.source, target: e.target });
    edge.ele('data', { key: 'e_type' }).txt(e.type);
    edgeKeys.forEach((k, i) => {
      if (k in e.properties) edge.ele('data', { key: `e${i}` }).txt(asText(e.properties[k]));
    });
  });
  return root.end({ prettyPrint: true });
}

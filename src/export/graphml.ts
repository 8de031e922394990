import { asText, type ExportGraphPart } from './exportRows';
import { TextChunks } from './textChunks';
import { XmlPrinter } from './xmlPrinter';

/**
 * GraphML for Gephi, yEd and NetworkX: node type and label, every node property, and each edge's
 * type and provenance (basis, evidence, rule, footnote, ...) as declared string attributes.
 * Written as the parts arrive, the keys first, from the head.
 */
export async function* graphml(parts: AsyncIterable<ExportGraphPart>): AsyncGenerator<string, void, undefined> {
  const out = new TextChunks();
  const xml = new XmlPrinter((text) => out.add(text));
  let nodeKeys: string[] = [];
  let edgeKeys: string[] = [];
  let edgeIndex = 0;
  xml.start('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  for await (const part of parts) {
    switch (part.kind) {
      case 'head':
        ({ nodeKeys, edgeKeys } = part);
        xml.leaf('key', { id: 'n_type', for: 'node', 'attr.name': 'type', 'attr.type': 'string' });
        xml.leaf('key', { id: 'n_label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' });
        nodeKeys.forEach((k, i) => xml.leaf('key', { id: `n${i}`, for: 'node', 'attr.name': k, 'attr.type': 'string' }));
        xml.leaf('key', { id: 'e_type', for: 'edge', 'attr.name': 'type', 'attr.type': 'string' });
        edgeKeys.forEach((k, i) => xml.leaf('key', { id: `e${i}`, for: 'edge', 'attr.name': k, 'attr.type': 'string' }));
        xml.start('graph', { id: 'migrant-rights-kg', edgedefault: 'directed' });
        break;
      case 'node': {
        const n = part.node;
        xml.start('node', { id: n.id }).leaf('data', { key: 'n_type' }, n.type).leaf('data', { key: 'n_label' }, n.label);
        nodeKeys.forEach((k, i) => {
          if (k in n.properties) xml.leaf('data', { key: `n${i}` }, asText(n.properties[k]));
        });
        xml.end();
        break;
      }
      case 'edge': {
        const e = part.edge;
        xml.start('edge', { id: `e${edgeIndex++}`, source: e.source, target: e.target }).leaf('data', { key: 'e_type' }, e.type);
        edgeKeys.forEach((k, i) => {
          if (k in e.properties) xml.leaf('data', { key: `e${i}` }, asText(e.properties[k]));
        });
        xml.end();
        break;
      }
    }
    if (out.full) yield out.take();
  }
  xml.end().end();
  yield out.take();
}

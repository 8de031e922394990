import { createCB } from 'xmlbuilder2';
import { asText, type ExportGraphPart } from './exportRows';
import { TextChunks } from './textChunks';

/**
 * GraphML for Gephi, yEd and NetworkX: node type and label, every node property, and each edge's
 * type and provenance (basis, evidence, rule, footnote, ...) as declared string attributes.
 * Written as the parts arrive (xmlbuilder2's callback builder), the keys first, from the head.
 */
export async function* graphml(parts: AsyncIterable<ExportGraphPart>): AsyncGenerator<string, void, undefined> {
  const out = new TextChunks();
  const xml = createCB({ data: (text: string) => out.add(text), prettyPrint: true });
  // An empty text would make `<data></data>`; the document builder writes `<data/>`.
  const data = (key: string, text: string) => {
    const element = xml.ele('data', { key });
    if (text !== '') element.txt(text);
    element.up();
  };
  let nodeKeys: string[] = [];
  let edgeKeys: string[] = [];
  let edgeIndex = 0;
  xml.dec({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  for await (const part of parts) {
    switch (part.kind) {
      case 'head':
        ({ nodeKeys, edgeKeys } = part);
        xml.ele('key', { id: 'n_type', for: 'node', 'attr.name': 'type', 'attr.type': 'string' }).up();
        xml.ele('key', { id: 'n_label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' }).up();
        nodeKeys.forEach((k, i) => xml.ele('key', { id: `n${i}`, for: 'node', 'attr.name': k, 'attr.type': 'string' }).up());
        xml.ele('key', { id: 'e_type', for: 'edge', 'attr.name': 'type', 'attr.type': 'string' }).up();
        edgeKeys.forEach((k, i) => xml.ele('key', { id: `e${i}`, for: 'edge', 'attr.name': k, 'attr.type': 'string' }).up());
        xml.ele('graph', { id: 'migrant-rights-kg', edgedefault: 'directed' });
        break;
      case 'node': {
        const n = part.node;
        xml.ele('node', { id: n.id });
        data('n_type', n.type);
        data('n_label', n.label);
        nodeKeys.forEach((k, i) => {
          if (k in n.properties) data(`n${i}`, asText(n.properties[k]));
        });
        xml.up();
        break;
      }
      case 'edge': {
        const e = part.edge;
        xml.ele('edge', { id: `e${edgeIndex++}`, source: e.source, target: e.target });
        data('e_type', e.type);
        edgeKeys.forEach((k, i) => {
          if (k in e.properties) data(`e${i}`, asText(e.properties[k]));
        });
        xml.up();
        break;
      }
    }
    if (out.full) yield out.take();
  }
  xml.up().up().end();
  yield out.take();
}

import { asText, type ExportGraphPart } from './exportRows';
import { TextChunks } from './textChunks';
import { XmlPrinter } from './xmlPrinter';

/**
 * GEXF 1.3 for Gephi: node type and properties, and each edge's type and provenance, as
 * declared attributes; the edge type is also the GEXF edge label. Written as the parts arrive,
 * the attribute declarations first, from the head.
 */
export async function* gexf(parts: AsyncIterable<ExportGraphPart>): AsyncGenerator<string, void, undefined> {
  const out = new TextChunks();
  const xml = new XmlPrinter((text) => out.add(text));
  let nodeKeys: string[] = [];
  let edgeKeys: string[] = [];
  let edgeIndex = 0;
  // The <nodes> block is open from the head until the first edge (or the end) closes it.
  let edgesOpen = false;
  const openEdges = () => {
    xml.end().start('edges');
    edgesOpen = true;
  };
  const attvalue = (id: string, value: unknown) => {
    if (value !== undefined) xml.leaf('attvalue', { for: id, value: asText(value) });
  };
  xml.start('gexf', { xmlns: 'http://gexf.net/1.3', version: '1.3' });
  xml
    .start('meta')
    .leaf('creator', {}, 'migrant-rights-kg')
    .leaf('description', {}, 'Migrant-rights knowledge graph export; edge provenance in the basis and evidence attributes.')
    .end();
  for await (const part of parts) {
    switch (part.kind) {
      case 'head':
        nodeKeys = ['type', ...part.nodeKeys];
        edgeKeys = ['type', ...part.edgeKeys];
        xml.start('graph', { defaultedgetype: 'directed', mode: 'static' });
        xml.start('attributes', { class: 'node' });
        nodeKeys.forEach((k, i) => xml.leaf('attribute', { id: `n${i}`, title: k, type: 'string' }));
        xml.end().start('attributes', { class: 'edge' });
        edgeKeys.forEach((k, i) => xml.leaf('attribute', { id: `e${i}`, title: k, type: 'string' }));
        xml.end().start('nodes');
        break;
      case 'node': {
        const n = part.node;
        xml.start('node', { id: n.id, label: n.label }).start('attvalues');
        nodeKeys.forEach((k, i) => attvalue(`n${i}`, k === 'type' ? n.type : n.properties[k]));
        xml.end().end();
        break;
      }
      case 'edge': {
        if (!edgesOpen) openEdges();
        const e = part.edge;
        xml.start('edge', { id: `e${edgeIndex++}`, source: e.source, target: e.target, label: e.type }).start('attvalues');
        edgeKeys.forEach((k, i) => attvalue(`e${i}`, k === 'type' ? e.type : e.properties[k]));
        xml.end().end();
        break;
      }
    }
    if (out.full) yield out.take();
  }
  if (!edgesOpen) openEdges();
  xml.end().end().end();
  yield out.take();
}

import { createCB } from 'xmlbuilder2';
import { asText, type ExportGraphPart } from './exportRows';
import { TextChunks } from './textChunks';

/**
 * GEXF 1.3 for Gephi: node type and properties, and each edge's type and provenance, as
 * declared attributes; the edge type is also the GEXF edge label. Written as the parts arrive,
 * the attribute declarations first, from the head.
 */
export async function* gexf(parts: AsyncIterable<ExportGraphPart>): AsyncGenerator<string, void, undefined> {
  const out = new TextChunks();
  const xml = createCB({ data: (text: string) => out.add(text), prettyPrint: true });
  let nodeKeys: string[] = [];
  let edgeKeys: string[] = [];
  let edgeIndex = 0;
  // The <nodes> block is open from the head until the first edge (or the end) closes it.
  let edgesOpen = false;
  const openEdges = () => {
    xml.up().ele('edges');
    edgesOpen = true;
  };
  const attvalue = (id: string, value: unknown) => {
    if (value !== undefined) xml.ele('attvalue', { for: id, value: asText(value) }).up();
  };
  xml.dec({ version: '1.0', encoding: 'UTF-8' }).ele('gexf', { xmlns: 'http://gexf.net/1.3', version: '1.3' });
  xml.ele('meta').ele('creator').txt('migrant-rights-kg').up().ele('description').txt('Migrant-rights knowledge graph export; edge provenance in the basis and evidence attributes.').up().up();
  for await (const part of parts) {
    switch (part.kind) {
      case 'head':
        nodeKeys = ['type', ...part.nodeKeys];
        edgeKeys = ['type', ...part.edgeKeys];
        xml.ele('graph', { defaultedgetype: 'directed', mode: 'static' });
        xml.ele('attributes', { class: 'node' });
        nodeKeys.forEach((k, i) => xml.ele('attribute', { id: `n${i}`, title: k, type: 'string' }).up());
        xml.up().ele('attributes', { class: 'edge' });
        edgeKeys.forEach((k, i) => xml.ele('attribute', { id: `e${i}`, title: k, type: 'string' }).up());
        xml.up().ele('nodes');
        break;
      case 'node': {
        const n = part.node;
        xml.ele('node', { id: n.id, label: n.label }).ele('attvalues');
        nodeKeys.forEach((k, i) => attvalue(`n${i}`, k === 'type' ? n.type : n.properties[k]));
        xml.up().up();
        break;
      }
      case 'edge': {
        if (!edgesOpen) openEdges();
        const e = part.edge;
        xml.ele('edge', { id: `e${edgeIndex++}`, source: e.source, target: e.target, label: e.type }).ele('attvalues');
        edgeKeys.forEach((k, i) => attvalue(`e${i}`, k === 'type' ? e.type : e.properties[k]));
        xml.up().up();
        break;
      }
    }
    if (out.full) yield out.take();
  }
  if (!edgesOpen) openEdges();
  xml.up().up().up().end();
  yield out.take();
}

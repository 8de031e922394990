import { parse } from 'csv-parse/sync';
import { create } from 'xmlbuilder2';
import type { ExportGraphPart, PracticeExportRow } from '../../../src/export/exportRows';
import { gexf } from '../../../src/export/gexf';
import { graphml } from '../../../src/export/graphml';
import { jsonld } from '../../../src/export/jsonld';
import { PRACTICE_CSV_COLUMNS, practicesCsv } from '../../../src/export/practicesCsv';
import { CHUNK_SIZE } from '../../../src/export/textChunks';

type Writer = (parts: AsyncIterable<ExportGraphPart>) => AsyncGenerator<string, void, undefined>;

/** A small graph with the awkward values: markup characters, line breaks, empty text, lists. */
function smallGraph(): ExportGraphPart[] {
  return [
    { kind: 'head', nodeKeys: ['id', 'nameFr', 'summary', 'tags'], edgeKeys: ['basis', 'evidence', 'year'] },
    {
      kind: 'node',
      node: { id: 'Practice:a', type: 'Practice', label: 'A & <B> "c"', properties: { id: 'a', summary: 'line 1\nline 2', tags: ['x', 'y'] } },
      links: [{ type: 'IMPLEMENTED_BY', target: 'Country:MEX' }],
    },
    { kind: 'node', node: { id: 'Country:MEX', type: 'Country', label: 'Mexico', properties: { id: 'MEX', nameFr: 'Mexique', summary: '' } }, links: [] },
    {
      kind: 'edge',
      edge: { source: 'Practice:a', target: 'Country:MEX', type: 'IMPLEMENTED_BY', properties: { basis: 'annex-field', evidence: 'paper.txt:12' } },
    },
  ];
}

/** Parts from an array, counting how many the writer has pulled. */
function source(parts: ExportGraphPart[]) {
  const state = { pulled: 0 };
  async function* iterate() {
    await Promise.resolve();
    for (const part of parts) {
      state.pulled += 1;
      yield part;
    }
  }
  return { state, parts: iterate() };
}

async function text(writer: Writer, parts: ExportGraphPart[]): Promise<string> {
  let out = '';
  for await (const chunk of writer(source(parts).parts)) out += chunk;
  return out;
}

/** A graph big enough for several chunks. */
function bigGraph(nodes: number): ExportGraphPart[] {
  const ids = Array.from({ length: nodes }, (_, i) => `Practice:p${i}`);
  return [
    { kind: 'head', nodeKeys: ['summary'], edgeKeys: ['basis'] },
    ...ids.map((id): ExportGraphPart => ({
      kind: 'node',
      node: { id, type: 'Practice', label: id, properties: { summary: 'x'.repeat(100) } },
      links: [{ type: 'X', target: ids[0]! }],
    })),
    ...ids.map((id): ExportGraphPart => ({ kind: 'edge', edge: { source: id, target: ids[0]!, type: 'X', properties: { basis: 'curated' } } })),
  ];
}

describe('the export writers', () => {
  it.each([
    ['graphml', graphml],
    ['gexf', gexf],
  ] as Array<[string, Writer]>)('%s: the text a document builder would print for the same XML', async (_name, writer) => {
    for (const parts of [smallGraph(), smallGraph().slice(0, 3), smallGraph().slice(0, 1)]) {
      const out = await text(writer, parts);
      expect(create(out).end({ prettyPrint: true })).toBe(out);
    }
    const out = await text(graphml, smallGraph());
    expect(out).toContain('<data key="n_label">A &amp; &lt;B&gt; "c"</data>');
    expect(out).toContain('<data key="n2"/>');
  });

  it('escapes every ampersand, also one that looks like an entity (xmlbuilder2 left those, making undefined entities)', async () => {
    const parts = smallGraph();
    parts[1] = { kind: 'node', node: { id: 'Practice:&amp;', type: 'Practice', label: 'AT&T; &nbsp;', properties: {} }, links: [] };
    const out = await text(graphml, parts);
    expect(out).toContain('<node id="Practice:&amp;amp;">');
    expect(out).toContain('<data key="n_label">AT&amp;T; &amp;nbsp;</data>');
  });

  it('gexf: an export without edges still has its <edges/> block', async () => {
    const out = await text(gexf, smallGraph().slice(0, 3));
    expect(out).toMatch(/<\/nodes>\s*<edges\/>\s*<\/graph>/);
  });

  it('jsonld: the text JSON.stringify(document, null, 2) prints, links on the nodes, assertions after them', async () => {
    for (const parts of [smallGraph(), smallGraph().slice(0, 1)]) {
      const out = await text(jsonld, parts);
      expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    }
    const doc = JSON.parse(await text(jsonld, smallGraph())) as { '@graph': Array<Record<string, unknown>> };
    expect(doc['@graph'].map((x) => x['@id'] ?? x['@type'])).toEqual(['urn:mrkg:practice:a', 'urn:mrkg:country:MEX', 'kg:Assertion']);
    expect(doc['@graph'][0]!['kg:implementedBy']).toEqual([{ '@id': 'urn:mrkg:country:MEX' }]);
    expect(doc['@graph'][2]).toMatchObject({ 'kg:subject': { '@id': 'urn:mrkg:practice:a' }, 'kg:basis': 'annex-field' });
  });

  it.each([
    ['graphml', graphml],
    ['gexf', gexf],
    ['jsonld', jsonld],
  ] as Array<[string, Writer]>)('%s: writes its first piece long before the graph is read to its end', async (_name, writer) => {
    const parts = bigGraph(3000);
    const { state, parts: iterable } = source(parts);
    const pieces: Array<{ length: number; pulled: number }> = [];
    for await (const chunk of writer(iterable)) pieces.push({ length: chunk.length, pulled: state.pulled });
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces[0]!.pulled).toBeLessThan(parts.length / 2);
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeLessThan(2 * CHUNK_SIZE);
  });

  it('practices.csv: written row by row, the header first, parsed back whole', async () => {
    const row = (i: number): PracticeExportRow => ({
      practice: {
        id: `p${i}`,
        title: `Title, "${i}"`,
        summary: 'a\nb'.repeat(100),
        webLinks: [],
        tags: ['t'],
        thematicAreas: '',
        countryField: '',
        partnerField: '',
        implementedByPartners: false,
        sourceDocument: null,
        sourceLines: null,
        basis: 'annex-field',
        evidence: 'e',
      },
      countries: [{ id: 'MEX', name: 'Mexico' }],
      concerns: [],
      partners: [{ id: 'iom', name: 'IOM', kind: 'INTERNATIONAL_ORGANIZATION' }],
      themes: [],
      groups: [],
      stages: [],
      objectives: [{ id: 'GCM-13', name: 'Use migration detention only as a measure of last resort and work towards alternatives' }],
      targets: [],
      instruments: [],
      documents: [],
    });
    const state = { pulled: 0 };
    async function* rows() {
      await Promise.resolve();
      for (let i = 0; i < 2000; i++) {
        state.pulled += 1;
        yield row(i);
      }
    }
    const pieces: string[] = [];
    let firstAt = -1;
    for await (const chunk of practicesCsv(rows())) {
      if (firstAt < 0) firstAt = state.pulled;
      pieces.push(chunk);
    }
    expect(firstAt).toBeLessThan(1000);
    expect(pieces[0]!.startsWith(`${PRACTICE_CSV_COLUMNS.join(',')}\n`)).toBe(true);
    const parsed = parse<Record<string, string>>(pieces.join(''), { columns: true });
    expect(parsed).toHaveLength(2000);
    expect(parsed[7]).toMatchObject({ id: 'p7', title: 'Title, "7"', partner_kinds: 'INTERNATIONAL_ORGANIZATION' });
  });
});

import { useSeededApollo } from '../../support/seededApollo';

interface Statement {
  id: string;
  number: number;
  text: string;
  source: { lines: number[]; text: string };
  themes: Array<{ id: string }>;
  groups: Array<{ id: string }>;
  stages: Array<{ id: string }>;
  speaksOf: Array<{ type: string; id: string; name: string; provenance: { basis: string; evidence: string; rule: string } }>;
}

const FIELDS = `id number text source { lines text } themes { id } groups { id } stages { id }
  speaksOf { type id name(lang: FR) provenance { basis evidence rule } }`;

describe("the paper's recommendations and guiding questions, typed", () => {
  const seeded = useSeededApollo();
  const { run, execute } = seeded;

  it('lists the recommendations in the order of the paper, with what each speaks of and why', async () => {
    const { recommendations } = await run<{ recommendations: Statement[] }>(`{ recommendations { ${FIELDS} } }`);
    const stored = await seeded.helper.cypher<{ id: string }>(`MATCH (:Document)-[:CONTAINS]->(r:Recommendation) RETURN r.id AS id ORDER BY r.number`);
    expect(recommendations.map((r) => r.id)).toEqual(stored.map((s) => s.id));
    expect(recommendations.map((r) => r.number)).toEqual([1, 2, 3]);
    const first = recommendations[0]!;
    expect(first.text).toMatch(/^Les États sont invités à adopter des mesures concrètes/);
    // The source lines hold the text's opening words.
    expect(first.source.text.replace(/\s+/g, ' ')).toContain('Les États sont invités');
    expect(first.themes.map((t) => t.id)).toEqual(['decent-work']);
    const decentWork = first.speaksOf.find((t) => t.id === 'decent-work')!;
    expect(decentWork).toMatchObject({
      type: 'Theme',
      name: 'Travail décent',
      provenance: { basis: 'text-match', rule: expect.stringMatching(/^classification\.yaml#/) },
    });
    expect(decentWork.provenance.evidence).toMatch(/background-paper\.txt:\d+ \(recommendation\): "/);
    // The typed lists agree with the edges.
    for (const r of recommendations) {
      const edges = await seeded.helper.cypher<{ t: string }>(
        `MATCH (:Recommendation {id: $id})-[:SPEAKS_OF]->(x) RETURN labels(x)[0] + ':' + x.id AS t ORDER BY t`,
        {
          id: r.id,
        },
      );
      expect(r.speaksOf.map((s) => `${s.type}:${s.id}`).sort()).toEqual(edges.map((e) => e.t));
    }
  });

  it('which guiding questions speak of decent work?', async () => {
    const { guidingQuestions } = await run<{ guidingQuestions: Statement[] }>(`{ guidingQuestions(themes: ["decent-work"]) { ${FIELDS} } }`);
    const expected = await seeded.helper.cypher<{ id: string }>(
      `MATCH (q:GuidingQuestion)-[:SPEAKS_OF]->(:Theme {id: 'decent-work'}) RETURN q.id AS id ORDER BY q.number`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(guidingQuestions.map((q) => q.id)).toEqual(expected.map((e) => e.id));
    for (const q of guidingQuestions) expect(q.themes.map((t) => t.id)).toContain('decent-work');
    const all = await run<{ guidingQuestions: Array<{ id: string }> }>(`{ guidingQuestions(document: "gfmd-2015-rt1.1") { id } }`);
    expect(all.guidingQuestions.length).toBeGreaterThan(guidingQuestions.length);
  });

  it('rejects an unknown theme or document, naming the argument', async () => {
    expect(JSON.stringify(await execute(`{ recommendations(themes: ["helth"]) { id } }`))).toMatch(/themes\[0\]: unknown theme/);
    expect(JSON.stringify(await execute(`{ guidingQuestions(document: "nope") { id } }`))).toMatch(/document: unknown document/);
  });
});

import { useSeededApollo } from '../../support/seededApollo';

interface PracticeIds {
  practices: { totalCount: number; edges: Array<{ node: { id: string } }> };
}

describe('the Global Compact objectives and SDG targets, as researchers ask about them', () => {
  const seeded = useSeededApollo();
  const { run, execute } = seeded;

  it('links every practice to at least one objective, each SUPPORTS edge with its reason', async () => {
    const rows = await seeded.helper.cypher<{ id: string; objectives: number; unexplained: number }>(
      `MATCH (p:Practice)
       RETURN p.id AS id, COUNT { (p)-[:SUPPORTS]->(:Objective) } AS objectives,
              COUNT { (p)-[r:SUPPORTS]->(:Objective) WHERE r.basis IS NULL OR r.evidence IS NULL OR r.rule IS NULL } AS unexplained`,
    );
    expect(rows.length).toBe(27);
    for (const r of rows) expect(r).toEqual({ id: r.id, objectives: expect.any(Number), unexplained: 0 });
    expect(rows.filter((r) => r.objectives === 0).map((r) => r.id)).toEqual([]);
    // Through the API: the reason of each objective is the SUPPORTS link's provenance.
    const { practice } = await run<{
      practice: { objectives: Array<{ id: string }>; links: Array<{ type: string; target: string; provenance: { basis: string; rule: string } }> };
    }>(`{ practice(id: "beta-groups") { objectives { id } links { type target provenance { basis rule } } } }`);
    const supports = practice.links.filter((l) => l.type === 'SUPPORTS');
    expect(supports.map((l) => l.target.replace('Objective:', '')).sort()).toEqual(practice.objectives.map((o) => o.id).sort());
    expect(supports.every((l) => l.provenance.basis === 'inferred' && l.provenance.rule.startsWith('frameworks.yaml#'))).toBe(true);
  });

  it('which Compact objectives do the detention practices support?', async () => {
    const data = await run<{ practices: { edges: Array<{ node: { id: string; objectives: Array<{ id: string; number: number }> } }> } }>(
      `{ practices(filter: {themes: ["detention"]}, first: 50) { edges { node { id objectives { id number } } } } }`,
    );
    const ids = data.practices.edges.map((e) => e.node.id).sort();
    expect(ids).toEqual([
      'campaign-of-prevention-and-guidance-for-the-migration-of-boys-girls',
      'capacity-building-programmes-to-improve-the-protection-system-for-migrants',
      'dhs-office-for-civil-rights-and-civil-liberties-community-engagement-program',
    ]);
    // Every detention practice files under objective 13 (alternatives to detention), the one
    // objective the curated table relates to detention; and the objectives come in Compact order.
    for (const e of data.practices.edges) {
      expect(e.node.objectives.map((o) => o.id)).toContain('GCM-13');
      const numbers = e.node.objectives.map((o) => o.number);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
    const { objectives } = await run<{
      objectives: Array<{ id: string; name: string; themes: Array<{ theme: { id: string }; provenance: { basis: string } }> }>;
    }>(`{ objectives { id name(lang: FR) themes { theme { id } provenance { basis } } } }`);
    expect(objectives).toHaveLength(23);
    const o13 = objectives.find((o) => o.id === 'GCM-13')!;
    expect(o13.name).toMatch(/^Ne recourir au placement en rétention/);
    expect(o13.themes).toEqual([{ theme: { id: 'detention' }, provenance: { basis: 'curated' } }]);
  });

  it('agrees between coverage OBJECTIVE × COUNTRY and practices(filter: {objectives, countries})', async () => {
    const { coverage } = await run<{ coverage: { cells: Array<{ row: string; column: string; count: number; practiceIds: string[] }> } }>(
      `{ coverage(rows: OBJECTIVE, columns: COUNTRY) { cells { row column count practiceIds } } }`,
    );
    const filled = coverage.cells.filter((c) => c.count > 0);
    expect(filled.length).toBeGreaterThan(20);
    for (const cell of filled.slice(0, 12)) {
      const page = await run<PracticeIds>(`query ($f: PracticeFilter) { practices(filter: $f, first: 100) { totalCount edges { node { id } } } }`, {
        f: { objectives: [cell.row], countries: [cell.column] },
      });
      expect({ cell: `${cell.row}×${cell.column}`, ids: page.practices.edges.map((e) => e.node.id).sort() }).toEqual({
        cell: `${cell.row}×${cell.column}`,
        ids: [...cell.practiceIds].sort(),
      });
    }
  });

  it('which Compact objectives have no practice in Mexico, and none with an NGO partner?', async () => {
    const q = `query ($c: ID, $k: PartnerKind) { partnershipGaps { objectiveGaps(country: $c, kind: $k) {
      objective { id } practicesInScope supportedElsewhereByIds reason } } }`;
    type Gaps = {
      partnershipGaps: { objectiveGaps: Array<{ objective: { id: string }; practicesInScope: number; supportedElsewhereByIds: string[]; reason: string }> };
    };
    const mexico = (await run<Gaps>(q, { c: 'MEX' })).partnershipGaps.objectiveGaps;
    const mexicanSupports = await seeded.helper.cypher<{ id: string }>(
      `MATCH (:Country {id: 'MEX'})<-[:IMPLEMENTED_BY]-(:Practice)-[:SUPPORTS]->(o:Objective) RETURN DISTINCT o.id AS id`,
    );
    // The gaps are exactly the objectives none of Mexico's practices supports.
    expect(mexico.map((g) => g.objective.id).sort()).toEqual(
      Array.from({ length: 23 }, (_, i) => `GCM-${i + 1}`)
        .filter((id) => !mexicanSupports.some((s) => s.id === id))
        .sort(),
    );
    expect(mexico.length).toBeGreaterThan(0);
    const remittances = mexico.find((g) => g.objective.id === 'GCM-20')!;
    expect(remittances.supportedElsewhereByIds).toEqual(['acp-eu-migration-action']);
    expect(remittances.reason).toMatch(/^None of the \d+ practices implemented in Mexico supports objective 20 of the Global Compact \(Promote faster/);
    expect(remittances.reason).toContain('1 practice outside that scope supports it (acp-eu-migration-action)');

    const ngo = (await run<Gaps>(q, { k: 'NGO' })).partnershipGaps.objectiveGaps;
    for (const g of ngo) expect(g.reason).toContain('with a partner of kind');
    // A country with no practice at all: the reason says the graph holds none, not that the objective is neglected.
    const empty = (await run<Gaps>(q, { c: 'NOR' })).partnershipGaps.objectiveGaps;
    expect(empty).toHaveLength(23);
    expect(empty[0]!.practicesInScope).toBe(0);
    expect(empty[0]!.reason).toMatch(/^The graph holds no practices implemented in Norway/);
  });

  it('rejects an unknown objective or target in a filter, naming the argument', async () => {
    const res = await execute(`{ practices(filter: {objectives: ["GCM-99"]}) { totalCount } }`);
    expect(JSON.stringify(res)).toMatch(/filter\.objectives\[0\]: unknown objective \\"GCM-99\\"/);
    const res2 = await execute(`{ practices(filter: {targets: ["SDG-1.1"]}) { totalCount } }`);
    expect(JSON.stringify(res2)).toMatch(/filter\.targets\[0\]: unknown target/);
  });

  it('serves the SDG targets with their official texts and the practices filed under them', async () => {
    const { targets } = await run<{
      targets: Array<{ id: string; name: string; nameFr: string; provenance: { basis: string; evidence: string }; practices: { totalCount: number } }>;
    }>(`{ targets { id name nameFr provenance { basis evidence } practices { totalCount } } }`);
    expect(targets.map((t) => t.id)).toEqual(['SDG-3.8', 'SDG-5.2', 'SDG-8.7', 'SDG-8.8', 'SDG-10.7', 'SDG-10.c', 'SDG-16.2', 'SDG-17.18']);
    const t87 = targets.find((t) => t.id === 'SDG-8.7')!;
    expect(t87.name).toMatch(/^Take immediate and effective measures to eradicate forced labour/);
    expect(t87.provenance).toMatchObject({ basis: 'dataset', evidence: expect.stringContaining('seeds/sources/sdg/global_targets.en.yml') });
    const filed = await seeded.helper.cypher<{ n: number }>(`MATCH (:Practice)-[:CONTRIBUTES_TO]->(:Target {id: 'SDG-8.7'}) RETURN count(*) AS n`);
    expect(t87.practices.totalCount).toBe(filed[0]!.n);
    expect(t87.practices.totalCount).toBeGreaterThan(3);
    const { compactPrinciples } = await run<{ compactPrinciples: Array<{ id: string; name: string }> }>(`{ compactPrinciples { id name(lang: FR) } }`);
    expect(compactPrinciples).toHaveLength(10);
    expect(compactPrinciples.find((p) => p.id === 'GCM-P-child-sensitive')!.name).toBe('Adaptation aux besoins de l’enfant');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEEDS_DIR } from '../../../src/ingest/referenceData';
import { buildLoadPlan } from '../../../src/load/buildLoadPlan';
import { loadGraph } from '../../../src/load/loadGraph';
import { prepareGraph } from '../../../src/load/prepareGraph';
import { TestHelper } from '../../support/TestHelper';

const PROVENANCE_TYPES = [
  'IMPLEMENTED_BY',
  'CONCERNS',
  'PARTNERS_WITH',
  'MENTIONS',
  'ADDRESSES',
  'BENEFITS',
  'AT_STAGE',
  'SUPPORTS',
  'CONTRIBUTES_TO',
  'RELATES_TO',
  'GROUNDS',
  'RATIFIED',
  'SIGNED',
  'NO_ACTION',
  'DENOUNCED',
  'NOT_RATIFIED',
  'BASED_IN',
  'PART_OF',
  'DESCRIBES',
  'CITES',
  'SPEAKS_OF',
  'INTERPRETS',
  'SUPPLEMENTS',
  'CONTRIBUTED_BY',
  'CONTAINS',
];

/** A copy of the project's seeds folder that a test may break. */
function seedsCopy(): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-')), 'seeds');
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  return dir;
}

describe('loading the seed graph into Neo4j', () => {
  let helper: TestHelper;
  const counts = async () => {
    const [row] = await helper.cypher<{ nodes: number; rels: number; props: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, sum(size(keys(r))) AS props } RETURN nodes, rels, props',
    );
    return row!;
  };

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
  });
  afterAll(() => helper.close());

  it('holds the 27 practices of the annex', async () => {
    const [row] = await helper.cypher<{ n: number }>('MATCH (p:Practice) RETURN count(p) AS n');
    expect(row!.n).toBe(27);
  });

  it('gives every relationship a basis and evidence', async () => {
    const rows = await helper.cypher<{ type: string; total: number; missing: number }>(
      'MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS total, sum(CASE WHEN r.basis IS NULL OR r.evidence IS NULL OR r.evidence = "" THEN 1 ELSE 0 END) AS missing',
    );
    for (const row of rows) expect({ type: row.type, missing: row.missing }).toEqual({ type: row.type, missing: 0 });
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(PROVENANCE_TYPES));
  });

  it('is idempotent: a second load leaves the same nodes, relationships and properties', async () => {
    const before = await counts();
    const report = await prepareGraph(helper.executor, { loadSeed: true, force: true });
    expect(report?.skipped).toBe(false);
    expect(await counts()).toEqual(before);
    // Unchanged seeds are recognised and not reloaded at all.
    const again = await prepareGraph(helper.executor, { loadSeed: true });
    expect(again?.skipped).toBe(true);
  });

  it('makes the same graph and backings when loaded batch by batch, a few rows or practices per transaction in parallel sessions', async () => {
    const counts = async () =>
      helper.cypher(
        'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type } RETURN nodes, collect([type, n]) AS relationships',
      );
    const backings = async () =>
      (
        await helper.cypher<{ i: string; s: string; props: Record<string, unknown> }>(
          'MATCH (i:Instrument)-[b:BACKS]->(s) RETURN i.id AS i, s.id AS s, properties(b) AS props',
        )
      )
        .map((row) => JSON.stringify([row.i, row.s, Object.entries(row.props).sort(([a], [b]) => a.localeCompare(b))]))
        .sort();
    const before = await backings();
    const countsBefore = await counts();
    expect(before.length).toBeGreaterThan(100);
    let retries = 0;
    const report = await loadGraph(helper.executor, buildLoadPlan(), {
      force: true,
      transactionPerBatch: true,
      // Batches of a few rows, so two sessions MERGE each step's relationships side by side.
      batchSize: 7,
      deriveBatchSize: 2,
      onRetry: () => (retries += 1),
    });
    expect(report.skipped).toBe(false);
    expect(await backings()).toEqual(before);
    // No relationship made twice by two sessions, none lost.
    expect(await counts()).toEqual(countsBefore);
    // Deadlocks are retried, not a way to lose a batch: the edges above are all there either way.
    expect(retries).toBeLessThan(20);
  });

  it('refuses a malformed seed file with file and line, and changes nothing', async () => {
    const before = await counts();
    const seeds = seedsCopy();
    const graphFile = path.join(seeds, 'graph', 'gfmd-2015-rt1.1.json');
    const text = fs.readFileSync(graphFile, 'utf8');
    const bad = text.replace('"id": "violence",', '"id": "violense",');
    fs.writeFileSync(graphFile, bad);
    const line = bad.split('\n').findIndex((l) => l.includes('"violense"')) + 1;
    await expect(prepareGraph(helper.executor, { loadSeed: true, force: true, seedsDir: seeds })).rejects.toThrow(
      new RegExp(`^seeds/graph/gfmd-2015-rt1\\.1\\.json:${line}: practices\\[0\\]\\.themes\\[0\\]\\.id: unknown theme violense`),
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a seed whose partner takes a practice id, naming file and line, and changes nothing', async () => {
    const before = await counts();
    const seeds = seedsCopy();
    const graphFile = path.join(seeds, 'graph', 'gfmd-2015-rt1.1.json');
    // The contributor's old id, which the annex's practice of the same name also has.
    const bad = fs.readFileSync(graphFile, 'utf8').replaceAll('"acp-eu-migration-action-partner"', '"acp-eu-migration-action"');
    fs.writeFileSync(graphFile, bad);
    const lines = bad.split('\n');
    const partners = lines.findIndex((l) => l.startsWith('  "partners"'));
    const line = lines.findIndex((l, i) => i > partners && l.includes('"id": "acp-eu-migration-action"')) + 1;
    await expect(prepareGraph(helper.executor, { loadSeed: true, force: true, seedsDir: seeds })).rejects.toThrow(
      new RegExp(
        `^seeds/graph/gfmd-2015-rt1\\.1\\.json:${line}: partners\\[\\d+\\]\\.id: Partner id "acp-eu-migration-action" is also the id of the Practice at practices\\[\\d+\\] in seeds/graph/gfmd-2015-rt1\\.1\\.json; an id names one entity across all types`,
      ),
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a bad ratification row with file and line, and changes nothing', async () => {
    const before = await counts();
    const seeds = seedsCopy();
    const csv = path.join(seeds, 'sources', 'ratification', 'hr_status_icmw.csv');
    fs.writeFileSync(csv, fs.readFileSync(csv, 'utf8').replace('MX,Mexico,1,1999,0,0,state party', 'MX,Mexico,1,199x,0,0,state party'));
    await expect(prepareGraph(helper.executor, { loadSeed: true, force: true, seedsDir: seeds })).rejects.toThrow(
      /^seeds\/sources\/ratification\/hr_status_icmw\.csv:111: column "year ratification or accession": expected a four-digit year or nothing \(found "199x"\)/,
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a bad ILO table row with file and line, and changes nothing', async () => {
    const before = await counts();
    const seeds = seedsCopy();
    const csv = path.join(seeds, 'sources', 'ilo', 'c189.csv');
    const text = fs.readFileSync(csv, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('PHL,')) + 1;
    fs.writeFileSync(csv, text.replace('PHL,in force,2012-09-05', 'PHL,ratifed,2012-09-05'));
    await expect(prepareGraph(helper.executor, { loadSeed: true, force: true, seedsDir: seeds })).rejects.toThrow(
      new RegExp(`^seeds/sources/ilo/c189\\.csv:${line}: column "status": .*\\(found "ratifed"\\)`),
    );
    expect(await counts()).toEqual(before);
  });

  it('rolls back everything when the database refuses a statement half-way through the load', async () => {
    const before = await counts();
    const plan = buildLoadPlan();
    // A map is not a valid property value: the last step fails after all the others ran.
    plan.rows.ratifications[0]!.edge = { basis: 'dataset', evidence: { nested: 'not allowed' } };
    plan.fingerprint = 'broken';
    await expect(loadGraph(helper.executor, plan, { force: true })).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it('records ratifications from the UN tables, keeping "no action" apart from "no data"', async () => {
    const status = async (country: string, instrument: string) =>
      helper.cypher<{ type: string; year: number | null; evidence: string }>(
        'MATCH (:Country {id: $country})-[r:RATIFIED|SIGNED|NO_ACTION]->(:Instrument {id: $instrument}) RETURN type(r) AS type, r.year AS year, r.evidence AS evidence',
        { country, instrument },
      );
    // The United States signed the ICESCR and has not ratified it.
    expect(await status('USA', 'ICESCR')).toEqual([{ type: 'SIGNED', year: null, evidence: expect.stringMatching(/hr_status_icescr\.csv:186/) }]);
    // Mexico ratified the Migrant Workers Convention in 1999.
    expect(await status('MEX', 'ICRMW')).toEqual([{ type: 'RATIFIED', year: 1999, evidence: expect.stringMatching(/hr_status_icmw\.csv:111/) }]);
    // The table gives the year the United States signed the ICERD (1966); the reviewed fix the
    // year it ratified (1994), and the edge says which source corrected it.
    expect(await status('USA', 'ICERD')).toEqual([
      {
        type: 'RATIFIED',
        year: 1994,
        evidence: expect.stringMatching(
          /hr_status_icerd\.csv:186: .*year 1966 in the table, 1994 \(ratification\) per UN Treaty Collection .*ratification-year-fixes\.yaml:\d+\)$/,
        ),
      },
    ]);
    expect((await status('USA', 'ICRMW'))[0]?.type).toBe('NO_ACTION');
    // The C138 table is partial (Mexico has no row: no edge); C29's and C182's are complete.
    expect(await status('MEX', 'ILO-C138')).toEqual([]);
    expect((await status('MEX', 'ILO-C29'))[0]?.type).toBe('RATIFIED');
    const ilo = await helper.cypher<{ id: string; known: boolean; complete: boolean }>(
      'MATCH (i:Instrument) WHERE i.id IN ["ILO-C138", "ILO-C29", "ILO-C182"] RETURN i.id AS id, i.ratificationStatusKnown AS known, i.ratificationComplete AS complete ORDER BY id',
    );
    expect(ilo).toEqual([
      { id: 'ILO-C138', known: true, complete: false },
      { id: 'ILO-C182', known: true, complete: true },
      { id: 'ILO-C29', known: true, complete: true },
    ]);
    // Every UN member state has a status for every tabled treaty.
    const [row] = await helper.cypher<{ n: number }>(
      'MATCH (c:Country)-[r:RATIFIED|SIGNED|NO_ACTION]->(:Instrument {id: "CRC"}) RETURN count(DISTINCT c) AS n',
    );
    expect(row!.n).toBe(193);
    // "TP" in the tables is read as Timor-Leste, and the evidence says so.
    expect((await status('TLS', 'CRC'))[0]?.evidence).toMatch(/code TP read as TL/);
  });

  it('has GROUNDS edges that match the paper’s footnotes', async () => {
    const rows = await helper.cypher<{ from: string; theme: string; footnote: string | null; evidence: string }>(
      'MATCH (s)-[g:GROUNDS]->(t:Theme) RETURN s.id AS from, t.id AS theme, g.footnote AS footnote, g.evidence AS evidence ORDER BY from, theme',
    );
    const find = (from: string, theme: string) => rows.find((r) => r.from === from && r.theme === theme);
    expect(find('ICESCR/12', 'health')).toMatchObject({ footnote: 'xvii' });
    expect(find('ICRMW/16(2)', 'violence')).toMatchObject({ footnote: 'x', evidence: expect.stringMatching(/:810, footnote x:/) });
    expect(find('ICCPR/9', 'detention')).toMatchObject({ footnote: 'xxiii' });
    expect(find('ILO-C182', 'decent-work')).toMatchObject({ footnote: null, evidence: expect.stringMatching(/framework paragraph of theme decent-work/) });
    const [part] = await helper.cypher<{ instrument: string }>('MATCH (:Provision {id: "ICESCR/12"})-[:PART_OF]->(i:Instrument) RETURN i.id AS instrument');
    expect(part!.instrument).toBe('ICESCR');
  });
});

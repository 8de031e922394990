import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { TestHelper } from '../../support/TestHelper';
import { SEEDS_DIR } from '../../../src/ingest/referenceData';

const ROOT = path.join(__dirname, '..', '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'));

/** Runs `bin/kg.js` against the suite's Neo4j and returns its exit code and output. */
function kg(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: process.env.KG_TEST_NEO4J_URI ?? '', LOG_LEVEL: 'warn', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

describe('the kg command line', () => {
  let helper: TestHelper;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
  });
  afterAll(async () => {
    await helper.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('has --help everywhere and exit codes scripts can rely on', async () => {
    const help = await kg(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Commands:[\s\S]*ingest[\s\S]*load[\s\S]*stats[\s\S]*query[\s\S]*export[\s\S]*gaps/);
    const exportHelp = await kg(['export', '--help']);
    expect(exportHelp.code).toBe(0);
    expect(exportHelp.out).toMatch(/--themes <ids>/);
    expect((await kg(['nope'])).code).toBe(2);
    const noCountry = await kg(['gaps', '--kind', 'c']);
    expect(noCountry.code).toBe(2);
    expect(noCountry.err).toMatch(/--kind c needs --country/);
  });

  it('ingest writes a seed and reports unknown partners; a missing file is exit 1', async () => {
    const out = path.join(tmp, 'synthetic.json');
    const res = await kg(['ingest', 'test/fixtures/synthetic-annex.txt', '--out', out, '--no-framework']);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/3 practices/);
    expect(res.out).toMatch(/warning: .*"Red Cross Belgium"/);
    expect((JSON.parse(fs.readFileSync(out, 'utf8')) as { practices: unknown[] }).practices).toHaveLength(3);
    const missing = await kg(['ingest', 'no-such-file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no-such-file\.txt: no such file/);
  });

  it('load and stats', async () => {
    const load = await kg(['load', '--force']);
    expect(load.code).toBe(0);
    expect(load.out).toMatch(/^Loaded \d+ rows/);
    const again = await kg(['load']);
    expect(again.out).toMatch(/already holds these seeds/);
    const stats = await kg(['stats', '--json']);
    expect(stats.code).toBe(0);
    const data = JSON.parse(stats.out) as { nodes: Array<{ label: string; count: number }> };
    expect(data.nodes.find((n) => n.label === 'Practice')?.count).toBe(27);
  });

  it('query runs a .graphql file with variables', async () => {
    const file = path.join(tmp, 'q.graphql');
    fs.writeFileSync(file, 'query ($id: ID!) { practice(id: $id) { title countries { id } } }');
    const res = await kg(['query', file, '--variables', '{"id": "beta-groups"}']);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.out)).toEqual({ data: { practice: { title: 'Beta Groups', countries: [{ id: 'MEX' }] } } });
    fs.writeFileSync(file, '{ practices(filter: { themes: ["nope"] }) { totalCount } }');
    const bad = await kg(['query', file]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('export honours the filter options', async () => {
    const out = path.join(tmp, 'mex.csv');
    const res = await kg(['export', 'csv', '--countries', 'MEX', '--out', out]);
    expect(res.code).toBe(0);
    const rows = parse<{ country_ids: string }>(fs.readFileSync(out, 'utf8'), { columns: true });
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.country_ids === 'MEX')).toBe(true);
    const graphml = await kg(['export', 'graphml', '--themes', 'detention']);
    expect(graphml.out).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<graphml/);
    expect((await kg(['export', 'pdf'])).code).toBe(2);
    // A bad filter value is a misuse, explained, and writes no file.
    const kinds = path.join(tmp, 'kinds.csv');
    const badKind = await kg(['export', 'csv', '--partner-kinds', 'NGO,CHURCH', '--out', kinds]);
    expect(badKind).toMatchObject({ code: 2, err: expect.stringMatching(/^error: filter\.partnerKinds\[1\]: unknown partner kind "CHURCH"; one of STATE, /m) });
    expect(fs.existsSync(kinds)).toBe(false);
    const badTheme = await kg(['export', 'graphml', '--themes', 'helth']);
    expect(badTheme).toMatchObject({ code: 2, out: '', err: expect.stringMatching(/^error: filter\.themes\[0\]: unknown theme "helth"/m) });
  });

  it('export streams to a file what it streams to stdout, and the file parses back', async () => {
    const file = path.join(tmp, 'graph.jsonld');
    const written = await kg(['export', 'jsonld', '--out', file]);
    expect(written.code).toBe(0);
    const text = fs.readFileSync(file, 'utf8');
    expect(written.err).toContain(`wrote ${file} (${Buffer.byteLength(text)} bytes)`);
    const doc = JSON.parse(text) as { '@graph': Array<{ '@type': string | string[] }> };
    expect(doc['@graph'].filter((n) => Array.isArray(n['@type']) && n['@type'].includes('kg:Practice'))).toHaveLength(27);
    const printed = await kg(['export', 'jsonld']);
    expect(printed.out).toBe(text);
  });

  it('gaps prints the gap tables', async () => {
    const res = await kg(['gaps', '--kind', 'a', '--country', 'MEX', '--partner-kind', 'NGO']);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/\(a\) country × theme cells with practices but no partner of the kind: 2/);
    // UNICEF, named by the consular protocol's summary, is Mexico's one partner on violence.
    expect(res.out).toMatch(/MEX\s+violence\s+4\s+INTERNATIONAL_ORGANIZATION/);
    // Beta Groups' "humanitarian assistance" makes it a health practice too: two, neither with a partner.
    expect(res.out).toMatch(/MEX\s+health\s+2\s+\(none\)/);
    const e = await kg(['gaps', '--kind', 'e', '--theme', 'detention', '--country', 'PHL', '--json']);
    expect((JSON.parse(e.out) as { e: Array<{ partner: { id: string } }> }).e.map((c) => c.partner.id)).toEqual(expect.arrayContaining(['iom', 'unhcr']));
    // (f): the objectives none of Mexico's practices supports, read from the seed itself.
    const seed = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'graph/gfmd-2015-rt1.1.json'), 'utf8')) as {
      practices: Array<{ implementedBy: Array<{ country: string }>; objectives: Array<{ id: string }> }>;
    };
    const supported = new Set(seed.practices.filter((p) => p.implementedBy.some((c) => c.country === 'MEX')).flatMap((p) => p.objectives.map((o) => o.id)));
    const f = await kg(['gaps', '--kind', 'f', '--country', 'MEX', '--json']);
    const fRows = (JSON.parse(f.out) as { f: Array<{ objective: { id: string }; practicesInScope: number }> }).f;
    expect(fRows.map((r) => r.objective.id).sort()).toEqual(
      Array.from({ length: 23 }, (_, i) => `GCM-${i + 1}`)
        .filter((id) => !supported.has(id))
        .sort(),
    );
    expect(fRows.every((r) => r.practicesInScope > 0)).toBe(true);
    const bad = await kg(['gaps', '--kind', 'c', '--country', 'XX']);
    expect(bad).toMatchObject({ code: 2, err: expect.stringMatching(/^error: BAD_USER_INPUT: country: unknown country "XX"/m) });
  });
});

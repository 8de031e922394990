import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestHelper } from '../../support/TestHelper';

const ROOT = path.join(__dirname, '..', '..', '..');
const TOKEN = 'cli-curator-token-0123456789';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-curation-'));
const journal = path.join(tmp, 'curation', 'journal.jsonl');

/** Runs `bin/kg.js` against the suite's Neo4j with a journal of this test's own. */
function kg(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: process.env.KG_TEST_NEO4J_URI ?? '', LOG_LEVEL: 'warn', KG_CURATION_JOURNAL: journal, CURATOR_TOKEN: TOKEN },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

describe('kg curation', () => {
  let helper: TestHelper;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
  }, 300_000);
  afterAll(async () => {
    await helper.resetToSeed();
    await helper.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 300_000);

  it('journals a mutation made through the command line, exports it, and replays it onto a fresh store', async () => {
    const mutation = path.join(tmp, 'create.graphql');
    fs.writeFileSync(
      mutation,
      'mutation { createPractice(input: { title: "Community interpreters in clinics", summary: "Interpreters.", evidence: "Clinic report 2025", links: [{ type: ADDRESSES, target: "health", evidence: "Clinic report" }] }) { id createdBy } }',
    );
    const created = await kg(['query', mutation, '--token', TOKEN]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.out)).toEqual({ data: { createPractice: { id: 'community-interpreters-in-clinics', createdBy: 'anonymous' } } });

    const status = await kg(['curation', 'status', '--json']);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({ journal, committed: 1, aborted: 0, missingFromDatabase: 0 });

    const out = path.join(tmp, 'curation.yaml');
    const exported = await kg(['curation', 'export', '--out', out]);
    expect(exported).toMatchObject({ code: 0, out: expect.stringMatching(/: 1 practices, 1 links, 0 removals\./) });
    expect(fs.readFileSync(out, 'utf8')).toMatch(/- id: community-interpreters-in-clinics\n\s+created: true\n\s+version: 1\n/);

    // The store is lost: the seeds, then the journal.
    await helper.wipe();
    expect((await kg(['load'])).code).toBe(0);
    expect(JSON.parse((await kg(['curation', 'status', '--json'])).out)).toMatchObject({ committed: 1, missingFromDatabase: 1 });
    const replay = await kg(['curation', 'replay']);
    expect(replay).toMatchObject({ code: 0, out: expect.stringMatching(/^Applied 1 changes; 0 were in the database already/) });
    const query = path.join(tmp, 'history.graphql');
    fs.writeFileSync(query, '{ practice(id: "community-interpreters-in-clinics") { themes { id } history { curator operation } } }');
    expect(JSON.parse((await kg(['query', query])).out)).toEqual({
      data: { practice: { themes: [{ id: 'health' }], history: [{ curator: 'anonymous', operation: 'CREATE_PRACTICE' }] } },
    });
  }, 600_000);
});

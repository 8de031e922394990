import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CurationJournal } from '../../../src/curation/curationJournal';
import { CurationRepository } from '../../../src/curation/curationRepository';
import { reconcileJournal } from '../../../src/curation/reconcileJournal';
import { freePort } from '../../support/testDatabase';
import { TestHelper } from '../../support/TestHelper';

const ROOT = path.join(__dirname, '..', '..', '..');
const TOKEN = 'crash-test-curator-token-0123456789';
const WORKERS = 4;
const PER_WORKER = 12;
// Killed once this many mutations were acknowledged: the others are queued or in flight.
const KILL_AFTER = 14;

interface Ack {
  op: 'create' | 'update';
  practiceId: string;
  summary: string;
}

/** `npm start`'s entry point as a child process against the suite's Neo4j, with its own journal. */
function startServer(port: number, journal: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: process.env.KG_TEST_NEO4J_URI ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      KG_LOAD_SEED: 'false',
      KG_WARM_UP: 'false',
      CURATOR_TOKENS: JSON.stringify({ [TOKEN]: 'Crash Tester' }),
      KG_CURATION_JOURNAL: journal,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not start within 180 s');
}

async function mutate(url: string, query: string, variables: Record<string, unknown>): Promise<boolean> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
    return res.ok && !body.errors && body.data !== null;
  } catch {
    // The connection died with the server: not acknowledged.
    return false;
  }
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('crash safety of the curation record', () => {
  let helper: TestHelper;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-crash-'));
  const journalFile = path.join(dir, 'curation', 'journal.jsonl');

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
  }, 300_000);
  afterAll(async () => {
    await helper.resetToSeed();
    await helper.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 300_000);

  it('keeps every acknowledged mutation in the database and the journal, and no half-applied one, after SIGKILL mid-burst', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const server = startServer(port, journalFile);
    await waitUntilServing(url, server);

    const acks: Ack[] = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; i < PER_WORKER && !stop; i++) {
        const title = `Crash test practice ${w}-${i}`;
        const practiceId = `crash-test-practice-${w}-${i}`;
        const created = await mutate(url, 'mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { id } }', {
          input: {
            title,
            summary: 'Created in a burst.',
            evidence: 'Crash test',
            links: [
              { type: 'ADDRESSES', target: 'health', evidence: 'Crash test' },
              { type: 'IMPLEMENTED_BY', target: 'MEX', evidence: 'Crash test' },
            ],
          },
        });
        if (!created) return;
        acks.push({ op: 'create', practiceId, summary: 'Created in a burst.' });
        const summary = `Updated in a burst (${w}-${i}).`;
        const updated = await mutate(
          url,
          'mutation ($id: ID!, $input: UpdatePracticeInput!) { updatePractice(id: $id, expectedVersion: 1, input: $input) { id } }',
          {
            id: practiceId,
            input: { summary, evidence: 'Crash test' },
          },
        );
        if (!updated) return;
        acks.push({ op: 'update', practiceId, summary });
        if (acks.length >= KILL_AFTER && !stop) {
          stop = true;
          server.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    server.kill('SIGKILL');
    await killed(server);
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER);
    // Every acknowledged change has its line already; some may still lack their outcome.
    const beforeRestart = new CurationJournal(journalFile).read();
    expect(beforeRestart.committed.length + beforeRestart.pending.length).toBeGreaterThanOrEqual(acks.length);

    // The restart settles what the crash left open, before it serves.
    const restarted = startServer(port, journalFile);
    try {
      await waitUntilServing(url, restarted);
    } finally {
      restarted.kill('SIGTERM');
      await killed(restarted);
    }

    const journal = new CurationJournal(journalFile).read();
    expect(journal.pending).toEqual([]);
    const committed = journal.committed.map((r) => r.change);
    const marks = new Set((await helper.cypher<{ id: string }>('MATCH (c:CurationChange) RETURN c.id AS id')).map((r) => r.id));

    // The journal and the database agree change by change: committed ⇔ in the database.
    expect(new Set(committed.map((c) => c.id))).toEqual(marks);
    for (const r of journal.aborted) expect(marks.has(r.change.id)).toBe(false);

    // Every acknowledged mutation is in both.
    const practices = new Map(
      (
        await helper.cypher<{ id: string; summary: string; version: number; links: number }>(
          `MATCH (p:Practice) WHERE p.id STARTS WITH 'crash-test-practice-'
           RETURN p.id AS id, p.summary AS summary, p.version AS version, COUNT { (p)-[r]->() WHERE r.basis = 'curated' } AS links`,
        )
      ).map((p) => [p.id, p]),
    );
    for (const ack of acks) {
      const p = practices.get(ack.practiceId);
      expect(p).toBeDefined();
      const op = ack.op === 'create' ? 'createPractice' : 'updatePractice';
      expect(committed.some((c) => c.change.op === op && c.change.practiceId === ack.practiceId)).toBe(true);
      if (ack.op === 'update') expect(p!.summary).toBe(ack.summary);
    }
    // No half-applied change: each practice has both links of its creation and a version its
    // committed changes account for; each committed creation has its practice.
    for (const p of practices.values()) {
      expect(p.links).toBe(2);
      const changes = committed.filter((c) => c.change.practiceId === p.id);
      expect(changes.map((c) => c.version)).toEqual(Array.from({ length: p.version }, (_, i) => i + 1));
    }
    for (const c of committed) expect(practices.has(c.change.practiceId)).toBe(true);
  }, 600_000);

  it('settles the two ways a crash can leave a change line without outcome', async () => {
    const journal = new CurationJournal(path.join(dir, 'settle', 'journal.jsonl'));
    // Committed in the database, but the process died before the commit line: the outcome write fails here.
    const lost = Object.assign(Object.create(journal) as CurationJournal, {
      appendOutcome: () => {
        throw new Error('the process died here');
      },
    });
    const stamp = { id: randomUUID(), at: new Date().toISOString(), curator: 'Crash Tester' };
    await new CurationRepository(helper.executor, lost).apply(
      { op: 'linkPractice', practiceId: 'beta-groups', link: { type: 'BENEFITS', target: 'women', evidence: 'Crash test' } },
      stamp,
      null,
    );
    // A line written inside a transaction that never committed.
    const neverCommitted = randomUUID();
    journal.appendChange({
      id: neverCommitted,
      at: new Date().toISOString(),
      curator: 'Crash Tester',
      change: { op: 'deletePractice', practiceId: 'education-for-migrants' },
      expectedVersion: null,
      version: 2,
      summary: 'deleted with 9 relationships',
      before: null,
      after: null,
    });
    expect(journal.read().pending.map((r) => r.change.id)).toEqual([stamp.id, neverCommitted]);

    expect(await reconcileJournal(journal, new CurationRepository(helper.executor, journal))).toEqual({
      committed: 1,
      aborted: 1,
      missing: 0,
      tornLines: [],
      present: new Set([stamp.id]),
    });
    const read = journal.read();
    expect(read.committed.map((r) => r.change.id)).toEqual([stamp.id]);
    expect(read.aborted.map((r) => r.change.id)).toEqual([neverCommitted]);
    expect(read.pending).toEqual([]);
    expect((await helper.cypher<{ n: number }>('MATCH (p:Practice {id: "education-for-migrants"}) RETURN count(p) AS n'))[0]!.n).toBe(1);
  }, 300_000);
});

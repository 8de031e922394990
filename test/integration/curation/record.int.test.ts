import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CurationRepository } from '../../../src/curation/curationRepository';
import { exportCuration } from '../../../src/curation/exportCuration';
import { replayJournal } from '../../../src/curation/replayJournal';
import type { CurationServices } from '../../../src/curation/curationServices';
import { SEEDS_DIR } from '../../../src/ingest/referenceData';
import { CURATED_FILE } from '../../../src/load/curatedSeed';
import { prepareGraph } from '../../../src/load/prepareGraph';
import { curatedState } from '../../support/curatedState';
import { TestHelper, type TestServer } from '../../support/TestHelper';

const ALICE = 'alice-token-0123456789abcdef';
const BOB = 'bob-token-0123456789abcdef';
const ANON = 'single-curator-token-0123456789';

type GqlError = { message: string; extensions: Record<string, unknown> };

async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: GqlError[] };
}

/** Runs a mutation that must succeed and returns its data. */
async function ok<T>(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const body = await post<T>(url, query, variables, token);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

const CREATE = 'mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { id version createdBy updatedBy } }';
const UPDATE =
  'mutation ($id: ID!, $v: Int, $input: UpdatePracticeInput!) { updatePractice(id: $id, expectedVersion: $v, input: $input) { version summary updatedBy } }';
const LINK = 'mutation ($id: ID!, $v: Int, $link: PracticeLinkInput!) { linkPractice(id: $id, expectedVersion: $v, link: $link) { version } }';
const UNLINK = 'mutation ($id: ID!, $v: Int, $link: PracticeUnlinkInput!) { unlinkPractice(id: $id, expectedVersion: $v, link: $link) { version } }';
const DELETE = 'mutation ($id: ID!, $v: Int) { deletePractice(id: $id, expectedVersion: $v) { relationshipsDeleted } }';
const HISTORY =
  'query ($id: ID!) { practice(id: $id) { version createdBy createdAt updatedBy updatedAt history { id at curator operation version summary before after } } }';

describe('the curation record, named curators and conflict-safe edits', () => {
  let helper: TestHelper;
  let server: TestServer;
  let curation: CurationServices;
  const journalLines = () =>
    fs
      .readFileSync(curation.journal.file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const count = async (cypher: string, params: Record<string, unknown> = {}) => (await helper.cypher<{ n: number }>(cypher, params))[0]!.n;
  const shelter = 'mobile-legal-aid-for-detained-migrants';

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    const services = helper.services(undefined, { [ALICE]: 'Alice Moreau', [BOB]: 'Bob Okafor', [ANON]: 'anonymous' });
    curation = services;
    server = await helper.startServer(TestHelper.serverOptions(), services);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await helper.resetToSeed();
    await helper.close();
  }, 300_000);

  it('names the curator of every change on the practice and its edges, and lists them in history', async () => {
    const created = await ok<{ createPractice: { id: string; version: number; createdBy: string; updatedBy: string } }>(
      server.url,
      CREATE,
      {
        input: {
          title: 'Mobile legal aid for detained migrants',
          summary: 'Lawyers visit detention centres weekly.',
          evidence: 'NGO annual report 2024, p. 4',
          links: [{ type: 'ADDRESSES', target: 'detention', evidence: 'Report p. 4' }],
        },
      },
      ALICE,
    );
    expect(created.createPractice).toEqual({ id: shelter, version: 1, createdBy: 'Alice Moreau', updatedBy: 'Alice Moreau' });
    const updated = await ok<{ updatePractice: { version: number; updatedBy: string } }>(
      server.url,
      UPDATE,
      { id: shelter, v: 1, input: { summary: 'Lawyers visit detention centres twice a week.', evidence: 'Report 2025, p. 2' } },
      BOB,
    );
    expect(updated.updatePractice).toMatchObject({ version: 2, updatedBy: 'Bob Okafor' });
    await ok(server.url, LINK, { id: shelter, v: 2, link: { type: 'IMPLEMENTED_BY', target: 'MEX', evidence: 'Report p. 1' } }, ANON);

    const [edge] = await helper.cypher<{ createdBy: string; updatedBy: string; createdAt: string }>(
      'MATCH (:Practice {id: $id})-[r:IMPLEMENTED_BY]->(:Country {id: "MEX"}) RETURN r.createdBy AS createdBy, r.updatedBy AS updatedBy, toString(r.createdAt) AS createdAt',
      { id: shelter },
    );
    expect(edge).toEqual({ createdBy: 'anonymous', updatedBy: 'anonymous', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });

    const { practice } = (
      await post<{
        practice: {
          version: number;
          createdBy: string;
          updatedBy: string;
          history: Array<{ curator: string; operation: string; version: number; summary: string; before: unknown; after: unknown }>;
        };
      }>(server.url, HISTORY, { id: shelter })
    ).data!;
    expect(practice).toMatchObject({ version: 3, createdBy: 'Alice Moreau', updatedBy: 'anonymous' });
    expect(practice.history.map((h) => [h.curator, h.operation, h.version, h.summary])).toEqual([
      ['Alice Moreau', 'CREATE_PRACTICE', 1, 'created "Mobile legal aid for detained migrants" with 1 link'],
      ['Bob Okafor', 'UPDATE_PRACTICE', 2, 'changed summary'],
      ['anonymous', 'LINK_PRACTICE', 3, 'linked IMPLEMENTED_BY MEX'],
    ]);
    expect(practice.history[1]).toMatchObject({
      before: { summary: 'Lawyers visit detention centres weekly.', version: 1 },
      after: { summary: 'Lawyers visit detention centres twice a week.', version: 2 },
    });
    expect(practice.history[2]!.before).toBeNull();
    expect(practice.history[2]!.after).toMatchObject({ type: 'IMPLEMENTED_BY', target: 'MEX', basis: 'curated', createdBy: 'anonymous' });

    // The journal holds the same changes, each committed, with the same ids, and never a token.
    const lines = journalLines();
    const changes = lines.filter((l) => l.type === 'change');
    expect(changes.map((c) => [c.curator, (c.change as { op: string }).op, c.version])).toEqual([
      ['Alice Moreau', 'createPractice', 1],
      ['Bob Okafor', 'updatePractice', 2],
      ['anonymous', 'linkPractice', 3],
    ]);
    expect(changes.map((c) => c.id)).toEqual(practice.history.map((h) => (h as unknown as { id: string }).id));
    expect(lines.filter((l) => l.type === 'commit').map((l) => l.id)).toEqual(changes.map((c) => c.id));
    expect(changes.every((c) => c.format === 1 && typeof c.at === 'string')).toBe(true);
    const text = fs.readFileSync(curation.journal.file, 'utf8');
    for (const token of [ALICE, BOB, ANON]) expect(text).not.toContain(token);
  });

  it('refuses a stale expectedVersion with CONFLICT and changes nothing, in the database or the journal', async () => {
    const before = await curatedState(helper, { marks: true });
    const lines = journalLines().length;
    const stale = await post(server.url, UPDATE, { id: shelter, v: 2, input: { summary: 'Overwritten?', evidence: 'A stale edit' } }, ALICE);
    expect(stale.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/is at version 3, not 2/),
      extensions: { code: 'CONFLICT', id: shelter, expectedVersion: 2, currentVersion: 3 },
    });
    for (const [query, variables] of [
      [DELETE, { id: shelter, v: 1 }],
      [LINK, { id: shelter, v: 2, link: { type: 'BENEFITS', target: 'women', evidence: 'A stale link' } }],
      [UNLINK, { id: shelter, v: 2, link: { type: 'IMPLEMENTED_BY', target: 'MEX' } }],
    ] as const) {
      expect((await post(server.url, query, variables, BOB)).errors?.[0]?.extensions.code).toBe('CONFLICT');
    }
    expect(await curatedState(helper, { marks: true })).toEqual(before);
    expect(journalLines()).toHaveLength(lines);
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const edits = await Promise.all(
      [ALICE, BOB].map((token, i) => post(server.url, UPDATE, { id: shelter, v: 3, input: { summary: `Concurrent edit ${i}`, evidence: 'Race test' } }, token)),
    );
    const codes = edits.map((e) => e.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = edits.findIndex((e) => !e.errors);
    const [row] = await helper.cypher<{ summary: string; version: number }>('MATCH (p:Practice {id: $id}) RETURN p.summary AS summary, p.version AS version', {
      id: shelter,
    });
    expect(row).toEqual({ summary: `Concurrent edit ${winner}`, version: 4 });
  });

  it('a missing or wrong token stays UNAUTHENTICATED', async () => {
    expect((await post(server.url, DELETE, { id: shelter })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(server.url, DELETE, { id: shelter }, `${ALICE}x`)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(server.url, DELETE, { id: shelter }, ALICE.slice(0, -1))).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('replays the journal onto a fresh store, and loads an export onto another, to the same curated state', async () => {
    // More kinds of change: seed practices edited, linked, unlinked, deleted; a practice deleted and re-created.
    await ok(server.url, UPDATE, { id: 'beta-groups', input: { tags: ['transit', 'assistance'], evidence: 'INM site, 2025' } }, ALICE);
    await ok(server.url, LINK, { id: 'beta-groups', link: { type: 'SUPPORTS', target: 'GCM-21', evidence: 'INM annual report' } }, BOB);
    await ok(server.url, UNLINK, { id: 'beta-groups', link: { type: 'IMPLEMENTED_BY', target: 'MEX' } }, ALICE);
    await ok(server.url, LINK, { id: 'education-for-migrants', link: { type: 'ADDRESSES', target: 'health', evidence: 'School meals' } }, ANON);
    await ok(server.url, DELETE, { id: 'child-protection' }, BOB);
    const input = { title: 'Hotline for migrant domestic workers', summary: 'A hotline.', evidence: 'Ministry leaflet' };
    await ok(server.url, CREATE, { input }, ALICE);
    await ok(server.url, DELETE, { id: 'hotline-for-migrant-domestic-workers' }, BOB);
    const again = await ok<{ createPractice: { version: number } }>(server.url, CREATE, { input: { ...input, summary: 'A hotline, again.' } }, ALICE);
    expect(again.createPractice.version).toBe(3);
    const curated = await curatedState(helper, { marks: true });
    expect(curated.marks).toHaveLength(12);

    // The store is lost: a fresh one gets the seeds, then the journal.
    await helper.resetToSeed();
    const repo = new CurationRepository(helper.executor, curation.journal);
    const replayed = await replayJournal(curation.journal, repo);
    expect(replayed).toEqual({ applied: 12, present: 0, reflected: 0, aborted: 0 });
    expect(await curatedState(helper, { marks: true })).toEqual(curated);
    // Idempotent: a second replay finds every change in place.
    expect(await replayJournal(curation.journal, repo)).toMatchObject({ applied: 0, present: 12 });

    // The export: sorted, stable, reviewable; a fresh store with the seeds and it holds the same curated state.
    const seedsDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-curated-')), 'seeds');
    fs.cpSync(SEEDS_DIR, seedsDir, { recursive: true });
    const file = path.join(seedsDir, CURATED_FILE);
    expect(await exportCuration(helper.executor, file)).toMatchObject({ practices: 4, links: 4, removed: 2 });
    const text = fs.readFileSync(file, 'utf8');
    await exportCuration(helper.executor, file);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(text).toMatch(/^practices:\n {2}- id: beta-groups\n/m);
    expect(text).toMatch(/updatedBy: Bob Okafor/);
    await helper.wipe();
    await prepareGraph(helper.executor, { loadSeed: true, seedsDir });
    const { marks: _marks, ...withoutMarks } = curated;
    expect(await curatedState(helper, { marks: false })).toEqual({ ...withoutMarks, marks: [] });
    // Every change of the journal is reflected there already (by version): a replay applies none again.
    expect(await replayJournal(curation.journal, repo)).toMatchObject({ applied: 0, reflected: 12 });

    // A later change is never undone by loading the older export again.
    await ok(server.url, UPDATE, { id: 'beta-groups', input: { summary: 'Newer than the export.', evidence: 'Later edit' } }, BOB);
    await prepareGraph(helper.executor, { loadSeed: true, force: true, seedsDir });
    expect(await count('MATCH (p:Practice {id: "beta-groups", summary: "Newer than the export."}) RETURN count(p) AS n')).toBe(1);
  }, 600_000);
});

import { PassThrough } from 'node:stream';
import { loadCypherCatalog } from '../../../src/db/cypherCatalog';
import { Executor } from '../../../src/db/executor';
import { prepareGraph } from '../../../src/load/prepareGraph';
import { createLogger } from '../../../src/logging/logger';
import { postGraphql } from '../../support/graphqlClient';
import { TestHelper, type TestServer } from '../../support/TestHelper';

const TOKEN = 'curator-token-for-tests-0123456789';

const CREATE = `mutation ($input: CreatePracticeInput!) {
  createPractice(input: $input) { id title summary source { lines } themes { id } countries { id } links { type target provenance { basis evidence } } backedBy { instrument { id } theme { id } path { type } } }
}`;

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions: { code: string; argument?: string } }> } };
}

describe('curation mutations', () => {
  let helper: TestHelper;
  let server: TestServer;
  const logs = new PassThrough();
  let logText = '';
  logs.on('data', (d: Buffer) => (logText += d.toString()));
  const count = async (cypher: string, params: Record<string, unknown> = {}) => (await helper.cypher<{ n: number }>(cypher, params))[0]!.n;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    // The server logs every statement and its parameters (debug) into `logs`, to check what leaks.
    const services = helper.services(undefined, TOKEN);
    services.executor = new Executor(helper.driver, helper.executor.database, loadCypherCatalog(), createLogger('debug', false, logs), 60_000);
    server = await helper.startServer(TestHelper.serverOptions(), services);
  });
  afterAll(async () => {
    await server.close();
    await helper.close();
  });

  const input = {
    title: 'Safe shelters for migrant women in transit',
    summary: 'Shelters run with local NGOs along the transit route, with medical and legal aid.',
    webLinks: ['https://example.org/shelters'],
    tags: ['shelter', 'women'],
    evidence: 'Curator reading of a 2024 ministry report, p. 12',
    links: [
      { type: 'IMPLEMENTED_BY', target: 'MEX', evidence: 'Report p. 12: run by Mexico' },
      { type: 'ADDRESSES', target: 'violence', evidence: 'Report p. 13: protection from violence' },
      { type: 'BENEFITS', target: 'women', evidence: 'Report p. 12' },
      { type: 'PARTNERS_WITH', target: 'iom', evidence: 'Report p. 14: IOM funds the shelters' },
    ],
  };

  it('files a practice under a Compact objective and unfiles it, the curator owning the edge', async () => {
    const link = await post<{
      linkPractice: {
        objectives: Array<{ id: string }>;
        links: Array<{ type: string; target: string; provenance: { basis: string; evidence: string; rule: string | null } }>;
      };
    }>(
      server.url,
      'mutation { linkPractice(id: "beta-groups", link: { type: SUPPORTS, target: "GCM-21", evidence: "The groups also assist returnees (annual report)" }) { objectives { id } links { type target provenance { basis evidence rule } } } }',
      {},
      TOKEN,
    );
    expect(link.body.data!.linkPractice.objectives.map((o) => o.id)).toEqual(['GCM-7', 'GCM-8', 'GCM-21']);
    expect(link.body.data!.linkPractice.links.find((l) => l.target === 'Objective:GCM-21')!.provenance).toEqual({
      basis: 'curated',
      evidence: 'The groups also assist returnees (annual report)',
      rule: null,
    });
    const bad = await post(
      server.url,
      'mutation { linkPractice(id: "beta-groups", link: { type: CONTRIBUTES_TO, target: "SDG-1.1", evidence: "poverty" }) { id } }',
      {},
      TOKEN,
    );
    expect(bad.body.errors![0]!.message).toMatch(/no target with id "SDG-1\.1"/);
    const unlink = await post<{ unlinkPractice: { objectives: Array<{ id: string }> } }>(
      server.url,
      'mutation { unlinkPractice(id: "beta-groups", link: { type: SUPPORTS, target: "GCM-8" }) { objectives { id } } }',
      {},
      TOKEN,
    );
    expect(unlink.body.data!.unlinkPractice.objectives.map((o) => o.id)).toEqual(['GCM-7', 'GCM-21']);
    expect(await count(`MATCH (:Tombstone {key: 'Edge:beta-groups:SUPPORTS:GCM-8'}) RETURN count(*) AS n`)).toBe(1);
  });

  it('refuses writes without the curator token, and reads stay public', async () => {
    const none = await post(server.url, CREATE, { input });
    expect(none.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await post(server.url, CREATE, { input }, 'not-the-token-at-all');
    expect(wrong.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const disabled = await helper.startServer();
    try {
      const res = await post(disabled.url, CREATE, { input }, TOKEN);
      expect(res.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/disabled/), extensions: { code: 'UNAUTHENTICATED' } });
    } finally {
      await disabled.close();
    }
    expect(await count('MATCH (p:Practice) RETURN count(p) AS n')).toBe(27);
    expect((await postGraphql(server.url, '{ practices { totalCount } }')).body.data).toEqual({ practices: { totalCount: 27 } });
  });

  it('validates inputs with the argument path, and writes nothing on a bad link', async () => {
    const bad = await post(server.url, CREATE, { input: { ...input, title: '  ' } }, TOKEN);
    expect(bad.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^input\.title:/),
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.title' },
    });
    const url = await post(server.url, CREATE, { input: { ...input, webLinks: ['javascript:alert(1)'] } }, TOKEN);
    expect(url.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^input\.webLinks\[0\]: expected a web address .*javascript:alert\(1\)/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const link = await post(
      server.url,
      CREATE,
      { input: { ...input, links: [...input.links, { type: 'ADDRESSES', target: 'wellbeing', evidence: 'somewhere' }] } },
      TOKEN,
    );
    expect(link.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^input\.links\[4\]\.target: no theme with id "wellbeing"/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await count('MATCH (p:Practice) RETURN count(p) AS n')).toBe(27);
  });

  it('creates a practice with curated, evidenced links that the whole API sees', async () => {
    // The coverage matrix is cached between writes; a write clears it.
    const cell = async () =>
      (
        await postGraphql<{ coverage: { cells: Array<{ row: string; column: string; count: number }> } }>(
          server.url,
          '{ coverage(rows: GROUP, columns: THEME) { cells { row column count } } }',
        )
      ).body.data!.coverage.cells.find((c) => c.row === 'women' && c.column === 'violence')!.count;
    const before = await cell();
    const res = await post<{
      createPractice: {
        id: string;
        source: null;
        themes: Array<{ id: string }>;
        countries: Array<{ id: string }>;
        links: Array<{ type: string; target: string; provenance: { basis: string; evidence: string } }>;
        backedBy: Array<{ instrument: { id: string } }>;
      };
    }>(server.url, CREATE, { input }, TOKEN);
    expect(res.body.errors).toBeUndefined();
    const p = res.body.data!.createPractice;
    expect(p).toMatchObject({ id: 'safe-shelters-for-migrant-women-in-transit', source: null, themes: [{ id: 'violence' }], countries: [{ id: 'MEX' }] });
    expect(p.links).toEqual(
      expect.arrayContaining([
        { type: 'PARTNERS_WITH', target: 'Partner:iom', provenance: { basis: 'curated', evidence: 'Report p. 14: IOM funds the shelters' } },
      ]),
    );
    expect(p.backedBy.map((b) => b.instrument.id)).toContain('ICRMW');
    const mex = await postGraphql<{ practices: { totalCount: number } }>(
      server.url,
      '{ practices(filter: { countries: ["MEX"], groups: ["women"] }) { totalCount } }',
    );
    expect(mex.body.data!.practices.totalCount).toBe(1);
    expect(await cell()).toBe(before + 1);
    const dup = await post(server.url, CREATE, { input }, TOKEN);
    expect(dup.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/already exists/), extensions: { code: 'BAD_USER_INPUT' } });
    // A title whose id another type holds is refused too: an id names one entity across the graph.
    const partnersId = await post(server.url, CREATE, { input: { ...input, title: 'ACP-EU Migration Action (partner)' } }, TOKEN);
    expect(partnersId.body.errors?.[0]).toMatchObject({
      message:
        'input.title: the id "acp-eu-migration-action-partner" is already taken by Partner:acp-eu-migration-action-partner; an id names one entity across the graph, so choose another title',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await cell()).toBe(before + 1);
  });

  it('updates, links an instrument directly, unlinks, and keeps curated work through a seed reload', async () => {
    const id = 'safe-shelters-for-migrant-women-in-transit';
    const upd = await post<{ updatePractice: { summary: string } }>(
      server.url,
      'mutation ($id: ID!) { updatePractice(id: $id, input: { summary: "Now also in Tapachula.", evidence: "Report 2025, p. 3" }) { summary } }',
      { id },
      TOKEN,
    );
    expect(upd.body.errors).toBeUndefined();
    expect(upd.body.data?.updatePractice.summary).toBe('Now also in Tapachula.');
    const link = await post<{
      linkPractice: { backedBy: Array<{ instrument: { id: string }; theme: null; path: Array<{ type: string; provenance: { basis: string } }> }> };
    }>(
      server.url,
      'mutation ($id: ID!) { linkPractice(id: $id, link: { type: BACKED_BY, target: "CEDAW", evidence: "Report p. 20 invokes CEDAW" }) { backedBy { instrument { id } theme { id } path { type provenance { basis } } } } }',
      { id },
      TOKEN,
    );
    expect(link.body.data!.linkPractice.backedBy).toEqual(
      expect.arrayContaining([{ instrument: { id: 'CEDAW' }, theme: null, path: [{ type: 'BACKED_BY', provenance: { basis: 'curated' } }] }]),
    );
    const unlink = await post<{ unlinkPractice: { partners: Array<{ id: string }> } }>(
      server.url,
      'mutation ($id: ID!) { unlinkPractice(id: $id, link: { type: PARTNERS_WITH, target: "iom" }) { partners { id } } }',
      { id },
      TOKEN,
    );
    expect(unlink.body.data!.unlinkPractice.partners).toEqual([]);
    // A curator also re-states a seed edge: its provenance becomes theirs.
    await post(
      server.url,
      'mutation { linkPractice(id: "beta-groups", link: { type: ADDRESSES, target: "violence", evidence: "Checked against the INM site, 2025" }) { id } }',
      {},
      TOKEN,
    );

    await prepareGraph(helper.executor, { loadSeed: true, force: true });
    expect(await count('MATCH (p:Practice) RETURN count(p) AS n')).toBe(28);
    expect(await count('MATCH (:Practice {id: $id})-[r:BACKED_BY {basis: "curated"}]->(:Instrument {id: "CEDAW"}) RETURN count(r) AS n', { id })).toBe(1);
    const [beta] = await helper.cypher<{ evidence: string }>(
      'MATCH (:Practice {id: "beta-groups"})-[r:ADDRESSES]->(:Theme {id: "violence"}) RETURN r.evidence AS evidence',
    );
    expect(beta!.evidence).toBe('Checked against the INM site, 2025');
  });

  it('leaves no partial write when a mutation fails half-way', async () => {
    let statements = 0;
    const failing = helper.services(undefined, TOKEN);
    // Fault injection: the third statement of the transaction fails, after the practice was created.
    failing.executor = helper.executor.withObserver((name) => {
      if (name === 'curation/link' && ++statements === 2) throw new Error('injected fault between two writes');
    });
    const flaky = await helper.startServer(TestHelper.serverOptions(), failing);
    try {
      const res = await post(flaky.url, CREATE, { input: { ...input, title: 'Half-written practice' } }, TOKEN);
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await flaky.close();
    }
    expect(await count('MATCH (p:Practice {id: "half-written-practice"}) RETURN count(p) AS n')).toBe(0);
  });

  it('deletes a practice with its edges', async () => {
    const res = await post<{ deletePractice: { id: string; relationshipsDeleted: number } }>(
      server.url,
      'mutation { deletePractice(id: "safe-shelters-for-migrant-women-in-transit") { id relationshipsDeleted } }',
      {},
      TOKEN,
    );
    expect(res.body.data!.deletePractice.relationshipsDeleted).toBeGreaterThanOrEqual(4);
    expect(await count('MATCH (p:Practice) RETURN count(p) AS n')).toBe(27);
    const again = await post(server.url, 'mutation { deletePractice(id: "safe-shelters-for-migrant-women-in-transit") { id } }', {}, TOKEN);
    expect(again.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('every write clears the cached coverage, so text-filtered answers follow each mutation', async () => {
    // Coverage answers are cached for a minute (helper.services); each read below would otherwise repeat the first.
    const coverage = async () => {
      const res = await postGraphql<{ coverage: { practiceCount: number; cells: Array<{ row: string; column: string; count: number }> } }>(
        server.url,
        '{ coverage(rows: THEME, columns: GROUP, filter: { text: "quokka" }) { practiceCount cells { row column count } } }',
      );
      const { practiceCount, cells } = res.body.data!.coverage;
      return { practiceCount, healthForWomen: cells.find((c) => c.row === 'health' && c.column === 'women')!.count };
    };
    const mutate = async (query: string) => expect((await post(server.url, query, {}, TOKEN)).body.errors).toBeUndefined();
    await mutate(
      'mutation { createPractice(input: { title: "Mobile clinics on the northern route", summary: "Clinics.", evidence: "Curator test, no source", links: [{ type: ADDRESSES, target: "health", evidence: "Curator test" }] }) { id } }',
    );
    const id = 'mobile-clinics-on-the-northern-route';
    expect(await coverage()).toEqual({ practiceCount: 0, healthForWomen: 0 });

    await mutate(`mutation { updatePractice(id: "${id}", input: { summary: "Clinics run with quokka volunteers.", evidence: "Curator test" }) { id } }`);
    expect(await coverage()).toEqual({ practiceCount: 1, healthForWomen: 0 });
    await mutate(`mutation { linkPractice(id: "${id}", link: { type: BENEFITS, target: "women", evidence: "Curator test" }) { id } }`);
    expect(await coverage()).toEqual({ practiceCount: 1, healthForWomen: 1 });
    await mutate(`mutation { unlinkPractice(id: "${id}", link: { type: BENEFITS, target: "women" }) { id } }`);
    expect(await coverage()).toEqual({ practiceCount: 1, healthForWomen: 0 });
    await mutate(`mutation { updatePractice(id: "${id}", input: { summary: "Clinics.", evidence: "Curator test" }) { id } }`);
    expect(await coverage()).toEqual({ practiceCount: 0, healthForWomen: 0 });
    await mutate(`mutation { updatePractice(id: "${id}", input: { tags: ["quokka"], evidence: "Curator test" }) { id } }`);
    expect(await coverage()).toEqual({ practiceCount: 1, healthForWomen: 0 });
    await mutate(`mutation { deletePractice(id: "${id}") { id } }`);
    expect(await coverage()).toEqual({ practiceCount: 0, healthForWomen: 0 });
  });

  it('gives practices titled in any script a non-empty id of their own', async () => {
    // The last title transliterates like the second (移民 and 遗民 are both "yimin").
    const titles = ['برنامج حماية المهاجرين', '移民保护计划', '!!! ???', '🏠🤝🌱', '遗民保护计划'];
    const ids: string[] = [];
    for (const title of titles) {
      const res = await post<{ createPractice: { id: string; title: string } }>(
        server.url,
        'mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { id title } }',
        { input: { title, summary: 'A practice.', evidence: 'Curator test, no source' } },
        TOKEN,
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.createPractice.title).toBe(title);
      ids.push(res.body.data!.createPractice.id);
    }
    expect(ids).toEqual([
      expect.stringMatching(/^brnmj-hmyh-lmhjryn-[0-9a-f]{6}$/),
      expect.stringMatching(/^yiminbaohujihua-[0-9a-f]{6}$/),
      expect.stringMatching(/^[0-9a-f]{10}$/),
      'house-handshake-seedling',
      expect.stringMatching(/^yiminbaohujihua-[0-9a-f]{6}$/),
    ]);
    expect(new Set(ids).size).toBe(titles.length);
    expect(await count('MATCH (p:Practice) WHERE p.id = "" RETURN count(p) AS n')).toBe(0);
    const read = await postGraphql<{ practice: { title: string } | null }>(server.url, 'query ($id: ID!) { practice(id: $id) { title } }', { id: ids[2] });
    expect(read.body.data!.practice).toEqual({ title: '!!! ???' });
    for (const id of ids) expect((await post(server.url, 'mutation ($id: ID!) { deletePractice(id: $id) { id } }', { id }, TOKEN)).body.errors).toBeUndefined();
    expect(await count('MATCH (p:Practice) RETURN count(p) AS n')).toBe(27);
  });

  it('never writes the curator token to the log', () => {
    expect(logText.length).toBeGreaterThan(0);
    expect(logText).not.toContain(TOKEN);
  });
});

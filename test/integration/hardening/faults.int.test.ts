import fs from 'node:fs';
import { loadCypherCatalog } from '../../../src/db/cypherCatalog';
import { createDriver } from '../../../src/db/connect';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../src/db/embeddedNeo4j';
import { Executor } from '../../../src/db/executor';
import { createLogger } from '../../../src/logging/logger';
import { prepareGraph } from '../../../src/load/prepareGraph';
import { ReferenceCache } from '../../../src/reference/referenceCache';
import { ResultCache } from '../../../src/cache/resultCache';
import { DEFAULT_LIMITS } from '../../../src/config/limits';
import { postGraphql } from '../../support/graphqlClient';
import { startTestNeo4j, tempStore } from '../../support/testDatabase';
import { TestHelper, type TestServer } from '../../support/TestHelper';

/** Database faults, against an embedded Neo4j of this test's own that it stops and restarts. */
describe('when the database goes away', () => {
  let neo: EmbeddedNeo4j & { storeDir: string; port: number };
  let executor: Executor;
  let helper: TestHelper;
  let server: TestServer;
  const store = tempStore('kg-faults-');

  beforeAll(async () => {
    neo = await startTestNeo4j(store);
    const logger = createLogger('silent', false);
    executor = new Executor(createDriver(neo.uri, 'neo4j', ''), 'neo4j', loadCypherCatalog(), logger, 15_000);
    await prepareGraph(executor, { loadSeed: true });
    helper = TestHelper.create();
    server = await helper.startServer(TestHelper.serverOptions(), {
      executor,
      reference: new ReferenceCache(executor),
      results: new ResultCache(0),
      limits: DEFAULT_LIMITS,
      ...TestHelper.curation(),
    });
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    await executor?.close();
    await helper?.close();
    await neo?.stop();
    fs.rmSync(store, { recursive: true, force: true });
  });

  it('fails fast with DATABASE_UNAVAILABLE and 503 on /health, then recovers without a restart', async () => {
    const query = '{ practices(first: 3) { totalCount edges { node { id countries { id } } } } }';
    expect((await postGraphql(server.url, query)).body.errors).toBeUndefined();

    await neo.stop();

    const started = Date.now();
    const down = await postGraphql(server.url, query);
    const took = Date.now() - started;
    expect(down.status).toBe(200);
    expect(down.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(took).toBeLessThan(2_000);

    const healthStart = Date.now();
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { database: { reachable: boolean } }).database.reachable).toBe(false);
    expect(Date.now() - healthStart).toBeLessThan(2_000);

    // The same store on the same port: the server's driver reconnects by itself.
    neo = Object.assign(await startEmbeddedNeo4j({ storeDir: store, port: neo.port, heap: '1g', pagecache: '256m', startTimeoutMs: 180_000 }), {
      storeDir: store,
      port: neo.port,
    });
    let recovered = false;
    for (let i = 0; i < 30 && !recovered; i++) {
      const again = await postGraphql<{ practices: { totalCount: number } }>(server.url, query);
      recovered = again.body.data?.practices?.totalCount === 27;
      if (!recovered) await new Promise((r) => setTimeout(r, 1_000));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  }, 300_000);
});

import net from 'node:net';
import { PassThrough } from 'node:stream';
import { loadCypherCatalog } from '../../../src/db/cypherCatalog';
import { createDriver } from '../../../src/db/connect';
import { Executor } from '../../../src/db/executor';
import { createLogger } from '../../../src/logging/logger';
import { startServer, type RunningServer } from '../../../src/server/startServer';
import { postGraphql } from '../../support/graphqlClient';
import { freePort } from '../../support/testDatabase';
import { TestHelper } from '../../support/TestHelper';

/** A raw HTTP exchange on its own connection, so a test can leave a request half-sent. */
function rawRequest(url: string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const connected = new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  return { socket, connected, closed, received: () => received };
}

describe('the server’s edges: health and shutdown', () => {
  let helper: TestHelper;
  const logs = new PassThrough();
  let logText = '';
  logs.on('data', (d: Buffer) => (logText += d.toString()));
  const logger = createLogger('warn', false, logs);

  beforeAll(() => {
    helper = TestHelper.create();
  });
  afterAll(async () => {
    await helper.close();
  });

  it('/health says the database is unavailable with a code and a generic message; the driver’s words go to the log only', async () => {
    const down = new Executor(createDriver(`bolt://127.0.0.1:${await freePort()}`, 'neo4j', ''), 'neo4j', loadCypherCatalog(), logger, 5_000);
    // A database the server does not have: the driver's message names it ("Graph not found: ...").
    const missing = new Executor(helper.driver, 'no-such-database', loadCypherCatalog(), logger, 5_000);
    for (const executor of [down, missing]) {
      const server = await startServer({
        logger,
        options: TestHelper.serverOptions(),
        services: { ...helper.services(), executor },
        port: 0,
        host: '127.0.0.1',
      });
      try {
        const res = await fetch(`${server.url}/health`);
        expect(res.status).toBe(503);
        expect(await res.json()).toEqual({
          status: 'unavailable',
          database: {
            reachable: false,
            name: executor.database,
            code: 'DATABASE_UNAVAILABLE',
            error: 'The graph database is not reachable; try again shortly.',
          },
        });
      } finally {
        await server.stop();
      }
    }
    await down.close();
    // The operator still learns why.
    expect(logText).toMatch(/ECONNREFUSED/);
    expect(logText).toMatch(/Graph not found: no-such-database/);
  });

  it('/health answers with the database’s facts when it is up', async () => {
    const server = await startServer({ logger, options: TestHelper.serverOptions(), services: helper.services(), port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`${server.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        status: 'ok',
        database: { reachable: true, name: helper.executor.database, version: expect.stringMatching(/^5\./) },
      });
    } finally {
      await server.stop();
    }
  });

  it('shutdown lets a request in flight finish, cuts a stuck one at the grace period, and completes within it', async () => {
    const graceMs = 2_500;
    const server: RunningServer = await startServer({
      logger,
      options: TestHelper.serverOptions(),
      services: helper.services(),
      port: 0,
      host: '127.0.0.1',
      graceMs,
    });
    const body = JSON.stringify({ query: '{ practices(first: 1) { totalCount } }' });
    // Asked once before, so that the drained request below does not wait for query planning.
    expect((await postGraphql(server.url, '{ practices(first: 1) { totalCount } }')).body.errors).toBeUndefined();
    const head = `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    // Both requests are in flight: their headers arrived, their bodies have not.
    const finishing = rawRequest(server.url);
    const stuck = rawRequest(server.url);
    await Promise.all([finishing.connected, stuck.connected]);
    finishing.socket.write(head + body.slice(0, 10));
    stuck.socket.write(head + body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 200));

    const started = Date.now();
    const stopped = server.stop();
    // The first client sends the rest of its body while the server drains.
    await new Promise((r) => setTimeout(r, 300));
    finishing.socket.write(body.slice(10));
    await stopped;
    const took = Date.now() - started;

    await Promise.all([finishing.closed, stuck.closed]);
    expect(finishing.received()).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(finishing.received()).toMatch(/\{"data":\{"practices":\{"totalCount":\d+\}\}\}/);
    expect(stuck.received()).toBe('');
    // Bounded: the stuck request holds shutdown for the grace period, and not much longer.
    expect(took).toBeGreaterThanOrEqual(graceMs - 100);
    expect(took).toBeLessThan(graceMs + 1_500);
    // No new connection is accepted.
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  }, 20_000);
});

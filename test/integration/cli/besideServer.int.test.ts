import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ADDRESS_FILE, findRunningNeo4j } from '../../../src/db/runningNeo4j';
import { createLogger } from '../../../src/logging/logger';
import { TestHelper } from '../../support/TestHelper';
import { freePort, tempStore } from '../../support/testDatabase';

const ROOT = path.join(__dirname, '..', '..', '..');
const quiet = createLogger('silent', false);

/** Runs `bin/kg.js` with `env` on top of the test's environment. */
function kg(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

type Stats = { nodes: Array<{ label: string; count: number }> };
const countOf = (stats: Stats, label: string) => stats.nodes.find((n) => n.label === label)?.count;

describe('the command line beside a running server', () => {
  let helper: TestHelper;
  let databaseId: string;
  const dirs: string[] = [];
  const dir = () => {
    const d = tempStore('kg-address-');
    dirs.push(d);
    return d;
  };
  const writeAddress = (d: string, content: unknown) =>
    fs.writeFileSync(path.join(d, ADDRESS_FILE), typeof content === 'string' ? content : JSON.stringify(content));

  beforeAll(async () => {
    helper = TestHelper.create();
    const [row] = await helper.cypher<{ id: string }>('CALL db.info() YIELD id RETURN id');
    databaseId = row!.id;
  });
  afterAll(async () => {
    await helper.cypher('MATCH (n:BesideServerMarker) DELETE n');
    await helper.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('uses an address file only when it names a Neo4j that answers with the same database id', async () => {
    const live = { uri: helper.uri, databaseId, pid: 1, version: '5.26' };
    const found = dir();
    writeAddress(found, live);
    const reached = await findRunningNeo4j(found, 'neo4j', quiet);
    expect(reached?.running).toEqual(live);
    // The probe's executor is handed over, live: the caller opens no second driver.
    expect(await reached?.executor.read('health/storeId')).toEqual([{ id: databaseId }]);
    await reached?.executor.close();

    expect(await findRunningNeo4j(dir(), 'neo4j', quiet)).toBeUndefined(); // no file
    const otherStore = dir();
    writeAddress(otherStore, { ...live, databaseId: 'ANOTHER' });
    expect(await findRunningNeo4j(otherStore, 'neo4j', quiet)).toBeUndefined();
    const stale = dir();
    writeAddress(stale, { ...live, uri: `bolt://127.0.0.1:${await freePort()}` }); // a killed server's
    const started = Date.now();
    expect(await findRunningNeo4j(stale, 'neo4j', quiet)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(10_000);
    const garbage = dir();
    writeAddress(garbage, '{"uri": ');
    expect(await findRunningNeo4j(garbage, 'neo4j', quiet)).toBeUndefined();
  });

  it('`kg stats` works while `npm start` runs on the store; NEO4J_URI still wins; a clean stop removes the address file', async () => {
    const store = dir();
    const boltPort = await freePort();
    const httpPort = await freePort();
    const env = { NEO4J_URI: '', NEO4J_DATA_DIR: store, NEO4J_EMBEDDED_PORT: String(boltPort), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '128m' };
    // What `npm start` runs (its prestart only bundles the explorer, which this test does not open).
    const server: ChildProcess = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...env, PORT: String(httpPort), KG_WARM_UP: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let serverErr = '';
    server.stderr!.on('data', (d: Buffer) => (serverErr += d.toString()));
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 200_000;
      for (;;) {
        if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${serverErr}`);
        const ok = await fetch(`http://127.0.0.1:${httpPort}/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        if (Date.now() > deadline) throw new Error(`the server did not answer /health in time:\n${serverErr}`);
        await new Promise((r) => setTimeout(r, 500));
      }
      const address = JSON.parse(fs.readFileSync(path.join(store, ADDRESS_FILE), 'utf8')) as { uri: string };
      expect(address.uri).toBe(`bolt://127.0.0.1:${boltPort}`);

      const stats = await kg(['stats', '--json'], env);
      expect(stats).toMatchObject({ code: 0, err: expect.stringContaining(`the running server's Neo4j 5.26`) });
      expect(stats.err).toContain(address.uri);
      expect(countOf(JSON.parse(stats.out) as Stats, 'Practice')).toBe(27);

      // An explicit NEO4J_URI is used as it is: here the suite's database, told apart by a marker.
      await helper.cypher('CREATE (:BesideServerMarker)');
      const explicit = await kg(['stats', '--json'], { ...env, NEO4J_URI: helper.uri });
      expect(explicit.code).toBe(0);
      expect(explicit.err).not.toContain('running server');
      expect(countOf(JSON.parse(explicit.out) as Stats, 'BesideServerMarker')).toBe(1);
      expect(countOf(JSON.parse(stats.out) as Stats, 'BesideServerMarker')).toBeUndefined();
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
    expect(fs.existsSync(path.join(store, ADDRESS_FILE))).toBe(false);
  }, 300_000);
});

import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j } from '../../../src/db/embeddedNeo4j';
import { freePort, startTestNeo4j, tempStore, TEST_URI_ENV } from '../../support/testDatabase';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function countMarkers(uri: string): Promise<number> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const res = await driver.executeQuery('MATCH (m:LauncherTestMarker) RETURN count(m) AS n');
    return res.records[0]?.get('n') as number;
  } finally {
    await driver.close();
  }
}

describe('the embedded Neo4j launcher', () => {
  const store = tempStore('kg-launcher-');
  afterAll(() => fs.rmSync(store, { recursive: true, force: true }));

  it('persists its store across restarts, refuses a second instance on it, and leaves no JVM behind', async () => {
    const first = await startTestNeo4j(store);
    const driver = neo4j.driver(first.uri);
    await driver.executeQuery('CREATE (:LauncherTestMarker)');
    await driver.close();

    const second = startEmbeddedNeo4j({ storeDir: store, port: await freePort(), heap: '512m', pagecache: '64m', startTimeoutMs: 120_000 });
    await expect(second).rejects.toThrow(/store .* is already in use by another Neo4j/);
    // While it serves, the store says where (for `kg` beside `npm start`); the refused second
    // instance leaves that alone, and a clean stop removes it.
    const addressFile = path.join(store, 'kg-bolt.json');
    expect(JSON.parse(fs.readFileSync(addressFile, 'utf8'))).toMatchObject({
      uri: first.uri,
      databaseId: expect.stringMatching(/^[0-9A-F]{64}$/),
      version: first.version,
    });

    await first.stop();
    expect(isAlive(first.pid)).toBe(false);
    expect(fs.existsSync(addressFile)).toBe(false);

    const again = await startTestNeo4j(store);
    try {
      expect(await countMarkers(again.uri)).toBe(1);
    } finally {
      await again.stop();
    }
    expect(isAlive(again.pid)).toBe(false);
  }, 240_000);

  it('says clearly when its port is already held', async () => {
    const heldPort = Number(new URL(process.env[TEST_URI_ENV] ?? '').port);
    const attempt = startEmbeddedNeo4j({ storeDir: tempStore('kg-port-'), port: heldPort, heap: '256m', pagecache: '16m', startTimeoutMs: 60_000 });
    await expect(attempt).rejects.toThrow(new RegExp(`port 127\\.0\\.0\\.1:${heldPort} is already in use`));
  });
});

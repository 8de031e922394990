import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embeddedNeo4j';

/** The environment variable through which globalSetup tells test files where Neo4j is. */
export const TEST_URI_ENV = 'KG_TEST_NEO4J_URI';

/** Asks the OS for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A throwaway store folder under the OS temp dir. */
export function tempStore(prefix = 'kg-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Starts an embedded Neo4j on a free port with a throwaway store, sized for tests. */
export async function startTestNeo4j(storeDir = tempStore()): Promise<EmbeddedNeo4j & { storeDir: string; port: number }> {
  const port = await freePort();
  const neo = await startEmbeddedNeo4j({
    storeDir,
    port,
    heap: process.env.NEO4J_HEAP ?? '1g',
    pagecache: process.env.NEO4J_PAGECACHE ?? '512m',
    startTimeoutMs: 180_000,
    txTimeoutMs: 60_000,
    log: (m) => process.stderr.write(`${m}\n`),
  });
  return Object.assign(neo, { storeDir, port });
}

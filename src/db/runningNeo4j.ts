import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logging/logger';
import { loadCypherCatalog } from './cypherCatalog';
import { Executor } from './executor';
import { createDriver } from './createDriver';

/** The file the embedded launcher writes in its store folder while it serves (see EmbeddedNeo4j.java). */
export const ADDRESS_FILE = 'kg-bolt.json';

const addressSchema = z.object({
  uri: z.string().regex(/^bolt:\/\/127\.0\.0\.1:\d+$/),
  databaseId: z.string().min(1),
  pid: z.number().int(),
  version: z.string(),
});

/** An embedded Neo4j that another process (`npm start`) is running on this store. */
export type RunningNeo4j = z.infer<typeof addressSchema>;

/** A running embedded Neo4j and the executor that reached it, which the caller keeps and closes. */
export interface FoundNeo4j {
  running: RunningNeo4j;
  executor: Executor;
}

/**
 * Finds the embedded Neo4j serving `storeDir`, if one does: its address file must exist, parse,
 * and name a server that answers with the same database id. Anything else (no file, a file left
 * by a killed server, a port now held by another Neo4j) is undefined, and why goes to `log`. The
 * executor `open` made for the probe is handed over, so the caller does not open a second driver.
 */
export async function findRunningNeo4j(
  storeDir: string,
  database: string,
  logger: Logger,
  open: (uri: string) => Executor = (uri) => new Executor(createDriver(uri, 'neo4j', ''), database, loadCypherCatalog(), logger, 5_000),
): Promise<FoundNeo4j | undefined> {
  const file = path.join(storeDir, ADDRESS_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let running: RunningNeo4j;
  try {
    running = addressSchema.parse(JSON.parse(text));
  } catch (err) {
    logger.warn(`${file} is not a Bolt address file (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); ignoring it`);
    return undefined;
  }
  const executor = open(running.uri);
  try {
    const [row] = await executor.read<{ id: string }>('health/storeId');
    if (row?.id === running.databaseId) return { running, executor };
    logger.warn(`${file}: ${running.uri} answers for another database; ignoring the file`);
  } catch {
    logger.warn(`${file}: nothing answers at ${running.uri} (a server that was killed?); ignoring the file`);
  }
  await executor.close();
  return undefined;
}

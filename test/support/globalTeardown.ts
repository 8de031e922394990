import fs from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/db/embeddedNeo4j';

/** Stops the suite's embedded Neo4j and removes its throwaway store. */
export default async function globalTeardown(): Promise<void> {
  const neo = (globalThis as Record<string, unknown>).__KG_TEST_NEO4J__ as (EmbeddedNeo4j & { storeDir: string }) | undefined;
  if (!neo) return;
  await neo.stop();
  fs.rmSync(neo.storeDir, { recursive: true, force: true });
}

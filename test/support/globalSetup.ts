import { startTestNeo4j, TEST_URI_ENV } from './testDatabase';

/**
 * Starts the suite's Neo4j: an embedded one on a free port with a throwaway store, or, when
 * NEO4J_URI is set, that server, which the suite wipes only if KG_TEST_ALLOW_WIPE=true says so.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    if (process.env.KG_TEST_ALLOW_WIPE !== 'true') {
      throw new Error(
        `NEO4J_URI is set (${process.env.NEO4J_URI}) and the tests would wipe its database ${process.env.NEO4J_DATABASE ?? 'neo4j'}. ` +
          'Set KG_TEST_ALLOW_WIPE=true to allow it, or unset NEO4J_URI to test against a throwaway embedded Neo4j.',
      );
    }
    process.env[TEST_URI_ENV] = process.env.NEO4J_URI;
    return;
  }
  const neo = await startTestNeo4j();
  process.env[TEST_URI_ENV] = neo.uri;
  (globalThis as Record<string, unknown>).__KG_TEST_NEO4J__ = neo;
}

import type { ApolloServer } from '@apollo/server';
import { createRequestContext } from '../context/createRequestContext';
import type { RequestContext, ServerServices } from '../context/requestContext';

// What a researcher's first minutes ask: the explorer's first page and filters, a practice's
// backings, a neighbourhood, the gap table. Each plans one of the larger Cypher statements.
const OPERATIONS = [
  '{ practices(first: 20) { totalCount edges { node { id title countries { id } partners { id } themes { id } } } } }',
  '{ practices(filter: { themes: ["health"], text: "migrants" }, first: 1) { edges { node { id } } } }',
  '{ practice(id: "warm-up") { backedBy { instrument { id } } } }',
  '{ neighborhood(id: "Theme:health", limit: 5) { nodes { id properties hiddenNeighbors } edges { id } } }',
  '{ coverage(rows: COUNTRY, columns: THEME) { emptyCells } }',
];

/**
 * Runs the common research operations once, in the background after start-up, so that Neo4j has
 * planned their statements (seconds on a cold JVM) before the first researcher asks. Their
 * answers and errors (an empty graph has no Theme:health) do not matter: only the planning.
 */
export async function warmUp(apollo: ApolloServer<RequestContext>, services: ServerServices, log: (message: string) => void): Promise<void> {
  const started = Date.now();
  for (const query of OPERATIONS) {
    await apollo.executeOperation({ query }, { contextValue: createRequestContext(services) }).catch(() => undefined);
  }
  log(`query plans warmed in ${Date.now() - started} ms`);
}

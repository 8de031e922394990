import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './typeDefs';

// The peer: the Neo4j GraphQL Library 7 serving the same graph over HTTP, as a Neo4j user would
// set it up (Apollo standalone, one driver). Started by the benchmark as its own process.
async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const password = process.env.NEO4J_PASSWORD ?? '';
  const driver = neo4j.driver(uri, password ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', password) : undefined);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 4001), host: '127.0.0.1' },
    context: () => Promise.resolve({ sessionConfig: { database: process.env.NEO4J_DATABASE ?? 'neo4j' } }),
  });
  process.stdout.write(`PEER_READY ${url}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

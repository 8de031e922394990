import neo4j from 'neo4j-driver';
import { benchQueries, type BenchParameters } from '../benchQueries';

/**
 * The GraphQL floor's root resolvers (its driver lives as long as its process): for each read query, the root field our API answers it
 * with, resolved by the query's hand-written Cypher (its `floor.cypher`, as the HTTP floor runs it:
 * one driver, an auto-commit session per request) into the objects of our answer
 * (`floor.data`), default resolvers doing the rest. No loader, repository, executor, request
 * scope or cache: what is left of ours over it is what our design adds to the least GraphQL
 * server on the same stack. The arguments are not read: the benchmark asks each query with the
 * same ones, and the floor's parameters are those.
 */
export async function graphqlFloorResolvers(uri: string, params: BenchParameters, names: readonly string[]): Promise<Record<string, () => Promise<unknown>>> {
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  await driver.verifyConnectivity({ database });
  const queryResolvers: Record<string, () => Promise<unknown>> = {};
  for (const q of benchQueries(params).filter((b) => names.includes(b.name))) {
    const rows = async () => {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        return (await session.run(q.floor.cypher, q.floor.params)).records.map((r) => r.toObject());
      } finally {
        await session.close();
      }
    };
    // The root field is the one key of the query's answer.
    const answer = (r: Array<Record<string, unknown>>) => q.floor.data(r) as Record<string, unknown>;
    const [field, ...more] = Object.keys(answer(await rows()));
    if (!field || more.length) throw new Error(`${q.name}: the floor's answer has ${more.length + (field ? 1 : 0)} root fields, not one`);
    if (field in queryResolvers) throw new Error(`${q.name}: another read query already answers through ${field}`);
    queryResolvers[field] = async () => answer(await rows())[field];
  }
  return queryResolvers;
}

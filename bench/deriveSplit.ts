import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { loadCypherCatalog } from '../src/db/cypherCatalog';
import { openBenchDatabase, SCALES } from './benchDatabase';

// `npm run bench:derive -- --scale 10k`: where the load's longest step, deriving the backings
// (cypher/backing/derive.cypher), spends its time. On batches of 1,000 practices of a loaded
// store, each in a transaction rolled back so the store is left as it was, it times:
//   - derive: the statement as the load runs it (deletes and writes the batch's BACKS edges);
//   - compute: the same statement up to its CREATE, counting what it would write instead;
// so derive − compute is what writing 1,000 practices' edges and their properties costs. Rounds
// run both on the same batch, a new batch each round (the JIT warms over the first rounds).

async function main(): Promise<void> {
  const opts = new Command('bench:derive')
    .description('Time the backing derivation on batches of a loaded store: as the load runs it, and without its writes.')
    .option('--scale <scale>', `one of ${Object.keys(SCALES).join(', ')} (its store must be loaded: npm run bench:load)`, '10k')
    .option('--rounds <n>', 'rounds of each', '4')
    .parse(process.argv)
    .opts<{ scale: string; rounds: string }>();
  const db = await openBenchDatabase(opts.scale, (m) => process.stderr.write(`${m}\n`));
  const driver = neo4j.driver(db.uri, undefined, { disableLosslessIntegers: true });
  try {
    const derive = loadCypherCatalog().get('backing/derive')!;
    const create = derive.indexOf('CREATE (target)-[:BACKS');
    if (create < 0) throw new Error('backing/derive has no CREATE (target)-[:BACKS ...: update bench/deriveSplit.ts');
    const compute = `${derive.slice(0, create)}RETURN count(*) AS derived`;
    const ids = (await driver.executeQuery('MATCH (p:Practice) RETURN p.id AS id ORDER BY id', {}, { database: 'neo4j' })).records.map(
      (r) => r.get('id') as string,
    );
    const batches = Math.floor(ids.length / 1000);
    const time = async (cypher: string, batch: number): Promise<{ ms: number; edges: number }> => {
      const practiceIds = ids.slice((batch % batches) * 1000, (batch % batches) * 1000 + 1000);
      const session = driver.session({ database: 'neo4j' });
      const tx = session.beginTransaction();
      try {
        const started = Date.now();
        const result = await tx.run(cypher, { practiceIds, withThemes: false });
        return { ms: Date.now() - started, edges: result.records[0]?.get('derived') as number };
      } finally {
        await tx.rollback();
        await session.close();
      }
    };
    for (let round = 1; round <= Number(opts.rounds); round += 1) {
      // The same batch both ways: its practices' edges are what is written.
      const d = await time(derive, round);
      const c = await time(compute, round);
      process.stdout.write(`round ${round}: derive ${d.ms} ms (${d.edges} edges) · compute only ${c.ms} ms (${c.edges} edges) · writing ${d.ms - c.ms} ms\n`);
    }
  } finally {
    await driver.close();
    await db.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

import { Command } from 'commander';
import type { BackingEdge } from '../src/backing/backingRule';
import { readBackingRule, writeBackings } from '../src/backing/rederiveBackings';
import type { BackingSubject } from '../src/backing/backingRule';
import { openBenchDatabase, SCALES } from './benchDatabase';

// `npm run bench:derive -- --scale 10k`: where the load's backings step (src/backing/) spends its
// time. On batches of 1,000 practices of a loaded store, each in a transaction rolled back so the
// store is left as it was, it times the step's three parts as the load runs them:
//   - read: deleting the batch's BACKS edges and reading its practices with the edges the rule follows;
//   - rule: the rule itself, in this process;
//   - write: writing the edges it derived, with all their properties.
// A new batch each round (Neo4j's JIT warms over the first rounds).

/** Thrown to roll a measured transaction back. */
class RollBack extends Error {}

async function main(): Promise<void> {
  const opts = new Command('bench:derive')
    .description("Time the backings step's parts (read, rule, write) on batches of a loaded store, each rolled back.")
    .option('--scale <scale>', `one of ${Object.keys(SCALES).join(', ')} (its store must be loaded: npm run bench:load)`, '10k')
    .option('--rounds <n>', 'rounds', '4')
    .parse(process.argv)
    .opts<{ scale: string; rounds: string }>();
  const db = await openBenchDatabase(opts.scale, (m) => process.stderr.write(`${m}\n`));
  try {
    const ids = (await db.executor.read<{ id: string }>('practice/allIds')).map((r) => r.id).sort();
    const batches = Math.floor(ids.length / 1000);
    if (batches === 0) throw new Error(`the ${opts.scale} store holds ${ids.length} practices: load it first (npm run bench:load -- --scale ${opts.scale})`);
    for (let round = 1; round <= Number(opts.rounds); round += 1) {
      const practiceIds = ids.slice((round % batches) * 1000, (round % batches) * 1000 + 1000);
      const ms = { read: 0, rule: 0, write: 0, edges: 0 };
      await db.executor
        .writeTransaction(async (tx) => {
          const rule = await readBackingRule(tx);
          let started = Date.now();
          await tx.run('backing/clear', { practiceIds, withThemes: false });
          const subjects = await tx.run<BackingSubject>('backing/subjects', { practiceIds });
          ms.read = Date.now() - started;
          started = Date.now();
          const edges: BackingEdge[] = subjects.flatMap((s) => rule.practiceBackings(s));
          ms.rule = Date.now() - started;
          started = Date.now();
          await writeBackings(tx, edges);
          ms.write = Date.now() - started;
          ms.edges = edges.length;
          throw new RollBack();
        })
        .catch((err: unknown) => {
          if (!(err instanceof RollBack)) throw err;
        });
      process.stdout.write(`round ${round}: read ${ms.read} ms · rule ${ms.rule} ms · write ${ms.write} ms (${ms.edges} edges)\n`);
    }
  } finally {
    await db.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

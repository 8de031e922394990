import { Command } from 'commander';
import { loadScale, openBenchDatabase } from './benchDatabase';

// `npm run bench:load -- --scale 100k`: generates and loads a synthetic catalogue, with a progress
// bar, and reports how long it took and how many nodes and relationships a second it wrote.
async function main(): Promise<void> {
  const opts = new Command('bench:load').option('--scale <scale>', '1k, 10k or 100k', '10k').parse(process.argv).opts<{ scale: string }>();
  const db = await openBenchDatabase(opts.scale, (m) => process.stderr.write(`${m}\n`));
  try {
    const figures = await loadScale(db, opts.scale, (line) => process.stderr.write(`\r${line}\u001b[K`));
    process.stderr.write('\n');
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await db.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

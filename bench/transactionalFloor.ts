import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { inParallel } from '../src/load/inParallel';
import { openBenchDatabase } from './benchDatabase';
import { ARRAY_DELIMITER } from './importCsv';

// `npm run bench:txfloor -- --scale 100k`: the least a transactional load of the same graph
// costs. `bench:import` measures the physical limit, an offline importer writing store files with
// no transactions; our load must be transactional (it runs against a live database, embedded or
// Aura, and a batch either commits or not). This floor loads the very CSV files bench:import wrote
// (every node and relationship, the BACKS edges with all their properties) into a fresh store
// over Bolt with the least Cypher there is: UNWIND ... CREATE, each row a list of values (no map
// keys repeated), no MERGE, no tombstone checks, no provenance stamps, no derivation. The same
// schema as ours is in place first (its unique constraints and full-text indexes are what the
// API reads with). A relationship finds its ends by the internal ids their CREATE returned (the
// deprecated id(), the cheapest lookup there is). It runs as many sessions as our load does.

interface Column {
  key: string;
  parse: (cell: string) => unknown;
}

const scalar: Record<string, (cell: string) => unknown> = {
  string: (c) => c,
  long: (c) => neo4j.int(c),
  double: (c) => Number(c),
  boolean: (c) => c === 'true',
};

/** The importer's header (`name:type`, `name:type[]`) as columns; an empty cell is no property, as for the importer. */
function columnsOf(header: string[]): Column[] {
  return header.map((h) => {
    const [key = h, type = 'string'] = h.split(':');
    const list = type.endsWith('[]');
    const one = scalar[list ? type.slice(0, -2) : type] ?? scalar.string!;
    return { key, parse: (cell) => (cell === '' ? null : list ? cell.split(ARRAY_DELIMITER).map(one) : one(cell)) };
  });
}

const ident = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

async function main(): Promise<void> {
  const opts = new Command('bench:txfloor')
    .description('Load the CSV files bench:import wrote into a fresh store over Bolt, with the least Cypher there is, and time it.')
    .option('--scale <scale>', '1k, 10k or 100k (bench:import must have run at this scale)', '10k')
    .option('--sessions <n>', 'transactions at once (our load runs 2)', '2')
    .option('--batch <rows>', 'rows per transaction (our load: 10,000 per batch, 1,000 practices per derivation batch)', '10000')
    .option('--ours <seconds>', "the project's load time of the same scale, for the ratio")
    .option('--import <seconds>', "bench:import's time of the same scale, for the ratio")
    .parse(process.argv)
    .opts<{ scale: string; sessions: string; batch: string; ours?: string; import?: string }>();
  const csvDir = path.join(__dirname, 'tmp', `import-${opts.scale}`, 'csv');
  if (!fs.existsSync(csvDir)) throw new Error(`no CSV files in ${csvDir}: run npm run bench:import -- --scale ${opts.scale} first`);
  const files = fs.readdirSync(csvDir).filter((f) => f.endsWith('.csv'));
  // Every node before any relationship, as the importer does.
  const ordered = [...files.filter((f) => f.startsWith('nodes-')), ...files.filter((f) => f.startsWith('relationships-'))];
  const store = path.join(__dirname, 'tmp', `txfloor-${opts.scale}`);
  fs.rmSync(store, { recursive: true, force: true });
  const db = await openBenchDatabase(opts.scale, (m) => process.stderr.write(`${m}\n`), store);
  const driver = neo4j.driver(db.uri, undefined, { disableLosslessIntegers: true });
  let retries = 0;
  try {
    await db.executor.runSchema('schema/constraints');
    // The CSV's node keys to a number, and that number to the node's id in the new store.
    const keys = new Map<string, number>();
    const ids = new Map<number, number>();
    const batchSize = Number(opts.batch);
    let nodes = 0;
    let relationships = 0;
    // Only the writing is timed: each file is read into batches first, as our load builds its
    // rows before its first transaction. Reading the CSV on the same two cores would slow the floor.
    let seconds = 0;
    for (const file of ordered) {
      const isNodes = file.startsWith('nodes-');
      const parser = fs.createReadStream(path.join(csvDir, file)).pipe(parse());
      let columns: Column[] | null = null;
      let cypher = '';
      const batches: unknown[][][] = [[]];
      for await (const record of parser as AsyncIterable<string[]>) {
        // Node files: :ID, :LABEL, properties; relationship files: :START_ID, :END_ID, :TYPE, properties.
        const first = isNodes ? 2 : 3;
        if (!columns) {
          columns = columnsOf(record.slice(first));
          continue;
        }
        if (!cypher) {
          // A file is one label set or one relationship type: it goes into the statement, as a loader's would.
          const sets = columns.map((c, i) => `x.${ident(c.key)} = row[${i + (isNodes ? 1 : 2)}]`).join(', ');
          cypher = isNodes
            ? `UNWIND $rows AS row CREATE (x:${(record[1] ?? '').split(ARRAY_DELIMITER).map(ident).join(':')})${sets ? ` SET ${sets}` : ''} RETURN row[0] AS key, id(x) AS id`
            : `UNWIND $rows AS row MATCH (a) WHERE id(a) = row[0] MATCH (b) WHERE id(b) = row[1] CREATE (a)-[x:${ident(record[2] ?? '')}]->(b)${sets ? ` SET ${sets}` : ''}`;
        }
        const cells = columns.map((c, i) => c.parse(record[i + first] ?? ''));
        let batch = batches[batches.length - 1]!;
        if (batch.length >= batchSize) batches.push((batch = []));
        if (isNodes) {
          keys.set(record[0] ?? '', keys.size);
          batch.push([keys.size - 1, ...cells]);
          nodes += 1;
        } else {
          batch.push([ids.get(keys.get(record[0] ?? '') ?? -1), ids.get(keys.get(record[1] ?? '') ?? -1), ...cells]);
          relationships += 1;
        }
      }
      const started = Date.now();
      // The load's own worker pool: the same sessions at once, a deadlocked batch run again.
      await inParallel(
        batches.filter((batch) => batch.length > 0),
        async (batch) => {
          // An explicit transaction, as the executor's: a deadlock is run again by the pool, and counted.
          const session = driver.session({ database: 'neo4j' });
          const tx = session.beginTransaction();
          try {
            const result = await tx.run(cypher, { rows: batch });
            await tx.commit();
            // Every node is in (and its id known) before the first relationship: files are written one after the other.
            if (isNodes) for (const r of result.records) ids.set(r.get('key') as number, r.get('id') as number);
          } finally {
            if (tx.isOpen()) await tx.rollback().catch(() => undefined);
            await session.close();
          }
        },
        () => {},
        () => (retries += 1),
        Number(opts.sessions),
      );
      seconds += (Date.now() - started) / 1000;
      process.stderr.write(`\r${file}: ${nodes} nodes, ${relationships} relationships, ${seconds.toFixed(0)} s writing\u001b[K`);
    }

    process.stderr.write('\n');
    const [counts] = (
      await driver.executeQuery(
        'MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
        {},
        { database: 'neo4j' },
      )
    ).records;
    const ours = opts.ours ? Number(opts.ours) : null;
    const imported = opts.import ? Number(opts.import) : null;
    process.stdout.write(
      `${JSON.stringify(
        {
          scale: opts.scale,
          sessions: Number(opts.sessions),
          batch: batchSize,
          nodes,
          relationships,
          inStore: { nodes: counts?.get('nodes') as number, relationships: counts?.get('relationships') as number },
          deadlockRetries: retries,
          transactionalFloorSeconds: seconds,
          oursSeconds: ours,
          importSeconds: imported,
          ratioOursToFloor: ours ? Math.round((ours / seconds) * 100) / 100 : null,
          ratioFloorToImport: imported ? Math.round((seconds / imported) * 100) / 100 : null,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await driver.close();
    await db.stop();
    // The floor's store is only for this measurement, and as large as the scale's own.
    fs.rmSync(store, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

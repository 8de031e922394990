import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { ensureLauncherBuilt } from '../src/db/neo4jLauncherBuild';
import { loadScale, openBenchDatabase } from './benchDatabase';
import { ARRAY_DELIMITER, writeImportCsv } from './importCsv';

// `npm run bench:import -- --scale 10k`: the physical limit of loading the same graph. Loads the
// scale through the project's loader (skipped when its store already holds it), writes every
// node and relationship, the derived BACKS edges with all their properties included, to CSV,
// and times `neo4j-admin database import full` (Neo4j 5.26's importer, already on the embedded
// launcher's classpath) into a fresh store. Prints the figures and, given the loader's seconds
// (`--ours`, from `npm run bench:load`), the ratio ours/import.

function runImporter(classpath: string, home: string, args: string[]): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      'java',
      [
        '-Xmx2g',
        '-cp',
        classpath,
        'org.neo4j.cli.AdminTool',
        'database',
        'import',
        'full',
        '--overwrite-destination',
        '--multiline-fields=true',
        `--array-delimiter=U+001F`,
        '--max-off-heap-memory=2g',
        // Its report of bad rows goes beside the CSV, not into the working directory.
        `--report-file=${path.join(home, 'import.report')}`,
        ...args,
      ],
      { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve((Date.now() - started) / 1000) : reject(new Error(`neo4j-admin database import exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const opts = new Command('bench:import')
    .option('--scale <scale>', '1k, 10k or 100k', '10k')
    .option('--ours <seconds>', "the project's load time of the same scale, for the ratio")
    .parse(process.argv)
    .opts<{ scale: string; ours?: string }>();
  if (ARRAY_DELIMITER !== '\u001f') throw new Error('the importer is told U+001F separates list elements');
  const tmp = path.join(__dirname, 'tmp', `import-${opts.scale}`);
  const db = await openBenchDatabase(opts.scale, (m) => process.stderr.write(`${m}\n`));
  let csv;
  let loaded;
  try {
    loaded = await loadScale(db, opts.scale, () => {});
    const started = Date.now();
    csv = await writeImportCsv(db.executor, path.join(tmp, 'csv'));
    process.stderr.write(
      `CSV written in ${((Date.now() - started) / 1000).toFixed(1)} s: ${csv.nodes} nodes, ${csv.relationships} relationships, ${csv.backs} BACKS (checksum ${csv.backsChecksum})\n`,
    );
  } finally {
    await db.stop();
  }
  const home = path.join(tmp, 'home');
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
  const build = await ensureLauncherBuilt();
  const seconds = await runImporter(build.classpath, home, csv.args);
  const ours = opts.ours ? Number(opts.ours) : loaded.skipped ? undefined : loaded.seconds;
  const figures = {
    scale: opts.scale,
    nodes: csv.nodes,
    relationships: csv.relationships,
    backs: csv.backs,
    backsChecksum: csv.backsChecksum,
    // The whole importer run: JVM start, the import, its index-free store.
    importSeconds: seconds,
    oursSeconds: ours ?? null,
    ratioOursToImport: ours ? Math.round((ours / seconds) * 10) / 10 : null,
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { p50Chart, type StoredRun } from './p50Chart';
import { SCALES } from './benchDatabase';

// `npm run bench:chart`: draws bench/results/p50-by-scale.svg from the results files of `npm run
// bench` (<scale>.json for each scale present, and <scale>-uncached.json), so the chart always
// shows the committed figures. A scale without a file is left out.

function readRun(file: string): StoredRun | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as StoredRun;
}

function main(): void {
  const opts = new Command('bench:chart')
    .description('Draw p50 per research query against scale from the benchmark results.')
    .option('--results <dir>', 'results folder', path.join(__dirname, 'results'))
    .option('--out <file>', 'SVG to write (default: <results>/p50-by-scale.svg)')
    .parse(process.argv)
    .opts<{ results: string; out?: string }>();
  const present = (suffix: string) =>
    Object.keys(SCALES)
      .map((scale) => readRun(path.join(opts.results, `${scale}${suffix}.json`)))
      .filter((r): r is StoredRun => r !== undefined);
  const cached = present('');
  const uncached = present('-uncached');
  if (cached.length + uncached.length === 0) throw new Error(`no results in ${opts.results}: run \`npm run bench -- --scale 1k\` first`);
  const out = opts.out ?? path.join(opts.results, 'p50-by-scale.svg');
  fs.writeFileSync(out, p50Chart(cached, uncached));
  process.stderr.write(
    `wrote ${out} (${cached.map((r) => r.meta.scale).join(', ')}${uncached.length ? `; without the cache: ${uncached.map((r) => r.meta.scale).join(', ')}` : ''})\n`,
  );
}

main();

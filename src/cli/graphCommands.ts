import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXPORT_FORMATS, exportChunks, type ExportFormat } from '../export/exportFormats';
import { filterFromQuery } from '../export/filterFromQuery';
import { buildLoadPlan } from '../load/buildLoadPlan';
import { loadGraph } from '../load/loadGraph';
import { practiceFilterParams } from '../practice/practiceFilter';
import { openCliSession } from './cliDatabase';
import { textTable } from './textTable';

/** Where commands write: results to stdout, progress and remarks to stderr. */
export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Writes a piece of a result as it is (no line break added), resolving when it may take more. */
  write: (text: string) => Promise<void>;
  /** Progress on one line (overwritten), for terminals. */
  progress: (text: string) => void;
}

/** `kg load`: applies constraints and indexes and loads the seed graph, with progress. */
export async function loadCommand(opts: { force?: boolean; seeds?: string }, io: CliOutput): Promise<void> {
  const plan = buildLoadPlan({ seedsDir: opts.seeds });
  io.err(`seeds checked: ${plan.files.length} files, ${plan.practiceIds.length} practices`);
  const session = await openCliSession(io.err);
  try {
    await session.db.executor.runSchema('schema/constraints');
    const report = await loadGraph(session.db.executor, plan, {
      force: opts.force,
      onProgress: (done, total, step) => io.progress(`loading ${done}/${total} rows (${step})`),
    });
    io.out(report.skipped ? 'The graph already holds these seeds (use --force to reload).' : `Loaded ${report.rows} rows in ${report.seconds.toFixed(1)} s.`);
  } finally {
    await session.close();
  }
}

/** `kg stats`: what the graph holds. */
export async function statsCommand(opts: { json?: boolean }, io: CliOutput): Promise<void> {
  const session = await openCliSession(io.err);
  try {
    const [row] = await session.db.executor.read<{
      nodes: Array<{ label: string; count: number }>;
      relationships: Array<{ type: string; count: number }>;
      bases: Array<{ basis: string; count: number }>;
      loadedAt: string[];
    }>('stats/graph');
    if (!row) return;
    if (opts.json) return io.out(JSON.stringify(row, null, 2));
    io.out(
      textTable(
        ['node label', 'count'],
        row.nodes.map((n) => [n.label, n.count]),
      ),
    );
    io.out('');
    io.out(
      textTable(
        ['relationship type', 'count'],
        row.relationships.map((r) => [r.type, r.count]),
      ),
    );
    io.out('');
    io.out(
      textTable(
        ['basis', 'relationships'],
        row.bases.map((b) => [b.basis, b.count]),
      ),
    );
    if (row.loadedAt[0]) io.out(`\nseed graph loaded at ${row.loadedAt[0]}`);
  } finally {
    await session.close();
  }
}

/** `kg query <file.graphql>`: runs an operation as the API would and prints its JSON result. */
export async function queryCommand(file: string, opts: { variables?: string; token?: string }, io: CliOutput): Promise<boolean> {
  const query = fs.readFileSync(file, 'utf8');
  let variables: Record<string, unknown> = {};
  if (opts.variables) {
    const text = opts.variables.startsWith('@') ? fs.readFileSync(opts.variables.slice(1), 'utf8') : opts.variables;
    try {
      variables = JSON.parse(text) as Record<string, unknown>;
    } catch (err) {
      throw new UsageError(`--variables is not JSON: ${(err as Error).message}`);
    }
  }
  const session = await openCliSession(io.err);
  try {
    const result = await session.graphql(query, variables, opts.token ? `Bearer ${opts.token}` : undefined);
    io.out(JSON.stringify(result, null, 2));
    return !result.errors?.length;
  } finally {
    await session.close();
  }
}

/**
 * `kg export <format>`: the same exports as GET /export/*, to a file or stdout, written piece by
 * piece as the database streams the rows (an export never sits whole in memory). On stdout it
 * ends with a line break.
 */
export async function exportCommand(format: string, opts: Record<string, unknown> & { out?: string }, io: CliOutput): Promise<void> {
  if (!(format in EXPORT_FORMATS)) throw new UsageError(`unknown format ${JSON.stringify(format)}; one of ${Object.keys(EXPORT_FORMATS).join(', ')}`);
  const session = await openCliSession(io.err);
  try {
    const filter = practiceFilterParams(filterFromQuery(opts), await session.services.reference.get(), 'filter');
    const chunks = exportChunks(format as ExportFormat, session.db.executor, filter);
    if (opts.out) {
      let bytes = 0;
      const counted = async function* () {
        for await (const chunk of chunks) {
          bytes += Buffer.byteLength(chunk);
          yield chunk;
        }
      };
      await pipeline(Readable.from(counted()), fs.createWriteStream(opts.out));
      io.err(`wrote ${opts.out} (${bytes} bytes)`);
    } else {
      let last = '';
      for await (const chunk of chunks) {
        await io.write(chunk);
        if (chunk) last = chunk;
      }
      if (!last.endsWith('\n')) await io.write('\n');
    }
  } finally {
    await session.close();
  }
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

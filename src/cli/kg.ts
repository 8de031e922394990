import { Command, CommanderError, Option } from 'commander';
import { CodedError } from '../errors/domainErrors';
import { ErrorCode } from '../errors/errorCodes';
import { exportCommand, loadCommand, queryCommand, statsCommand, UsageError, type CliOutput } from './graphCommands';
import { backupCommand, restoreCommand } from './backupCommands';
import { cypherListCommand, cypherShowCommand } from './cypherCommand';
import { gapsCommand, type GapsOptions } from './gapsCommand';
import { runIngest, type IngestOptions } from './ingestCommand';
import { curationExportCommand, curationReplayCommand, curationStatusCommand } from './curationCommand';
import { DEFAULT_BACKUP_ATTEMPTS } from '../backup/writeBackup';

const FILTER_OPTIONS: Array<[string, string]> = [
  ['--countries <ids>', 'implementing countries, comma-separated ISO alpha-3 (MEX,PHL)'],
  ['--involved-countries <ids>', 'implementing, concerned or STATE-partner countries'],
  ['--themes <ids>', 'themes (violence,health,decent-work,detention)'],
  ['--instruments <ids>', 'instruments backing the practices (ICESCR,ILO-C29)'],
  ['--partners <ids>', 'partner ids'],
  ['--partner-kinds <kinds>', 'partner kinds (NGO,INTERNATIONAL_ORGANIZATION,...)'],
  ['--groups <ids>', 'groups (women,children,...)'],
  ['--stages <ids>', 'stages (origin,transit,destination,return)'],
  ['--objectives <ids>', 'Global Compact objectives (GCM-1 ... GCM-23)'],
  ['--targets <ids>', 'SDG targets (SDG-8.7,SDG-10.7,...)'],
  ['--text <query>', 'full-text query on title, summary and tags'],
];

/** The `kg` command line: every command has --help; exit 0 on success, 1 on failure, 2 on misuse. */
export function buildCli(io: CliOutput): Command {
  const program = new Command('kg')
    .description(
      'Migrant-rights knowledge graph: ingest sources, load the graph, query it, export it, back it up and restore it, list partnership gaps, show its Cypher.\nUses NEO4J_URI when set, else the embedded Neo4j that `npm start` runs on the store, else an embedded Neo4j of its own (see README, "Configuration").',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) });

  program
    .command('ingest')
    .description('Parse a document in the GFMD annex format and write its graph seed (JSON) for review')
    .argument('<file>', 'the document (UTF-8 text)')
    .option('-o, --out <path>', 'where to write the seed (default: from seeds/documents.yaml, else seeds/graph/<id>.json)')
    .option('--id <id>', 'document id (default: from seeds/documents.yaml, else the file name)')
    .option('--title <title>', 'document title')
    .option('--year <year>', 'publication year')
    .option('--framework <path>', 'framework citations file (GROUNDS/CITES) to resolve against the document')
    .option('--no-framework', 'do not resolve framework citations')
    .action((file: string, opts: IngestOptions) => {
      runIngest(file, opts, (line) => io.out(line));
    });

  program
    .command('load')
    .description('Apply constraints and indexes and load the seed graph, then seeds/curated/ (one transaction; skipped when the seeds are unchanged)')
    .option('--force', 'load even if these seeds are already loaded')
    .option('--seeds <dir>', 'a seeds folder other than the project’s')
    .action((opts: { force?: boolean; seeds?: string }) => loadCommand(opts, io));

  program
    .command('stats')
    .description('Count nodes by label and relationships by type and basis')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => statsCommand(opts, io));

  program
    .command('query')
    .description('Run a GraphQL operation from a file, as the API would, and print the JSON result (exit 1 if it has errors)')
    .argument('<file>', 'a .graphql file')
    .option('--variables <json>', 'variables as JSON, or @file.json')
    .option('--token <token>', 'the curator token, for mutations')
    .action(async (file: string, opts: { variables?: string; token?: string }) => {
      if (!(await queryCommand(file, opts, io))) process.exitCode = 1;
    });

  program
    .command('backup')
    .description('Write the whole graph (nodes, relationships, every property) to one gzipped, versioned file with counts and a checksum')
    .requiredOption('-o, --out <file>', 'the backup file to write (e.g. backups/kg-2026-01-31.jsonl.gz)')
    .option('--attempts <n>', `how many times to read the graph in search of a moment without writes (default ${DEFAULT_BACKUP_ATTEMPTS})`)
    .option('--force', 'replace the file if it exists')
    .action((opts: { out: string; attempts?: string; force?: boolean }) => backupCommand(opts, io));

  program
    .command('restore')
    .description('Check a backup file whole, then load it into an empty database, with the constraints and indexes')
    .argument('<file>', 'a file written by `kg backup`')
    .option('--force', 'delete everything in a non-empty database first')
    .action((file: string, opts: { force?: boolean }) => restoreCommand(file, opts, io));

  const exporter = program
    .command('export')
    .description('Export practices or the graph around them: csv, graphml, gexf or jsonld')
    .argument('<format>', 'csv | graphml | gexf | jsonld')
    .option('-o, --out <file>', 'write to a file instead of stdout');
  for (const [flags, help] of FILTER_OPTIONS) exporter.option(flags, help);
  exporter.action((format: string, opts: Record<string, unknown>) => exportCommand(format, opts, io));

  program
    .command('gaps')
    .description(
      'Partnership gaps as tables: (a) no partner of a kind, (b) empty theme × group cells, (c) unbacked instruments, (d) treaties not ratified or unknown, (e) candidate partners, (f) Compact objectives without a practice',
    )
    .addOption(new Option('--kind <kinds>', 'which questions, comma-separated (default: a,b,d)'))
    .option('--country <id>', 'a country (ISO alpha-3); several for a, d: comma-separated; one for c, e, f')
    .option('--theme <id>', 'a theme id; several for a, b, c, d: comma-separated')
    .option('--group <ids>', 'groups, for b')
    .option('--instrument <ids>', 'instruments, for d')
    .option('--as-of <year>', 'for d: the gaps as they stood in that year (e.g. 2015, the paper’s); default: latest')
    .option('--partner-kind <kind>', 'partner kind, for a (default NGO), e and f')
    .option('--json', 'print JSON')
    .action((opts: GapsOptions) => gapsCommand(opts, io));

  const curation = program
    .command('curation')
    .description('The curation record (KG_CURATION_JOURNAL, data/curation/journal.jsonl): export the curated state as seeds, replay the journal, check it');
  curation
    .command('export')
    .description(
      'Write the curated practices, links and removals to seeds/curated/curation.yaml (sorted, for review); `kg load` applies it after the paper’s seeds',
    )
    .option('-o, --out <file>', 'another file')
    .action((opts: { out?: string }) => curationExportCommand(opts, io));
  curation
    .command('replay')
    .description(
      'Apply the journal’s committed changes the database lacks, in commit order, with their curators and times (after a lost store: seeds loaded, then this)',
    )
    .action(() => curationReplayCommand(io));
  curation
    .command('status')
    .description('Settle the changes a crash left open, count the journal’s changes, and say whether the database holds them all')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => curationStatusCommand(opts, io));

  const cypher = program
    .command('cypher')
    .description('The Cypher statements as they run (fragments spliced in, variant slots filled), from cypher/ alone: no database');
  cypher
    .command('list')
    .description('Print the name of every statement, one a line')
    .option('--including <fragment>', 'only the statements this fragment is spliced into (practice/_conditions)')
    .action((opts: { including?: string }) => cypherListCommand(opts, io));
  cypher
    .command('show')
    .description(
      'Print one statement as the executor sends it to Neo4j, a part between "// @when $param" and "// @end" only when that parameter is set; an unknown name is exit 2, with close names',
    )
    .argument('<name>', 'a name from `kg cypher list` (practice/count, practice/pageByTitle:TITLE_ASC)')
    .action((name: string) => cypherShowCommand(name, io));

  return program;
}

/** Runs the command line; resolves to the exit code. */
export async function run(argv: string[], io: CliOutput = defaultOutput()): Promise<number> {
  try {
    await buildCli(io).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    // A bad option value (an unknown theme or partner kind in a filter) is a misuse too.
    if (err instanceof UsageError || (err instanceof CodedError && err.extensions.code === ErrorCode.BAD_USER_INPUT)) {
      io.err(`error: ${err.message}`);
      return 2;
    }
    io.err(`error: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

function defaultOutput(): CliOutput {
  // A reader that stops early (`kg cypher list | head`) closes the pipe: what is left has no reader, so stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(0);
  });
  const tty = process.stderr.isTTY === true;
  let progressShown = false;
  const clear = () => {
    if (progressShown) process.stderr.write('\n');
    progressShown = false;
  };
  return {
    out: (t) => {
      clear();
      process.stdout.write(`${t}\n`);
    },
    err: (t) => {
      clear();
      process.stderr.write(`${t}\n`);
    },
    write: (t) => {
      clear();
      // Waits for stdout to drain when its buffer is full, so a large export streams through.
      return new Promise<void>((resolve, reject) => {
        if (process.stdout.write(t, (err) => (err ? reject(err) : undefined))) resolve();
        else process.stdout.once('drain', resolve);
      });
    },
    progress: (t) => {
      if (tty) {
        process.stderr.write(`\r${t}\u001b[K`);
        progressShown = true;
      }
    },
  };
}

if (require.main === module) {
  void run(process.argv).then((code) => process.exit(code));
}

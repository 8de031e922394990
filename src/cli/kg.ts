import { Command } from 'commander';
import { runIngest } from './ingestCommand';

/** `kg`: the project's command line (`npm run kg -- <command>`, or `npx kg`). */
export function buildCli(): Command {
  const program = new Command('kg')
    .description('Migrant-rights knowledge graph: ingest sources, load the graph, query it, export it, list gaps.')
    .showHelpAfterError('(run with --help for usage)');

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
    .action((file: string, opts) => {
      runIngest(file, opts, (line) => process.stdout.write(`${line}\n`));
    });

  return program;
}

if (require.main === module) {
  buildCli()
    .parseAsync(process.argv)
    .catch((err: unknown) => {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    });
}

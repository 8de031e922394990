import { compactCypher, readCypherStatements } from '../db/cypherCatalog';
import { closeNames } from './closeNames';
import { UsageError, type CliOutput } from './graphCommands';

/** Fails with the names close to `wanted`, for a name that is not one of `known`. */
function unknownName(what: string, wanted: string, known: readonly string[], hint: string): never {
  const close = closeNames(wanted, known);
  const suggestion = close.length ? `; close names:\n${close.map((n) => `  ${n}`).join('\n')}` : '';
  throw new UsageError(`no ${what} is named "${wanted}"${suggestion}\n(${hint})`);
}

/**
 * `kg cypher list`: the name of every statement, one a line; with `including`, only the
 * statements a fragment is spliced into (what a change to it changes). Reads cypher/ only.
 */
export function cypherListCommand(opts: { including?: string }, io: CliOutput): void {
  const statements = readCypherStatements();
  const { including } = opts;
  if (including !== undefined) {
    const fragments = [...new Set(statements.flatMap((s) => s.fragments))].sort();
    if (!fragments.includes(including))
      unknownName('fragment', including, fragments, 'fragments are the files of cypher/ whose name starts with _, without .cypher');
  }
  for (const s of statements) if (including === undefined || s.fragments.includes(including)) io.out(s.name);
}

/**
 * `kg cypher show <name>`: a statement as the executor sends it: fragments spliced in, slots
 * filled, comment lines and indentation left out (its file, cypher/<name>.cypher, says why), and
 * its shape markers kept: a part between `// @when $param` and `// @end` is sent only when that
 * parameter is set (src/db/cypherShapes.ts).
 */
export function cypherShowCommand(name: string, io: CliOutput): void {
  const statements = readCypherStatements();
  const statement = statements.find((s) => s.name === name);
  if (!statement) {
    const into = statements.filter((s) => s.fragments.includes(name)).map((s) => `  ${s.name}`);
    if (into.length) throw new UsageError(`${name} is a fragment, not a statement; it is spliced into:\n${into.join('\n')}`);
    unknownName(
      'Cypher statement',
      name,
      statements.map((s) => s.name),
      '`kg cypher list` lists every name',
    );
  }
  io.out(compactCypher(statement.text));
}

import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { isShapeMarker, parseShapes } from './cypherShapes';
import { fillSlots, readVariants } from './cypherVariants';
import { QUERY_NAMES, type QueryName } from './queryNames';

/** The folder that holds every Cypher statement of the project. */
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** Statements by name: `<domain>/<file>` without `.cypher`, then `:<VARIANT>` for a file with variants. */
export type CypherCatalog = ReadonlyMap<QueryName, string>;

function listCypherFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listCypherFiles(path.join(dir, entry.name), rel);
    return entry.name.endsWith('.cypher') ? [rel.slice(0, -'.cypher'.length)] : [];
  });
}

const INCLUDE = /^[ \t]*\/\/[ \t]*@include[ \t]+(\S+)[ \t]*$/gm;

/** A whole comment line that is not a shape marker: left out of what is spliced and sent. */
const isPlainComment = (line: string): boolean => /^\s*\/\//.test(line) && !isShapeMarker(line);

/**
 * The statement as sent: without its comment lines and indentation. The driver packs and writes a
 * statement's text on every run (about a quarter of the server's CPU on a small answer, by the
 * profile), and a fifth of the 3.9 KB page statement was comments and indentation. Only whole
 * comment lines go (a `//` after code may sit in a string, 'https://…'); no statement has a
 * string literal across lines. The shape markers stay: the executor picks each run's shape by them
 * (see cypherShapes.ts) and sends none of them.
 */
export function compactCypher(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !isPlainComment(line))
    .join('\n');
}

/** A fragment is a file whose name starts with `_`: it is not a statement, only included. */
const isFragment = (name: string) => /(^|\/)_[^/]+$/.test(name);

function expand(name: string, dir: string, used: Set<string>, stack: string[] = []): string {
  if (stack.includes(name)) throw new Error(`cypher/${name}.cypher includes itself (${[...stack, name].join(' -> ')})`);
  const file = path.join(dir, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`cypher/${stack.at(-1) ?? name}.cypher includes ${name}, which has no file`);
  return fs.readFileSync(file, 'utf8').replace(INCLUDE, (_line, fragment: string) => {
    used.add(fragment);
    // Fragment comments would end up mid-statement; only their Cypher (and shape markers) is spliced in.
    return expand(fragment, dir, used, [...stack, name])
      .split('\n')
      .filter((line) => !isPlainComment(line))
      .join('\n')
      .trim();
  });
}

/** One statement as it runs: its name, the file it comes from, the fragments spliced into it. */
export interface CypherStatement {
  name: QueryName;
  file: string;
  fragments: string[];
  text: string;
}

/**
 * Reads every `.cypher` file once, splices in the fragments it includes (`// @include
 * practice/_filter`) and fills the slots of each of its variants (see cypherVariants.ts). Fails
 * when a name the code uses has no statement, or a file, variant or fragment is used by nothing,
 * so that a renamed or dead statement is caught at start-up, not in production.
 */
export function readCypherStatements(dir: string = CYPHER_DIR): CypherStatement[] {
  const all = listCypherFiles(dir);
  const usedFragments = new Set<string>();
  const found = new Map<string, Omit<CypherStatement, 'name'>>();
  for (const file of all.filter((f) => !isFragment(f))) {
    const fragments = new Set<string>();
    const expanded = expand(file, dir, fragments);
    fragments.forEach((f) => usedFragments.add(f));
    const variants = readVariants(file, expanded);
    for (const variant of variants.length ? variants : [null]) {
      const text = fillSlots(file, expanded, variant).trim();
      // A malformed or unbalanced shape marker fails here, at start-up, not on the shape that meets it.
      parseShapes(file, text);
      found.set(variant ? `${file}:${variant.name}` : file, { file, fragments: [...fragments].sort(), text });
    }
  }
  const known = new Set<string>(QUERY_NAMES);
  const missing = QUERY_NAMES.filter((n) => !found.has(n));
  const unused = [...found.keys()].filter((n) => !known.has(n));
  const unusedFragments = all.filter((f) => isFragment(f) && !usedFragments.has(f));
  if (missing.length || unused.length || unusedFragments.length) {
    const describe = (n: string) =>
      n.includes(':') ? `${n} (a "// @variant ${n.split(':')[1]}" line of cypher/${n.split(':')[0]}.cypher)` : `cypher/${n}.cypher`;
    const parts = [];
    if (missing.length) parts.push(`missing files: ${missing.map(describe).join(', ')}`);
    if (unused.length || unusedFragments.length) {
      parts.push(`files no code uses (add them to src/db/queryNames.ts or delete them): ${[...unused, ...unusedFragments].sort().map(describe).join(', ')}`);
    }
    throw new Error(`The Cypher catalog does not match the code: ${parts.join('; ')}`);
  }
  return QUERY_NAMES.map((name) => ({ name, ...found.get(name)! }));
}

/** The statements by name, as the executor runs them (see readCypherStatements), compacted. */
export function loadCypherCatalog(dir: string = CYPHER_DIR): CypherCatalog {
  return new Map(readCypherStatements(dir).map((s) => [s.name, compactCypher(s.text)] as const));
}

/** Splits a file of several `;`-terminated statements (used for schema files). */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

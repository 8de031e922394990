import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { QUERY_NAMES, type QueryName } from './queryNames';

/** The folder that holds every Cypher statement of the project. */
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** Statements by name (`<domain>/<file>` without `.cypher`). */
export type CypherCatalog = ReadonlyMap<QueryName, string>;

function listCypherFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listCypherFiles(path.join(dir, entry.name), rel);
    return entry.name.endsWith('.cypher') ? [rel.slice(0, -'.cypher'.length)] : [];
  });
}

const INCLUDE = /^[ \t]*\/\/[ \t]*@include[ \t]+(\S+)[ \t]*$/gm;

/** A fragment is a file whose name starts with `_`: it is not a statement, only included. */
const isFragment = (name: string) => /(^|\/)_[^/]+$/.test(name);

function expand(name: string, dir: string, used: Set<string>, stack: string[] = []): string {
  if (stack.includes(name)) throw new Error(`cypher/${name}.cypher includes itself (${[...stack, name].join(' -> ')})`);
  const file = path.join(dir, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`cypher/${stack.at(-1) ?? name}.cypher includes ${name}, which has no file`);
  return fs.readFileSync(file, 'utf8').replace(INCLUDE, (_line, fragment: string) => {
    used.add(fragment);
    // Fragment comments would end up mid-statement; only their Cypher is spliced in.
    return expand(fragment, dir, used, [...stack, name]).replace(/^\s*\/\/.*\n/gm, '').trim();
  });
}

/**
 * Reads every `.cypher` file once and splices in the fragments it includes (`// @include
 * practice/_filter`). Fails when a name the code uses has no file, or a file (or fragment) is
 * used by nothing, so that a renamed or dead statement is caught at start-up, not in production.
 */
export function loadCypherCatalog(dir: string = CYPHER_DIR): CypherCatalog {
  const all = listCypherFiles(dir);
  const files = new Set(all.filter((f) => !isFragment(f)));
  const known = new Set<string>(QUERY_NAMES);
  const missing = QUERY_NAMES.filter((n) => !files.has(n));
  const usedFragments = new Set<string>();
  const statements = QUERY_NAMES.filter((n) => files.has(n)).map((name) => [name, expand(name, dir, usedFragments).trim()] as const);
  const unused = [...[...files].filter((f) => !known.has(f)), ...all.filter((f) => isFragment(f) && !usedFragments.has(f))].sort();
  if (missing.length || unused.length) {
    const parts = [];
    if (missing.length) parts.push(`missing files: ${missing.map((n) => `cypher/${n}.cypher`).join(', ')}`);
    if (unused.length) parts.push(`files no code uses (add them to src/db/queryNames.ts or delete them): ${unused.map((n) => `cypher/${n}.cypher`).join(', ')}`);
    throw new Error(`The Cypher catalog does not match the code: ${parts.join('; ')}`);
  }
  return new Map(statements);
}

/** Splits a file of several `;`-terminated statements (used for schema files). */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

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

/**
 * Reads every `.cypher` file once. Fails when a name the code uses has no file, or a file is
 * used by no code, so that a renamed or dead statement is caught at start-up, not in production.
 */
export function loadCypherCatalog(dir: string = CYPHER_DIR): CypherCatalog {
  const files = new Set(listCypherFiles(dir));
  const known = new Set<string>(QUERY_NAMES);
  const missing = QUERY_NAMES.filter((n) => !files.has(n));
  const unused = [...files].filter((f) => !known.has(f)).sort();
  if (missing.length || unused.length) {
    const parts = [];
    if (missing.length) parts.push(`missing files: ${missing.map((n) => `cypher/${n}.cypher`).join(', ')}`);
    if (unused.length) parts.push(`files no code uses (add them to src/db/queryNames.ts or delete them): ${unused.map((n) => `cypher/${n}.cypher`).join(', ')}`);
    throw new Error(`The Cypher catalog does not match the code: ${parts.join('; ')}`);
  }
  return new Map(QUERY_NAMES.map((name) => [name, fs.readFileSync(path.join(dir, `${name}.cypher`), 'utf8').trim()]));
}

/** Splits a file of several `;`-terminated statements (used for schema files). */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';

/** The folder of the SDL files, one per domain. */
export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** Reads every `schema/*.graphql` file, in name order, as one SDL string. */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

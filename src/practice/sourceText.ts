import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { NotFoundError } from '../errors/domainErrors';

const cache = new Map<string, string[]>();

/**
 * The exact text of lines `from`..`to` (1-based, inclusive) of a source document, read from the
 * project's copy (`file` is relative to the project root, as the Document node records it).
 */
export function sourceLines(file: string, from: number, to: number): string {
  let lines = cache.get(file);
  if (!lines) {
    const abs = path.resolve(PROJECT_ROOT, file);
    if (!abs.startsWith(PROJECT_ROOT + path.sep) || !fs.existsSync(abs)) throw new NotFoundError('source file', file);
    lines = fs.readFileSync(abs, 'utf8').split(/\r?\n/);
    cache.set(file, lines);
  }
  return lines.slice(from - 1, to).join('\n');
}

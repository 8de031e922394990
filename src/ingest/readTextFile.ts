import fs from 'node:fs';
import path from 'node:path';
import { SourceError } from './SourceError';

/** A text file split into lines; `lines[0]` is line 1. */
export interface TextFile {
  /** The path as given, used in messages and evidence. */
  file: string;
  text: string;
  lines: string[];
}

/**
 * Reads a file that must be UTF-8. A byte sequence that is not UTF-8 (a Latin-1 or Windows-1252
 * export, say) is reported with its line, instead of being silently turned into U+FFFD.
 */
export function readTextFile(file: string, displayPath = path.relative(process.cwd(), file) || file): TextFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new SourceError(displayPath, undefined, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    throw new SourceError(displayPath, line, 'the file is not valid UTF-8 (re-save it as UTF-8)');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  return { file: displayPath, text, lines };
}

function firstInvalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line += 1;
      start = i + 1;
    }
  }
  return line;
}

import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { readTextFile } from './readTextFile';
import { SourceError } from './SourceError';

/** A problem found after the schema passed: a reference to something unknown, a duplicate. */
export interface DataIssue {
  path: Array<string | number>;
  message: string;
}

/**
 * Reads a YAML or JSON data file (JSON is read as YAML, which it is) and validates it with
 * `schema`, then with `check` (references, duplicates). Every error names the file and the
 * line of the offending value, and quotes it.
 */
export function readDataFile<S extends z.ZodType>(file: string, schema: S, displayPath?: string, check?: (data: z.infer<S>) => DataIssue[]): z.infer<S> {
  const { text, file: shown } = readTextFile(file, displayPath);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0].line ?? lineCounter.linePos(first.pos[0]).line;
    throw new SourceError(shown, line, `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${first.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS());
  let issue: DataIssue;
  if (parsed.success) {
    const problems = check?.(parsed.data) ?? [];
    if (problems.length === 0) return parsed.data;
    issue = problems[0]!;
  } else {
    const first = parsed.error.issues[0]!;
    issue = { path: first.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: first.message };
  }
  const path = issue.path;
  let line: number | undefined;
  // The value itself may be missing (a missing field): fall back to its nearest parent.
  for (let depth = path.length; depth >= 0 && line === undefined; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
  }
  const value = doc.getIn(path);
  const where = path.length
    ? path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, '')
    : '(root)';
  const quoted = value === undefined ? '' : ` (found ${JSON.stringify(value)?.slice(0, 120)})`;
  throw new SourceError(shown, line, `${where}: ${issue.message}${quoted}`);
}

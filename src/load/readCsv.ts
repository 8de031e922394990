import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { readTextFile } from '../ingest/readTextFile';
import { SourceError } from '../ingest/SourceError';

/** One data row of a CSV table, by its header's column names, with the line it ends on. */
export interface CsvRecord {
  record: Record<string, string>;
  line: number;
}

/**
 * The rows of a CSV table with a header line, values trimmed, blank lines skipped. A malformed
 * table fails with its file and line. `shortRows` accepts rows that stop before the last columns
 * (the UN tables leave trailing empty columns out).
 */
export function readCsv(file: string, shown: string, options: { shortRows?: boolean } = {}): CsvRecord[] {
  const { text } = readTextFile(file, shown);
  try {
    const records: Array<{ record: Record<string, string>; info: { lines: number } }> = parse(text, {
      columns: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count_less: options.shortRows === true,
      trim: true,
    });
    return records.map(({ record, info }) => ({ record, line: info.lines }));
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw new SourceError(shown, e.lines, `not a valid CSV: ${e.message}`);
  }
}

/** `record` checked by `schema`; the first problem fails with file, line, column and the value found. */
export function checkCsvRow<S extends z.ZodType>(schema: S, { record, line }: CsvRecord, shown: string): z.infer<S> {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const column = String(issue.path[0] ?? '');
  throw new SourceError(shown, line, `column "${column}": ${issue.message} (found ${JSON.stringify(record[column])})`);
}

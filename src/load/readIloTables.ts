import path from 'node:path';
import { z } from 'zod';
import { iso3 } from '../ingest/iso3';
import { checkCsvRow, readCsv } from './readCsv';
import { readDataFile } from '../ingest/readDataFile';
import { SourceError } from '../ingest/SourceError';
import type { CountryMatcher } from '../ingest/countryMatcher';

/** Where the ILO tables live, relative to the project. */
export const ILO_DIR = 'seeds/sources/ilo';

// A source states a day, a month or only a year; kept as it states it.
const sourceDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const metaSchema = z
  .object({
    membership: z
      .object({
        file: z.string().regex(/\.csv$/),
        total: z.number().int(),
        totalSource: z.string().url(),
        totalSourceDate: sourceDate,
        unMembersNotInIlo: z.array(iso3),
        unMembersNotInIloSource: z.string().url(),
      })
      .strict(),
    tables: z.array(
      z
        .object({
          instrument: z.string().min(1),
          file: z.string().regex(/\.csv$/),
          complete: z.boolean(),
          sourceDate,
          stated: z
            .object({
              ratifications: z.number().int().optional(),
              parties: z.number().int().optional(),
              denounced: z.number().int().optional(),
              notRatified: z.number().int().optional(),
              source: z.string().url(),
              note: z.string().min(1),
            })
            .strict(),
        })
        .strict(),
    ),
  })
  .strict();
export type IloTablesMeta = z.infer<typeof metaSchema>;
export type IloTableMeta = IloTablesMeta['tables'][number];

const memberRow = z.object({ iso3, name: z.string().min(1), source: z.string().url(), sourceDate });
const STATUS = { ratified: 'RATIFIED', 'in force': 'RATIFIED', 'not in force': 'RATIFIED', denounced: 'DENOUNCED', 'not ratified': 'NOT_RATIFIED' } as const;
const tableRow = z.object({
  iso3,
  status: z.enum(Object.keys(STATUS) as [keyof typeof STATUS, ...Array<keyof typeof STATUS>]),
  date: z.union([z.literal(''), z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'expected YYYY-MM-DD, YYYY or nothing')]),
  // A denounced row: the date of ratification, before the denunciation (`date`).
  ratified: z.union([z.literal(''), z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'expected YYYY-MM-DD, YYYY or nothing')]),
  source: z.string().url(),
  sourceDate,
});

/** One row of an ILO ratification table, ready to load. */
export interface IloRatificationRow {
  country: string;
  instrument: string;
  status: (typeof STATUS)[keyof typeof STATUS];
  /** The year of ratification (RATIFIED) or of denunciation (DENOUNCED), when the source gives it. */
  year: number | null;
  /** DENOUNCED: the year it had been ratified, when the source gives it. */
  ratifiedYear: number | null;
  source: string;
  sourceDate: string;
  /** The year of the source's date: the status it observed holds then. */
  observedIn: number;
  evidence: string;
  file: string;
}

/** ILO membership and the ratification tables, read and checked. */
export interface IloData {
  meta: IloTablesMeta;
  /** ISO3 of every ILO member state, with the evidence of its row. */
  members: Map<string, string>;
  rows: IloRatificationRow[];
  /** Every file read, relative to the project. */
  files: string[];
}

/**
 * Reads seeds/sources/ilo/: tables.yaml (which table is complete, the totals each source states),
 * members.csv (the ILO member states) and one table per instrument. A row names a country by
 * ISO3; a country the library does not know, a non-member, or a country twice in a table fails
 * with its file and line, before anything is loaded.
 */
export function readIloTables(seedsDir: string, countries: CountryMatcher, instruments: ReadonlyArray<{ id: string; kind: string }>): IloData {
  const root = path.join(seedsDir, 'sources', 'ilo');
  const metaShown = `${ILO_DIR}/tables.yaml`;
  const ilo = new Set(instruments.filter((i) => i.kind === 'ILO_CONVENTION' || i.kind === 'ILO_PROTOCOL').map((i) => i.id));
  const meta = readDataFile(path.join(root, 'tables.yaml'), metaSchema, metaShown, (m) =>
    m.tables.flatMap((t, i) =>
      ilo.has(t.instrument)
        ? []
        : [{ path: ['tables', i, 'instrument'], message: `${t.instrument} is not an ILO convention or protocol of seeds/reference/instruments.yaml` }],
    ),
  );
  const files = [metaShown];

  const membersShown = `${ILO_DIR}/${meta.membership.file}`;
  files.push(membersShown);
  const members = new Map<string, string>();
  for (const csvRow of readCsv(path.join(root, meta.membership.file), membersShown)) {
    const { line } = csvRow;
    const r = checkCsvRow(memberRow, csvRow, membersShown);
    if (!countries.get(r.iso3)) throw new SourceError(membersShown, line, `unknown country code ${JSON.stringify(r.iso3)}`);
    if (members.has(r.iso3)) throw new SourceError(membersShown, line, `${r.iso3} is listed twice`);
    members.set(r.iso3, `${membersShown}:${line}: ${r.name}, an ILO member state per ${r.source} (${r.sourceDate})`);
  }

  const rows: IloRatificationRow[] = [];
  for (const t of meta.tables) {
    const shown = `${ILO_DIR}/${t.file}`;
    files.push(shown);
    const seen = new Set<string>();
    for (const csvRow of readCsv(path.join(root, t.file), shown)) {
      const { line } = csvRow;
      const r = checkCsvRow(tableRow, csvRow, shown);
      if (!countries.get(r.iso3)) throw new SourceError(shown, line, `unknown country code ${JSON.stringify(r.iso3)}`);
      if (!members.has(r.iso3))
        throw new SourceError(shown, line, `${r.iso3} is not an ILO member (${membersShown}), so it cannot have ratified ${t.instrument}`);
      if (seen.has(r.iso3)) throw new SourceError(shown, line, `${r.iso3} has two rows`);
      seen.add(r.iso3);
      const status = STATUS[r.status];
      const year = r.date ? Number(r.date.slice(0, 4)) : null;
      if (r.ratified && status !== 'DENOUNCED')
        throw new SourceError(shown, line, `column "ratified": only a denounced row gives a ratification date apart from its date`);
      const when = (r.date ? ` ${r.date}` : status === 'NOT_RATIFIED' ? '' : '; the source gives no date') + (r.ratified ? ` (ratified ${r.ratified})` : '');
      rows.push({
        country: r.iso3,
        instrument: t.instrument,
        status,
        year,
        ratifiedYear: r.ratified ? Number(r.ratified.slice(0, 4)) : null,
        source: r.source,
        sourceDate: r.sourceDate,
        observedIn: Number(r.sourceDate.slice(0, 4)),
        evidence: `${shown}:${line}: ${r.iso3} "${r.status}"${when}, per ${r.source} (as of ${r.sourceDate})`,
        file: shown,
      });
    }
  }
  return { meta, members, rows, files };
}

import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { iso3 } from '../ingest/iso3';
import { readDataFile } from '../ingest/readDataFile';
import { readTextFile } from '../ingest/readTextFile';
import { UNTC_KIND } from './readUntcStatus';

/** Where the fixes live, relative to the project. */
export const RATIFICATION_YEAR_FIXES = 'seeds/reference/ratification-year-fixes.yaml';

const year = z.number().int().min(1945).max(2100);
const sourceSchema = z
  .object({
    title: z.string().min(1),
    address: z.string().url(),
    /** The date the source states for its data (or the date of the snapshot). */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Where the source prints no date: how `asOf` was read from it (then a lower bound). */
    asOfNote: z.string().min(1).optional(),
    /** The source's table of each instrument it covers, relative to `address`. */
    tables: z.record(z.string(), z.string()).optional(),
  })
  .strict();
const fixSchema = z
  .object({
    instrument: z.string().min(1),
    country: iso3,
    from: year,
    to: year,
    kind: z.enum(['ratification', 'accession', 'succession', 'acceptance', 'formal confirmation']),
    source: z.string().min(1),
    /** The source's row, transcribed: participant, signature, ratification/accession/succession. */
    row: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();
const unresolvedSchema = z
  .object({
    instrument: z.string().min(1),
    country: iso3,
    /** What the table says: "RATIFIED 1976", "SIGNED" or "NO_ACTION". */
    table: z.string().regex(/^(RATIFIED \d{4}|SIGNED|NO_ACTION)$/, 'expected "RATIFIED <year>", "SIGNED" or "NO_ACTION"'),
    /** What the source says, in words: "not party (signed 2008)", "2006 (accession)". */
    other: z.string().min(1),
    source: z.string().min(1),
    row: z.string().min(1),
    note: z.string().min(1),
  })
  .strict();
const confirmedSchema = z
  .object({
    instrument: z.string().min(1),
    country: iso3,
    /** The table's year, which the source agrees with. */
    year,
    source: z.string().min(1),
    /** The source's words or row for this state, transcribed; they name the year. */
    row: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();
// A party that has since denounced the instrument: the table still says "state party", the
// source says when it left, so the row loads as DENOUNCED (a party from the table's year until then).
const denouncedSchema = z
  .object({
    instrument: z.string().min(1),
    country: iso3,
    /** What the table says: "RATIFIED <year>", the year it became a party. */
    table: z.string().regex(/^RATIFIED \d{4}$/, 'expected "RATIFIED <year>"'),
    /** The year of the denunciation (its notification), which the source names. */
    year,
    source: z.string().min(1),
    /** The source's words for this state, transcribed; they name the year. */
    row: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();
const uncheckedSchema = z
  .object({
    instrument: z.string().min(1),
    country: iso3,
    table: z.string().regex(/^RATIFIED \d{4}$/, 'expected "RATIFIED <year>"'),
    /** Why no second source speaks for this row. */
    reason: z.string().min(1),
  })
  .strict();
const fileSchema = z
  .object({
    sources: z.record(z.string(), sourceSchema),
    fixes: z.array(fixSchema),
    unresolved: z.array(unresolvedSchema).default([]),
    confirmed: z.array(confirmedSchema).default([]),
    unchecked: z.array(uncheckedSchema).default([]),
    denounced: z.array(denouncedSchema).default([]),
  })
  .strict();

const LISTS = ['fixes', 'unresolved', 'confirmed', 'unchecked', 'denounced'] as const;

const KIND_MARK: Record<string, string> = Object.fromEntries(Object.entries(UNTC_KIND).map(([mark, kind]) => [kind, mark]));

/** A source a fix rests on. */
export type YearSource = z.infer<typeof sourceSchema>;

/**
 * One reviewed row of the file and the line it stands on: a correction, an unresolved
 * disagreement, an agreement (`confirmed`), a row no second source speaks for (`unchecked`), or a
 * party that has denounced the instrument since (`denounced`).
 */
export type RatificationYearFix =
  | (z.infer<typeof fixSchema> & { action: 'fix'; line: number; sourceOf: YearSource })
  | (z.infer<typeof unresolvedSchema> & { action: 'unresolved'; line: number; sourceOf: YearSource })
  | (z.infer<typeof confirmedSchema> & { action: 'confirmed'; line: number; sourceOf: YearSource })
  | (z.infer<typeof uncheckedSchema> & { action: 'unchecked'; line: number })
  | (z.infer<typeof denouncedSchema> & { action: 'denounced'; line: number; sourceOf: YearSource });

/**
 * Reads seeds/reference/ratification-year-fixes.yaml: every source is named, every fix, unresolved
 * disagreement and confirmation cites one, a confirmation's transcribed row names its year, and no
 * state has two entries for one instrument across the four lists. Each
 * entry keeps its line so that the evidence it writes, and the error a stale entry raises, can
 * point at it.
 */
export function readRatificationYearFixes(seedsDir: string): { sources: Record<string, YearSource>; entries: RatificationYearFix[] } {
  const file = path.join(seedsDir, 'reference', path.basename(RATIFICATION_YEAR_FIXES));
  const shown = `${path.basename(seedsDir)}/reference/${path.basename(RATIFICATION_YEAR_FIXES)}`;
  const data = readDataFile(file, fileSchema, shown, (d) => {
    const issues: Array<{ path: Array<string | number>; message: string }> = [];
    const seen = new Set<string>();
    for (const key of LISTS) {
      d[key].forEach((f, i) => {
        if ('source' in f && !d.sources[f.source])
          issues.push({ path: [key, i, 'source'], message: `unknown source; the sources are ${Object.keys(d.sources).join(', ')}` });
        const k = `${f.instrument}/${f.country}`;
        if (seen.has(k)) issues.push({ path: [key, i], message: `a second entry for ${f.country} and ${f.instrument}` });
        seen.add(k);
      });
    }
    d.fixes.forEach((f, i) => {
      if (f.from === f.to) issues.push({ path: ['fixes', i, 'to'], message: 'the fix changes nothing' });
      // The transcribed row must say what the fix says: its last date is the binding act.
      const act = / (\d{4})(?: ([aAdc]))?$/.exec(f.row);
      if (!act || Number(act[1]) !== f.to || UNTC_KIND[act[2] ?? ''] !== f.kind)
        issues.push({
          path: ['fixes', i, 'row'],
          message: `the row's last date must be the year ${f.to} marked as ${f.kind} (${KIND_MARK[f.kind] || 'no mark'})`,
        });
    });
    d.denounced.forEach((c, i) => {
      if (!new RegExp(`\\b${c.year}\\b`).test(c.row))
        issues.push({ path: ['denounced', i, 'row'], message: `the row must name the year ${c.year} of the denunciation` });
      if (Number(c.table.slice(-4)) > c.year)
        issues.push({ path: ['denounced', i, 'year'], message: `a denunciation in ${c.year} cannot precede the ratification the table gives (${c.table})` });
      const source = d.sources[c.source];
      if (source && Number(source.asOf.slice(0, 4)) < c.year)
        issues.push({ path: ['denounced', i, 'year'], message: `source ${c.source} is as of ${source.asOf}, before ${c.year}` });
    });
    d.confirmed.forEach((c, i) => {
      if (!new RegExp(`\\b${c.year}\\b`).test(c.row))
        issues.push({ path: ['confirmed', i, 'row'], message: `the row must name the year ${c.year} it confirms` });
      // A source cannot speak for an act later than its own date.
      const source = d.sources[c.source];
      if (source && Number(source.asOf.slice(0, 4)) < c.year)
        issues.push({ path: ['confirmed', i, 'year'], message: `source ${c.source} is as of ${source.asOf}, before ${c.year}` });
    });
    return issues;
  });
  const lines = entryLines(file, shown);
  return {
    sources: data.sources,
    entries: [
      ...data.fixes.map((f, i) => ({ ...f, action: 'fix' as const, line: lines.fixes[i]!, sourceOf: data.sources[f.source]! })),
      ...data.unresolved.map((f, i) => ({ ...f, action: 'unresolved' as const, line: lines.unresolved[i]!, sourceOf: data.sources[f.source]! })),
      ...data.confirmed.map((f, i) => ({ ...f, action: 'confirmed' as const, line: lines.confirmed[i]!, sourceOf: data.sources[f.source]! })),
      ...data.unchecked.map((f, i) => ({ ...f, action: 'unchecked' as const, line: lines.unchecked[i]! })),
      ...data.denounced.map((f, i) => ({ ...f, action: 'denounced' as const, line: lines.denounced[i]!, sourceOf: data.sources[f.source]! })),
    ],
  };
}

// The line each list item starts on.
function entryLines(file: string, shown: string): Record<(typeof LISTS)[number], number[]> {
  const { text } = readTextFile(file, shown);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (key: string) => {
    const seq = doc.get(key, true);
    if (!isSeq(seq)) return [];
    return seq.items.map((item) => (isMap(item) && item.range ? lineCounter.linePos(item.range[0]).line : 0));
  };
  return { fixes: at('fixes'), unresolved: at('unresolved'), confirmed: at('confirmed'), unchecked: at('unchecked'), denounced: at('denounced') };
}

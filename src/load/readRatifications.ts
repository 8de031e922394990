import path from 'node:path';
import { z } from 'zod';
import { SourceError } from '../ingest/SourceError';
import type { CountryMatcher } from '../ingest/countryMatcher';
import { checkCsvRow, readCsv } from './readCsv';
import { RATIFICATION_YEAR_FIXES, type RatificationYearFix } from './ratificationYearFixes';

/** A country's status for one treaty, as one table row says. */
export interface RatificationRow {
  country: string;
  instrument: string;
  /** DENOUNCED: a party the table lists that a reviewed source says has denounced it since. */
  status: 'RATIFIED' | 'SIGNED' | 'NO_ACTION' | 'DENOUNCED';
  /** The year of ratification, or (DENOUNCED) of the denunciation. */
  year: number | null;
  /** DENOUNCED: the year it had become a party, from the table. */
  ratifiedYear: number | null;
  evidence: string;
  /** The table it comes from, relative to the project. */
  file: string;
}

// Some rows leave the 0/1 columns empty (Gabon, ICERD); the status column still says what holds.
const flag = z.enum(['0', '1', '']);
const row = z.object({
  iso2: z.string().min(1),
  member: z.string().min(1),
  'state party': flag,
  'year ratification or accession': z.string().regex(/^(\d{4})?$/, 'expected a four-digit year or nothing'),
  signatory: flag,
  'no action': flag,
  status: z.enum(['state party', 'signatory state', 'no action']),
  note: z.string().optional(),
});

const STATUS = { 'state party': 'RATIFIED', 'signatory state': 'SIGNED', 'no action': 'NO_ACTION' } as const;

/**
 * Reads one UN Treaty Collection status table (seeds/sources/ratification/*.csv). The `status`
 * column is authoritative where the 0/1 columns disagree with it (Brunei's ICERD row has both
 * "state party" and no action = 1). Codes that are not ISO alpha-2 go through the reviewed fixes.
 * Years a second source corrects (seeds/reference/ratification-year-fixes.yaml) are replaced, and
 * the evidence says so, as it says when a source confirms the year or none was found; an entry
 * whose year or status the table no longer holds fails with the entry's line.
 */
export function readRatificationTable(
  file: string,
  shown: string,
  instrument: string,
  countries: CountryMatcher,
  codeFixes: Record<string, string>,
  yearFixes: RatificationYearFix[] = [],
): RatificationRow[] {
  const records = readCsv(file, shown, { shortRows: true });
  const name = path.basename(file);
  const fixes = new Map(yearFixes.filter((f) => f.instrument === instrument).map((f) => [f.country, f]));
  const rows = records.map((csvRow) => {
    const { line } = csvRow;
    const r = checkCsvRow(row, csvRow, shown);
    const fixed = codeFixes[r.iso2];
    const country = countries.getByIso2(fixed ?? r.iso2);
    if (!country) throw new SourceError(shown, line, `unknown country code ${JSON.stringify(r.iso2)} for ${JSON.stringify(r.member)}`);
    const tableStatus = STATUS[r.status];
    const tableYear = r['year ratification or accession'] ? Number(r['year ratification or accession']) : null;
    const yearFix = fixes.get(country.id);
    fixes.delete(country.id);
    if (yearFix) checkStillApplies(yearFix, tableStatus, tableYear, `${shown}:${line}`);
    const denounced = yearFix?.action === 'denounced';
    const status: RatificationRow['status'] = denounced ? 'DENOUNCED' : tableStatus;
    const year = yearFix?.action === 'fix' ? yearFix.to : yearFix?.action === 'denounced' ? yearFix.year : tableYear;
    // Zimbabwe's OP-CEDAW row says "state party" with no year and every flag 0: kept as the
    // status says, with the disagreement in the evidence for a reader to weigh.
    const flagsDisagree =
      (tableStatus === 'RATIFIED' && r['state party'] === '0') ||
      (tableStatus === 'SIGNED' && r.signatory === '0') ||
      (tableStatus === 'NO_ACTION' && r['no action'] === '0');
    const fix = fixed ? `; code ${r.iso2} read as ${fixed} (seeds/reference/ratification-code-fixes.yaml)` : '';
    return {
      country: country.id,
      instrument,
      status,
      year,
      ratifiedYear: denounced ? tableYear : null,
      evidence: `seeds/sources/ratification/${name}:${line}: ${r.member}, "${r.status}"${tableYear ? ` (${tableYear})` : ''}${fix}${yearFix ? yearNote(yearFix) : ''}${flagsDisagree ? '; the 0/1 columns of this row disagree with its status' : ''}${status === 'RATIFIED' && year === null ? '; no year given' : ''}`,
      file: shown,
    };
  });
  const [left] = fixes.values();
  if (left) throw new SourceError(RATIFICATION_YEAR_FIXES, left.line, `stale entry: ${shown} has no row for ${left.country}`);
  return rows;
}

// A fix is reviewed against one value of the table; once the table says something else the fix
// must be reviewed again, not applied blindly.
function checkStillApplies(f: RatificationYearFix, status: RatificationRow['status'], tableYear: number | null, where: string): void {
  const found = status === 'RATIFIED' ? `RATIFIED ${tableYear ?? '(no year)'}` : status;
  const expected = f.action === 'fix' ? `RATIFIED ${f.from}` : f.action === 'confirmed' ? `RATIFIED ${f.year}` : f.table;
  if (found === expected) return;
  throw new SourceError(
    RATIFICATION_YEAR_FIXES,
    f.line,
    `stale entry: ${f.instrument} ${f.country} expects ${expected} in the table, but ${where} says ${found}`,
  );
}

function yearNote(f: RatificationYearFix): string {
  if (f.action === 'unchecked') return `; year not cross-checked: no second source found (${RATIFICATION_YEAR_FIXES}:${f.line})`;
  const per = `per ${f.sourceOf.title}, as of ${f.sourceOf.asOf} (${RATIFICATION_YEAR_FIXES}:${f.line})`;
  if (f.action === 'confirmed') return `; year confirmed ${per}`;
  if (f.action === 'denounced') return `; denounced in ${f.year} ${per}, so a party from the table's year until then`;
  return f.action === 'fix' ? `; year ${f.from} in the table, ${f.to} (${f.kind}) ${per}` : `; disputed: ${f.other} ${per}, unresolved and not changed`;
}

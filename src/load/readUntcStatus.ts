import { parse } from 'csv-parse/sync';
import { readTextFile } from '../ingest/readTextFile';
import { SourceError } from '../ingest/SourceError';
import type { CountryMatcher } from '../ingest/countryMatcher';

/** How a state became party, as the UN Treaty Collection marks it after the date. */
export type UntcKind = 'ratification' | 'accession' | 'succession' | 'acceptance' | 'formal confirmation';

/** One participant row of a UN Treaty Collection status page. */
export interface UntcParticipant {
  country: string;
  /** The participant as the page names it. */
  name: string;
  signatureYear: number | null;
  /** The year of ratification, accession, succession…; null for a signatory that has not yet bound itself. */
  year: number | null;
  kind: UntcKind | null;
  line: number;
}

/** The marks the UNTC pages put after a date, and the act each names (no mark: ratification). */
export const UNTC_KIND: Record<string, UntcKind> = { '': 'ratification', a: 'accession', d: 'succession', A: 'acceptance', c: 'formal confirmation' };
const DATE = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})(?: ([aAdc]))?$/;

// Participant names of the UNTC pages that neither world-countries nor the annex aliases spell.
const UNTC_NAMES: Record<string, string> = {
  'Cabo Verde': 'CPV',
  'St. Kitts and Nevis': 'KNA',
  'St. Lucia': 'LCA',
  'St. Vincent and the Grenadines': 'VCT',
  Turkey: 'TUR',
};

/**
 * Reads one status table in the layout of the UN Treaty Collection's pages (Participant,
 * Signature, then the date of ratification, accession (a), succession (d)…), as the scrape of
 * github.com/zmjones/untreaties keeps them. Participants that are not countries of the
 * library (the European Union) are left out; an unreadable date fails with file:line.
 */
export function readUntcStatus(file: string, shown: string, countries: CountryMatcher): UntcParticipant[] {
  const { text } = readTextFile(file, shown);
  const records = parse(text, { info: true, skip_empty_lines: true, from_line: 2, relax_column_count: true }) as unknown as Array<{
    record: string[];
    info: { lines: number };
  }>;
  const out: UntcParticipant[] = [];
  for (const { record, info } of records) {
    const [name = '', signature = '', bound = ''] = record.map((c) => c.trim());
    const country = UNTC_NAMES[name] ?? soleCountry(name, countries);
    if (!country) continue;
    const sig = signature ? readDate(signature, shown, info.lines) : null;
    const act = bound ? readDate(bound, shown, info.lines) : null;
    out.push({ country, name, signatureYear: sig?.year ?? null, year: act?.year ?? null, kind: act?.kind ?? null, line: info.lines });
  }
  return out;
}

function readDate(value: string, shown: string, line: number): { year: number; kind: UntcKind } {
  const m = DATE.exec(value);
  if (!m) throw new SourceError(shown, line, `not a UNTC date ("12 Mar 1990" with an optional a, d, A or c): ${JSON.stringify(value)}`);
  return { year: Number(m[3]), kind: UNTC_KIND[m[4] ?? '']! };
}

// The whole name must be one country ("Bolivia (Plurinational State of)" is Bolivia; "European
// Union" is none).
function soleCountry(name: string, countries: CountryMatcher): string | undefined {
  const found = countries.find(name.replace(/\s*\(.*\)$/, ''));
  return found.length === 1 ? found[0]!.id : undefined;
}

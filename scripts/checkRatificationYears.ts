import fs from 'node:fs';
import path from 'node:path';
import { CountryMatcher } from '../src/ingest/countryMatcher';
import { loadReferenceData, SEEDS_DIR } from '../src/ingest/referenceData';
import { compareRatificationYears, type YearComparison } from '../src/load/compareRatificationYears';
import { readRatificationYearFixes } from '../src/load/ratificationYearFixes';
import { readRatificationTable } from '../src/load/readRatifications';
import { readUntcStatus } from '../src/load/readUntcStatus';

// `npx tsx scripts/checkRatificationYears.ts <folder> [source]`: compares every ratification
// table, after the reviewed fixes, with a second source's status tables (UN Treaty Collection
// layout) in <folder>, named as the fixes file's `sources.<source>.tables` says. Prints each
// disagreement, then the counts; exits 1 when a disagreement is neither fixed nor recorded as
// unresolved. The second source is not vendored: see seeds/README.md for where to get it.
const [folder, sourceId = 'untc-2015'] = process.argv.slice(2);
if (!folder) {
  process.stderr.write('usage: tsx scripts/checkRatificationYears.ts <folder of the second source> [source id]\n');
  process.exit(2);
}
const ref = loadReferenceData(SEEDS_DIR);
const countries = new CountryMatcher(ref.countryAliases);
const { sources, entries: fixes } = readRatificationYearFixes(SEEDS_DIR);
const source = sources[sourceId];
if (!source) {
  process.stderr.write(`unknown source ${sourceId}; seeds/reference/ratification-year-fixes.yaml names ${Object.keys(sources).join(', ')}\n`);
  process.exit(2);
}
const asOfYear = Number(source.asOf.slice(0, 4));
const catalogue = catalogueCountries();
const unresolved = new Set(fixes.filter((f) => f.action === 'unresolved').map((f) => `${f.instrument}/${f.country}`));

const all: YearComparison[] = [];
for (const inst of ref.instruments) {
  const theirs = source.tables?.[inst.id];
  if (!inst.ratificationTable || !theirs) continue;
  const rel = `seeds/sources/ratification/${inst.ratificationTable}`;
  const rows = readRatificationTable(path.join(SEEDS_DIR, '..', rel), rel, inst.id, countries, ref.ratificationCodeFixes, fixes);
  all.push(...compareRatificationYears(rows, readUntcStatus(path.join(folder, theirs), theirs, countries), asOfYear));
}

let open = 0;
for (const c of all.filter((x) => x.outcome === 'year' || x.outcome === 'status')) {
  const known = unresolved.has(`${c.instrument}/${c.country}`);
  if (!known) open++;
  const them = c.otherYear ? `${c.otherYear} (${c.otherKind}; signed ${c.otherSignatureYear ?? '-'})` : `not party (signed ${c.otherSignatureYear ?? '-'})`;
  process.stdout.write(
    `${known ? 'unresolved' : c.outcome}\t${c.instrument}\t${c.country}${catalogue.has(c.country) ? '*' : ''}\ttable ${c.tableStatus} ${c.tableYear ?? '-'}\t${source.tables![c.instrument]}:${c.otherLine ?? '-'} ${them}${c.signatureYear ? '\tTABLE YEAR = SIGNATURE YEAR' : ''}\t${c.evidence}\n`,
  );
}
const count = (pred: (c: YearComparison) => boolean) => all.filter(pred).length;
for (const [scope, pred] of [
  ['catalogue states, every table', (c: YearComparison) => catalogue.has(c.country)],
  ['every state, every table', () => true],
] as const) {
  const ratified = (c: YearComparison) => pred(c) && c.tableStatus === 'RATIFIED';
  process.stdout.write(
    `\n${scope}: ${count(ratified)} RATIFIED rows; ${count((c) => ratified(c) && c.outcome === 'agree')} agree with ${sourceId}, ` +
      `${count((c) => ratified(c) && (c.outcome === 'year' || c.outcome === 'status'))} disagree, ` +
      `${count((c) => ratified(c) && c.outcome === 'later')} are ${asOfYear} or later (not covered by ${sourceId}), ${count((c) => ratified(c) && c.outcome === 'no-year')} have no year; ` +
      `${count((c) => pred(c) && c.tableStatus !== 'RATIFIED' && c.outcome === 'status')} rows not RATIFIED that ${sourceId} shows as party\n`,
  );
}
process.exit(open > 0 ? 1 : 0);

// The countries the catalogue speaks of: implemented by, concerned by or mentioned by a practice.
function catalogueCountries(): Set<string> {
  const ids = new Set<string>();
  for (const f of fs.readdirSync(path.join(SEEDS_DIR, 'graph'))) {
    const seed = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'graph', f), 'utf8')) as {
      practices: Array<Record<'implementedBy' | 'concerns' | 'mentions', Array<{ country: string }>>>;
    };
    for (const p of seed.practices) for (const key of ['implementedBy', 'concerns', 'mentions'] as const) for (const c of p[key]) ids.add(c.country);
  }
  return ids;
}

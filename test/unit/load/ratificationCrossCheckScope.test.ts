import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CountryMatcher } from '../../../src/ingest/countryMatcher';
import { loadReferenceData, SEEDS_DIR } from '../../../src/ingest/referenceData';
import { buildLoadPlan } from '../../../src/load/buildLoadPlan';
import { readRatificationYearFixes } from '../../../src/load/ratificationYearFixes';
import { readRatificationTable, type RatificationRow } from '../../../src/load/readRatifications';

// The year from which the first second source (the 2015 scrape) cannot speak.
const FROM = 2015;
const FIXES = path.join(SEEDS_DIR, 'reference', 'ratification-year-fixes.yaml');

const ref = loadReferenceData(SEEDS_DIR);
const countries = new CountryMatcher(ref.countryAliases);

/** Every row of every table as the table says it, before any fix. */
function tableRows(): RatificationRow[] {
  return ref.instruments
    .filter((i) => i.ratificationTable)
    .flatMap((i) => {
      const rel = `seeds/sources/ratification/${i.ratificationTable}`;
      return readRatificationTable(path.join(SEEDS_DIR, '..', rel), rel, i.id, countries, ref.ratificationCodeFixes);
    });
}

type Seed = {
  practices: Array<Record<'implementedBy' | 'concerns' | 'mentions', Array<{ country: string }>>>;
  grounds: Array<{ from: { type: string; id: string } }>;
};
const seeds: Seed[] = fs
  .readdirSync(path.join(SEEDS_DIR, 'graph'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'graph', f), 'utf8')) as Seed);

/** The states the practices name: implemented by, concerned by or mentioned by one. */
function catalogueStates(): Set<string> {
  const ids = new Set<string>();
  for (const s of seeds)
    for (const p of s.practices) for (const key of ['implementedBy', 'concerns', 'mentions'] as const) for (const c of p[key]) ids.add(c.country);
  return ids;
}

/** The instruments with a table that ground a theme, directly, by a provision, or through a text that interprets them. */
function groundingInstruments(): Set<string> {
  const byId = new Map(ref.instruments.map((i) => [i.id, i]));
  const ids = new Set<string>();
  for (const s of seeds)
    for (const g of s.grounds) {
      let inst = byId.get(g.from.type === 'Provision' ? g.from.id.split('/')[0]! : g.from.id);
      if (inst?.interprets) inst = byId.get(inst.interprets);
      if (inst?.ratificationTable) ids.add(inst.id);
    }
  return ids;
}

// The rows no source dated after them was found for, accepted one by one: adding a row here is a
// decision a reviewer sees, not a silent gap.
const ACCEPTED_UNCHECKED = [
  'ICRMW/VEN',
  'CPED/ITA',
  'CPED/LUX',
  'CPED/MLT',
  'CPED/NOR',
  'ICCPR-OP2/DOM',
  'OP-CEDAW/CHL',
  'OP-CRC-IC/PER',
  'OP-CRC-IC/URY',
  'ICCPR/ATG',
  'ICCPR/FJI',
  'ICESCR/ATG',
  'ICESCR/BLZ',
  'ICESCR/FJI',
  'CEDAW/SSD',
  'ICRMW/TGO',
  'ICERD/DMA',
  'ICERD/MHL',
].sort();

describe('the cross-check of ratification years of 2015 and later', () => {
  const { entries, sources } = readRatificationYearFixes(SEEDS_DIR);
  const byKey = new Map(entries.map((e) => [`${e.instrument}/${e.country}`, e]));
  const catalogue = catalogueStates();
  const grounding = groundingInstruments();
  const scope = tableRows().filter(
    (r) => r.status === 'RATIFIED' && r.year !== null && r.year >= FROM && (catalogue.has(r.country) || grounding.has(r.instrument)),
  );

  it('computes its scope from the seed graph and the tables', () => {
    expect([...grounding].sort()).toEqual(['CEDAW', 'CRC', 'ICCPR', 'ICERD', 'ICESCR', 'ICRMW']);
    expect(catalogue.has('MEX')).toBe(true);
    // 47 rows of the states the practices name, 29 more of other states for the grounding instruments.
    expect(scope).toHaveLength(76);
    expect(scope.filter((r) => !catalogue.has(r.country))).toHaveLength(29);
  });

  it('has checked every row of the scope: confirmed, fixed, unresolved, or explicitly unchecked', () => {
    const missing = scope.filter((r) => !byKey.has(`${r.instrument}/${r.country}`)).map((r) => `${r.instrument}/${r.country} (${r.year}, ${r.evidence})`);
    expect(missing).toEqual([]);
    const unchecked = scope.map((r) => byKey.get(`${r.instrument}/${r.country}`)!).filter((e) => e.action === 'unchecked');
    expect(unchecked.map((e) => `${e.instrument}/${e.country}`).sort()).toEqual(ACCEPTED_UNCHECKED);
    for (const e of unchecked) expect(e.action === 'unchecked' && e.reason.length).toBeGreaterThan(20);
  });

  it('confirms each year with a source dated after it, whose row names the year', () => {
    const confirmed = entries.filter((e) => e.action === 'confirmed');
    expect(confirmed).toHaveLength(58);
    for (const c of confirmed) {
      if (c.action !== 'confirmed') continue;
      expect(Number(c.sourceOf.asOf.slice(0, 4))).toBeGreaterThanOrEqual(c.year);
      expect(c.row).toMatch(new RegExp(`\\b${c.year}\\b`));
      expect(c.sourceOf.address).toMatch(/^https:\/\//);
    }
    // Every source of this check is used by some confirmation.
    const used = new Set(confirmed.map((c) => (c.action === 'confirmed' ? c.source : '')));
    // The sources of the reviewed denunciations are cited there.
    for (const e of entries) if (e.action === 'denounced') used.add(e.source);
    expect(Object.keys(sources).filter((id) => id !== 'untc-2015' && !used.has(id))).toEqual([]);
  });

  it('says on the edge which source confirmed the year, or that none was found', () => {
    const plan = buildLoadPlan();
    const edgeOf = (country: string, instrument: string) =>
      (plan.rows.ratifications.find((r) => r.country === country && r.instrument === instrument) as { edge: { year: number; evidence: string } }).edge;
    const benin = edgeOf('BEN', 'ICRMW');
    expect(benin.year).toBe(2018);
    expect(benin.evidence).toBe(
      `seeds/sources/ratification/hr_status_icmw.csv:20: Benin, "state party" (2018); year confirmed per UN Treaty Collection, MTDSG chapter IV.13 (ICRMW), status page, as of 2023-09-26 (seeds/reference/ratification-year-fixes.yaml:${byKey.get('ICRMW/BEN')!.line})`,
    );
    const togo = edgeOf('TGO', 'ICRMW');
    expect(togo.year).toBe(2020);
    expect(togo.evidence).toMatch(/; year not cross-checked: no second source found \(seeds\/reference\/ratification-year-fixes\.yaml:\d+\)$/);
  });

  it.each([
    [
      'a confirmed year the table no longer says',
      'hr_status_icmw.csv',
      'BJ,Benin,1,2018,',
      'BJ,Benin,1,2019,',
      'ICRMW/BEN',
      'stale entry: ICRMW BEN expects RATIFIED 2018 in the table, but seeds/sources/ratification/hr_status_icmw.csv:20 says RATIFIED 2019',
    ],
    [
      'an unchecked year the table no longer says',
      'hr_status_icmw.csv',
      /^TG,Togo,1,2020,/m,
      'TG,Togo,1,2021,',
      'ICRMW/TGO',
      'stale entry: ICRMW TGO expects RATIFIED 2020 in the table',
    ],
  ])('fails the load with file:line on %s', (_what, table, from, to, key, message) => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-')), 'seeds');
    fs.cpSync(SEEDS_DIR, dir, { recursive: true });
    const csv = path.join(dir, 'sources', 'ratification', table);
    const text = fs.readFileSync(csv, 'utf8');
    const changed = text.replace(from, to);
    expect(changed).not.toBe(text);
    fs.writeFileSync(csv, changed);
    expect(() => buildLoadPlan({ seedsDir: dir })).toThrow(`seeds/reference/ratification-year-fixes.yaml:${byKey.get(key)!.line}: ${message}`);
  });

  it.each([
    [
      'a confirmation whose row does not name its year',
      (t: string) => t.replace('row: "Benin 15 Sep 2005 6 Jul 2018"', 'row: "Benin 15 Sep 2005"'),
      /confirmed\[\d+\]\.row: the row must name the year 2018 it confirms/,
    ],
    [
      'a source dated before the year it confirms',
      (t: string) => t.replace('asOf: "2023-09-26"', 'asOf: "2017-01-01"'),
      /confirmed\[\d+\]\.year: source untc-iv-13 is as of 2017-01-01, before 2018/,
    ],
    [
      'a state both confirmed and unchecked',
      (t: string) => `${t}  - instrument: ICRMW\n    country: BEN\n    table: RATIFIED 2018\n    reason: "a second entry, to be refused by the reader"\n`,
      /unchecked\[\d+\]: a second entry for BEN and ICRMW/,
    ],
  ])('refuses %s, naming the line', (_what, edit, message) => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-')), 'seeds');
    fs.cpSync(SEEDS_DIR, dir, { recursive: true });
    const text = fs.readFileSync(FIXES, 'utf8');
    const changed = edit(text);
    expect(changed).not.toBe(text);
    fs.writeFileSync(path.join(dir, 'reference', 'ratification-year-fixes.yaml'), changed);
    let error: Error | undefined;
    try {
      buildLoadPlan({ seedsDir: dir });
    } catch (err) {
      error = err as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/^seeds\/reference\/ratification-year-fixes\.yaml:\d+: /);
  });
});

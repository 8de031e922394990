import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allCountries, CountryMatcher } from '../../../src/ingest/countryMatcher';
import { loadReferenceData, SEEDS_DIR } from '../../../src/ingest/referenceData';
import { readIloTables } from '../../../src/load/readIloTables';

const ref = loadReferenceData();
const countries = new CountryMatcher(ref.countryAliases);
const instruments = ref.instruments;
const data = readIloTables(SEEDS_DIR, countries, instruments);

describe('the ILO tables against the totals their sources state', () => {
  it('lists the 187 member states, and the UN members left out are the seven the source names', () => {
    expect(data.members.size).toBe(data.meta.membership.total);
    const unNotIlo = allCountries()
      .filter((c) => c.unMember && !data.members.has(c.id))
      .map((c) => c.id)
      .sort();
    // world-countries marks the Holy See a UN member; it is an observer, and not in the ILO either.
    expect(unNotIlo.filter((id) => id !== 'VAT')).toEqual([...data.meta.membership.unMembersNotInIlo].sort());
    expect(data.members.has('COK')).toBe(true);
  });

  it.each(data.meta.tables.map((t) => [t.instrument, t] as const))('%s: rows match the stated totals', (instrument, t) => {
    const all = data.rows.filter((r) => r.instrument === instrument);
    // The stated totals hold as of the table's date: a ratification dated later (a newer source's
    // row, e.g. South Korea's of C29 in 2021) is not in them.
    const asOf = Number(t.sourceDate.slice(0, 4));
    const rows = all.filter((r) => r.status !== 'RATIFIED' || r.year === null || r.year <= asOf);
    const ratified = rows.filter((r) => r.status === 'RATIFIED').length;
    const denounced = rows.filter((r) => r.status === 'DENOUNCED').length;
    const ratifications = ratified + denounced;
    if (t.complete) {
      // A complete table lists every ratification the source counts, and nothing more.
      if (t.stated.ratifications !== undefined) expect(ratifications).toBe(t.stated.ratifications);
      if (t.stated.parties !== undefined) expect(ratified).toBe(t.stated.parties);
      if (t.stated.denounced !== undefined) expect(denounced).toBe(t.stated.denounced);
      if (t.stated.notRatified !== undefined) expect(data.members.size - ratifications).toBe(t.stated.notRatified);
    } else {
      // A partial table cannot hold more than the source counts.
      expect(ratifications).toBeLessThanOrEqual(t.stated.ratifications ?? t.stated.parties ?? Infinity);
      expect(t.stated.ratifications ?? t.stated.parties).toBeDefined();
    }
    for (const r of all) expect(r.evidence).toMatch(new RegExp(`^seeds/sources/ilo/${t.file.replace('.', '\\.')}:\\d+: ${r.country} `));
  });

  it('C29: every member has a row; 180 have ratified and the 7 that have not are named', () => {
    const rows = data.rows.filter((r) => r.instrument === 'ILO-C29');
    expect(new Set(rows.map((r) => r.country))).toEqual(new Set(data.members.keys()));
    expect(rows.filter((r) => r.status === 'RATIFIED').length).toBe(180);
    expect(
      rows
        .filter((r) => r.status === 'NOT_RATIFIED')
        .map((r) => r.country)
        .sort(),
    ).toEqual(['AFG', 'BRN', 'MHL', 'PLW', 'TON', 'TUV', 'USA']);
    // The later ratifications, each with its own source, after the 2014 list.
    expect(rows.filter((r) => r.year !== null && r.year > 2014).map((r) => [r.country, r.year])).toEqual([
      ['CHN', 2022],
      ['COK', 2015],
      ['KOR', 2021],
    ]);
  });

  it('C182 is universally ratified: every member has a row', () => {
    expect(new Set(data.rows.filter((r) => r.instrument === 'ILO-C182').map((r) => r.country))).toEqual(new Set(data.members.keys()));
  });
});

describe('a malformed ILO table', () => {
  const copy = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ilo-'));
    fs.cpSync(SEEDS_DIR, path.join(dir, 'seeds'), { recursive: true });
    return path.join(dir, 'seeds');
  };

  it('names the file and line of a bad date', () => {
    const seeds = copy();
    const csv = path.join(seeds, 'sources', 'ilo', 'c189.csv');
    const text = fs.readFileSync(csv, 'utf8');
    fs.writeFileSync(csv, text.replace('URY,in force,2012-06-14', 'URY,in force,14 June 2012'));
    const line = text.split('\n').findIndex((l) => l.startsWith('URY,')) + 1;
    expect(() => readIloTables(seeds, countries, instruments)).toThrow(
      new RegExp(`^seeds/sources/ilo/c189\\.csv:${line}: column "date": expected YYYY-MM-DD, YYYY or nothing \\(found "14 June 2012"\\)`),
    );
  });

  it('names the line of a table whose instrument is not an ILO convention', () => {
    const seeds = copy();
    const yaml = path.join(seeds, 'sources', 'ilo', 'tables.yaml');
    const text = fs.readFileSync(yaml, 'utf8');
    fs.writeFileSync(yaml, text.replace('  - instrument: ILO-C29', '  - instrument: ICESCR'));
    const line = text.split('\n').indexOf('  - instrument: ILO-C29') + 1;
    expect(() => readIloTables(seeds, countries, instruments)).toThrow(
      new RegExp(`^seeds/sources/ilo/tables\\.yaml:${line}: tables\\[\\d+\\]\\.instrument: ICESCR is not an ILO convention or protocol`),
    );
  });

  it('refuses a row for a state that is not an ILO member', () => {
    const seeds = copy();
    const csv = path.join(seeds, 'sources', 'ilo', 'p29.csv');
    fs.appendFileSync(csv, 'BTN,ratified,2019,,https://example.org/,2019\n');
    const lines = fs.readFileSync(csv, 'utf8').trimEnd().split('\n').length;
    expect(() => readIloTables(seeds, countries, instruments)).toThrow(new RegExp(`^seeds/sources/ilo/p29\\.csv:${lines}: BTN is not an ILO member`));
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CountryMatcher } from '../../../src/ingest/countryMatcher';
import { compareRatificationYears } from '../../../src/load/compareRatificationYears';
import type { RatificationRow } from '../../../src/load/readRatifications';
import { readUntcStatus } from '../../../src/load/readUntcStatus';

const countries = new CountryMatcher({});

// A status page in the UN Treaty Collection's layout, written to exercise the rules.
const PAGE = [
  'Participant,Signature,"Accession(a), Succession(d), Ratification"',
  'United States of America,28 Sep 1966,21 Oct 1994',
  'Ethiopia,,23 Jun 1976 a',
  'Bolivia (Plurinational State of),7 Jun 1966,22 Sep 1970',
  'Cabo Verde,,3 Oct 1979 a',
  'Nauru,12 Nov 2001,',
  'European Union,,',
  'Serbia,12 Mar 2001 d,6 Sep 2001',
].join('\n');

function page(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'untc-')), 'IV-2.csv');
  fs.writeFileSync(file, text);
  return file;
}

const row = (country: string, status: RatificationRow['status'], year: number | null): RatificationRow => ({
  country,
  instrument: 'ICERD',
  status,
  year,
  ratifiedYear: null,
  evidence: `table row of ${country}`,
  file: 'table.csv',
});

describe('reading a UN Treaty Collection status page', () => {
  it('reads each participant: its country, the year and kind of its binding act, and its signature', () => {
    const parts = readUntcStatus(page(PAGE), 'IV-2.csv', countries);
    expect(parts.map((p) => [p.country, p.signatureYear, p.year, p.kind, p.line])).toEqual([
      ['USA', 1966, 1994, 'ratification', 2],
      ['ETH', null, 1976, 'accession', 3],
      ['BOL', 1966, 1970, 'ratification', 4],
      ['CPV', null, 1979, 'accession', 5],
      ['NRU', 2001, null, null, 6],
      ['SRB', 2001, 2001, 'ratification', 8],
    ]);
  });

  it('refuses a date it cannot read, with file and line', () => {
    expect(() => readUntcStatus(page(PAGE.replace('23 Jun 1976 a', 'June 1976')), 'IV-2.csv', countries)).toThrow(
      /^IV-2\.csv:3: not a UNTC date .*"June 1976"/,
    );
  });
});

describe('comparing a ratification table with the second source', () => {
  const untc = readUntcStatus(page(PAGE), 'IV-2.csv', countries);
  const outcome = (rows: RatificationRow[]) => compareRatificationYears(rows, untc, 2015).map((c) => [c.country, c.outcome, c.signatureYear]);

  it('flags a year that is the year of signature, and any other differing year', () => {
    expect(outcome([row('USA', 'RATIFIED', 1966), row('ETH', 'RATIFIED', 1973), row('BOL', 'RATIFIED', 1970)])).toEqual([
      ['USA', 'year', true],
      ['ETH', 'year', false],
      ['BOL', 'agree', false],
    ]);
  });

  it('flags a status the source contradicts, but not a ratification later than the source', () => {
    expect(
      outcome([
        row('CPV', 'NO_ACTION', null),
        row('NRU', 'RATIFIED', 2001),
        row('AGO', 'RATIFIED', 2019),
        row('NRU', 'SIGNED', null),
        row('ZWE', 'RATIFIED', null),
      ]),
    ).toEqual([
      ['CPV', 'status', false],
      ['NRU', 'status', true],
      ['AGO', 'later', false],
      ['NRU', 'agree', false],
      ['ZWE', 'no-year', false],
    ]);
  });
});

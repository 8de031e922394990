import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { SEEDS_DIR } from '../../../src/ingest/referenceData';
import { buildLoadPlan } from '../../../src/load/buildLoadPlan';
import { readRatificationYearFixes } from '../../../src/load/ratificationYearFixes';

const FIXES = path.join(SEEDS_DIR, 'reference', 'ratification-year-fixes.yaml');

/** A copy of the project's seeds folder that a test may break. */
function seedsCopy(): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-')), 'seeds');
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  return dir;
}

function edge(plan: ReturnType<typeof buildLoadPlan>, country: string, instrument: string) {
  const rows = plan.rows.ratifications.filter((r) => r.country === country && r.instrument === instrument);
  expect(rows).toHaveLength(1);
  return rows[0] as { status: string; edge: { year?: number; evidence: string } };
}

/** The line on which the entry for this state and instrument starts, found by reading the file. */
function entryLine(text: string, instrument: string, country: string): number {
  const lines = text.split('\n');
  const i = lines.findIndex((l, k) => l === `  - instrument: ${instrument}` && lines[k + 1] === `    country: ${country}`);
  expect(i).toBeGreaterThan(-1);
  return i + 1;
}

describe('ratification years corrected by a second source', () => {
  const plan = buildLoadPlan();
  const text = fs.readFileSync(FIXES, 'utf8');

  it('gives the United States the year it ratified the ICERD (1994), not the year it signed (1966), and says why', () => {
    const usa = edge(plan, 'USA', 'ICERD');
    expect(usa.status).toBe('RATIFIED');
    expect(usa.edge.year).toBe(1994);
    const line = entryLine(text, 'ICERD', 'USA');
    expect(usa.edge.evidence).toBe(
      `seeds/sources/ratification/hr_status_icerd.csv:186: United States, "state party" (1966); year 1966 in the table, 1994 (ratification) per UN Treaty Collection status pages (MTDSG chapter IV) as scraped by github.com/zmjones/untreaties, as of 2015-03-14 (seeds/reference/ratification-year-fixes.yaml:${line})`,
    );
  });

  it('gives the Philippines the year it ratified CEDAW (1981), not 1987', () => {
    const phl = edge(plan, 'PHL', 'CEDAW');
    expect(phl.edge.year).toBe(1981);
    expect(phl.edge.evidence).toMatch(
      /hr_status_cedaw\.csv:138: Philippines, "state party" \(1987\); year 1987 in the table, 1981 \(ratification\) per UN Treaty Collection/,
    );
  });

  it("loads the parties that have denounced the ICCPR Optional Protocol as DENOUNCED, a party from the table's year until then", () => {
    const jam = edge(plan, 'JAM', 'ICCPR-OP1');
    expect(jam.status).toBe('DENOUNCED');
    expect(jam.edge).toMatchObject({ year: 1997, ratifiedYear: 1975 });
    expect(jam.edge.evidence).toBe(
      `seeds/sources/ratification/hr_status_iccpr_op1.csv:85: Jamaica, "state party" (1975); denounced in 1997 per American Journal of International Law: Jamaica Withdraws the Right of Individual Petition under the International Covenant on Civil and Political Rights (N. Schiffrin, 1998), Cambridge Core, as of 2017-02-27 (seeds/reference/ratification-year-fixes.yaml:${entryLine(text, 'ICCPR-OP1', 'JAM')}), so a party from the table's year until then`,
    );
    const tto = edge(plan, 'TTO', 'ICCPR-OP1');
    expect(tto).toMatchObject({ status: 'DENOUNCED', edge: { year: 2000, ratifiedYear: 1980 } });
    // Every other party of the table stays RATIFIED.
    const denounced = plan.rows.ratifications.filter((r) => r.status === 'DENOUNCED' && !String(r.instrument).startsWith('ILO-'));
    expect(denounced.map((r) => `${String(r.instrument)}/${String(r.country)}`).sort()).toEqual(['ICCPR-OP1/JAM', 'ICCPR-OP1/TTO']);
  });

  it('refuses a denunciation whose source does not name its year', () => {
    const seeds = seedsCopy();
    const file = path.join(seeds, 'reference', 'ratification-year-fixes.yaml');
    fs.writeFileSync(
      file,
      text
        .replace('Jamaica became the first country to denounce', 'Jamaica became the first country to leave'.replace('leave', 'denounce in 1996'))
        .replace('In October 1997, [...] ', ''),
    );
    expect(() => readRatificationYearFixes(seeds)).toThrow(
      /ratification-year-fixes\.yaml:\d+: denounced\[0\]\.row: the row must name the year 1997 of the denunciation/,
    );
  });

  it('applies every fix of the file, each with its own line in the evidence', () => {
    const raw = parse(text) as { fixes: Array<{ instrument: string; country: string; from: number; to: number; kind: string }> };
    const { entries } = readRatificationYearFixes(SEEDS_DIR);
    const fixes = entries.filter((e) => e.action === 'fix');
    expect(fixes.map((f) => `${f.instrument}/${f.country}`)).toEqual(raw.fixes.map((f) => `${f.instrument}/${f.country}`));
    expect(fixes.length).toBeGreaterThanOrEqual(20);
    for (const f of fixes) {
      const e = edge(plan, f.country, f.instrument);
      expect([f.country, f.instrument, e.status, e.edge.year]).toEqual([f.country, f.instrument, 'RATIFIED', f.to]);
      expect(e.edge.evidence).toContain(`year ${f.from} in the table, ${f.to} (${f.kind}) per`);
      expect(e.edge.evidence).toContain(`ratification-year-fixes.yaml:${entryLine(text, f.instrument, f.country)})`);
    }
  });

  it('changes nothing it lists as unresolved, but says the year or status is disputed', () => {
    const { entries } = readRatificationYearFixes(SEEDS_DIR);
    const tuvalu = entries.find((e) => e.action === 'unresolved' && e.country === 'TUV' && e.instrument === 'ICCPR');
    expect(tuvalu).toBeDefined();
    const e = edge(plan, 'TUV', 'ICCPR');
    expect([e.status, e.edge.year]).toEqual(['RATIFIED', 1976]);
    expect(e.edge.evidence).toMatch(
      /; disputed: not a participant per UN Treaty Collection .* \(seeds\/reference\/ratification-year-fixes\.yaml:\d+\), unresolved and not changed$/,
    );
  });

  it('leaves every other row as the table has it', () => {
    const mex = plan.rows.ratifications.find((r) => r.country === 'MEX' && r.instrument === 'ICRMW') as { edge: { year: number; evidence: string } };
    expect(mex.edge.year).toBe(1999);
    expect(mex.edge.evidence).toBe('seeds/sources/ratification/hr_status_icmw.csv:111: Mexico, "state party" (1999)');
  });

  it('fails the load with file:line when the table no longer says what a fix corrects', () => {
    const seeds = seedsCopy();
    const csv = path.join(seeds, 'sources', 'ratification', 'hr_status_icerd.csv');
    fs.writeFileSync(csv, fs.readFileSync(csv, 'utf8').replace('US,United States,1,1966,', 'US,United States,1,1994,'));
    const line = entryLine(text, 'ICERD', 'USA');
    expect(() => buildLoadPlan({ seedsDir: seeds })).toThrow(
      `seeds/reference/ratification-year-fixes.yaml:${line}: stale entry: ICERD USA expects RATIFIED 1966 in the table, but seeds/sources/ratification/hr_status_icerd.csv:186 says RATIFIED 1994`,
    );
  });

  it('fails when an unresolved entry no longer matches the table either', () => {
    const seeds = seedsCopy();
    const csv = path.join(seeds, 'sources', 'ratification', 'hr_status_iccpr.csv');
    fs.writeFileSync(csv, fs.readFileSync(csv, 'utf8').replace(/^TV,Tuvalu,1,1976,0,0,state party,/m, 'TV,Tuvalu,0,,0,1,no action,'));
    expect(() => buildLoadPlan({ seedsDir: seeds })).toThrow(
      new RegExp(
        `^seeds/reference/ratification-year-fixes\\.yaml:${entryLine(text, 'ICCPR', 'TUV')}: stale entry: ICCPR TUV expects RATIFIED 1976 in the table, but .*hr_status_iccpr\\.csv:\\d+ says NO_ACTION$`,
      ),
    );
  });

  it.each([
    [
      'a row that does not say the corrected year',
      (t: string) => t.replace('21 Oct 1994"', '21 Oct 1995"'),
      /fixes\[0\]\.row: the row's last date must be the year 1994 marked as ratification/,
    ],
    [
      'an unknown source',
      (t: string) => t.replace('source: untc-2015\n    row: "4-2.csv:176', 'source: nowhere\n    row: "4-2.csv:176'),
      /fixes\[0\]\.source: unknown source; the sources are untc-2015/,
    ],
    ['a fix that changes nothing', (t: string) => t.replace('from: 1966\n    to: 1994', 'from: 1994\n    to: 1994'), /fixes\[0\]\.to: the fix changes nothing/],
    [
      'an instrument without a table',
      (t: string) => t.replace('instrument: ICERD\n    country: USA', 'instrument: ILO-C29\n    country: USA'),
      /instrument ILO-C29 has no ratification table/,
    ],
    [
      'a state the table lacks',
      (t: string) => t.replace('instrument: ICERD\n    country: USA', 'instrument: ICERD\n    country: TWN'),
      /stale entry: seeds\/sources\/ratification\/hr_status_icerd\.csv has no row for TWN/,
    ],
  ])('refuses %s, naming the line', (_what, edit, message) => {
    const seeds = seedsCopy();
    const file = path.join(seeds, 'reference', 'ratification-year-fixes.yaml');
    const changed = edit(text);
    expect(changed).not.toBe(text);
    fs.writeFileSync(file, changed);
    let error: Error | undefined;
    try {
      buildLoadPlan({ seedsDir: seeds });
    } catch (err) {
      error = err as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/^seeds\/reference\/ratification-year-fixes\.yaml:\d+: /);
  });
});

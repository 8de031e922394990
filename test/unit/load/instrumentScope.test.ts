import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadReferenceData, SEEDS_DIR } from '../../../src/ingest/referenceData';
import { buildLoadPlan } from '../../../src/load/buildLoadPlan';
import { nameRegExp, readInstrumentScope } from '../../../src/load/instrumentScope';

const SCOPE = path.join(SEEDS_DIR, 'reference', 'instrument-scope.yaml');

/** A copy of the project's seeds folder whose scope table a test may break. */
function seedsWithScope(edit: (text: string) => string): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-')), 'seeds');
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  const file = path.join(dir, 'reference', 'instrument-scope.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  return dir;
}

/** The 1-based line of the first line of `text` that is exactly `line`. */
const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line) + 1;

describe('the instrument scope table (seeds/reference/instrument-scope.yaml)', () => {
  const text = fs.readFileSync(SCOPE, 'utf8');

  it('gives each instrument its groups, and the load its line as evidence', () => {
    const scopes = readInstrumentScope(SEEDS_DIR, loadReferenceData());
    const crc = scopes.find((s) => s.instrument === 'CRC')!;
    expect(crc.groups).toEqual(expect.arrayContaining(['children', 'unaccompanied-minors']));
    expect(crc.line).toBe(lineOf(text, '- instrument: CRC'));
    const plan = buildLoadPlan();
    const row = plan.rows.instruments.find((r) => r.id === 'CRC') as { props: Record<string, unknown> };
    expect(row.props).toMatchObject({ protects: crc.groups, scopeEvidence: `seeds/reference/instrument-scope.yaml:${crc.line}` });
    expect(row.props.textNames).toEqual(expect.arrayContaining(['Convention on the Rights of the Child', 'Convention relative aux droits de l’enfant', 'CRC']));
  });

  it('fails the load on an unknown instrument, naming file and line', () => {
    const dir = seedsWithScope((t) => t.replace('- instrument: ICRMW', '- instrument: ILO-C999'));
    const line = lineOf(fs.readFileSync(path.join(dir, 'reference', 'instrument-scope.yaml'), 'utf8'), '- instrument: ILO-C999');
    expect(() => buildLoadPlan({ seedsDir: dir })).toThrow(new RegExp(`instrument-scope\\.yaml:${line}\\b.*unknown instrument ILO-C999`));
  });

  it('fails on an unknown group, naming file, line and the known groups', () => {
    const dir = seedsWithScope((t) => t.replace('groups: [migrant-workers, families, irregular-migrants]', 'groups: [migrant-workers, domestic-workers]'));
    const line = lineOf(fs.readFileSync(path.join(dir, 'reference', 'instrument-scope.yaml'), 'utf8'), '  groups: [migrant-workers, domestic-workers]');
    expect(() => buildLoadPlan({ seedsDir: dir })).toThrow(
      new RegExp(`instrument-scope\\.yaml:${line}\\b.*unknown group domestic-workers; the groups are women`),
    );
  });

  it('matches an abbreviation in capitals as a whole word, and a name in any case', () => {
    const crc = nameRegExp('CRC');
    expect(crc.test('under the CRC, art. 3')).toBe(true);
    expect(crc.test('the CRCs')).toBe(false);
    expect(crc.test('the crc')).toBe(false);
    const convention = nameRegExp('Migrant Workers Convention');
    expect(convention.test('ratified the migrant workers\nconvention in 2003')).toBe(true);
    expect(convention.test('Migrant Workers Conventions')).toBe(false);
    // Whitespace as Java's regular expressions (and so the rule until it moved out of Cypher) read it: ASCII only.
    expect(convention.test('Migrant Workers\u00a0Convention')).toBe(false);
    expect(convention.test("the migrant workers' convention")).toBe(false);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadReferenceData, SEEDS_DIR } from '../../../src/ingest/referenceData';

describe('the reference data', () => {
  it('names the file and line of an objective related to a theme there is none of', () => {
    const seeds = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ref-')), 'seeds');
    fs.cpSync(SEEDS_DIR, seeds, { recursive: true });
    const file = path.join(seeds, 'reference', 'gcm-objectives.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const before = '- { objective: GCM-7, theme: violence,';
    fs.writeFileSync(file, text.replace(before, '- { objective: GCM-7, theme: violense,'));
    const line = text.split('\n').findIndex((l) => l.includes(before)) + 1;
    expect(() => loadReferenceData(seeds)).toThrow(
      new RegExp(`^seeds/reference/gcm-objectives\\.yaml:${line}: relatesTo\\[\\d+\\]\\.theme: unknown theme violense; the themes are `),
    );
  });
});

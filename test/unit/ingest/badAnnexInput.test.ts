import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestFile } from '../../support/ingestFixtures';

const SYNTHETIC = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'synthetic-annex.txt'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bad-annex-'));

/** The 1-based line of the last line of `text` equal to `line`. */
const lastLineOf = (text: string, line: string) => text.split('\n').lastIndexOf(line) + 1;

function ingestText(name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return () => ingestFile(file, name);
}

describe('bad annex input gets a clear error with file and line', () => {
  it('a missing field (here the Country: label, so the country runs into the title)', () => {
    const text = SYNTHETIC.replace('Country: \n\nZambia', 'Zambia');
    const line = lastLineOf(text, 'Partner(s): ');
    expect(ingestText('missing.txt', text)).toThrow(
      new RegExp(`^missing\\.txt:${line}: the practice "Alternatives to Detention Pilot Zambia" has no "Country:" field before "Partner\\(s\\):"`),
    );
  });

  it('a truncated file', () => {
    const text = SYNTHETIC.slice(0, SYNTHETIC.indexOf('Summary: \n\nCase management'));
    expect(ingestText('truncated.txt', text)).toThrow(/^truncated\.txt:72: .*has no "Summary:" field \(is the file truncated\?\)/);
  });

  it('a duplicated practice', () => {
    const pilot = SYNTHETIC.slice(SYNTHETIC.indexOf('Title of M&D Policy or Practice: \n\nAlternatives'));
    const text = `${SYNTHETIC}\n${pilot}`;
    const line = lastLineOf(text, 'Title of M&D Policy or Practice: ');
    expect(ingestText('duplicate.txt', text)).toThrow(
      new RegExp(`^duplicate\\.txt:${line}: duplicate practice: "Alternatives to Detention Pilot" appears twice`),
    );
  });

  it('an unknown country name', () => {
    const text = SYNTHETIC.replace('Zambia', 'Atlantis');
    const line = lastLineOf(text, 'Atlantis ');
    expect(ingestText('atlantis.txt', text)).toThrow(
      new RegExp(`^atlantis\\.txt:${line}: unknown country name "Atlantis" in the Country field of "Alternatives to Detention Pilot"`),
    );
  });

  it('a file that is not UTF-8', () => {
    const latin1 = Buffer.from(SYNTHETIC.replace('Programme d’accueil', "Programme d'accueil"), 'latin1');
    expect(ingestText('latin1.txt', latin1)).toThrow(/^latin1\.txt:\d+: the file is not valid UTF-8/);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ANONYMOUS_CURATOR, CuratorRegistry } from '../../../src/curation/curatorRegistry';
import { loadConfig } from '../../../src/config/config';

const ALICE = 'alice-token-0123456789abcdef';
const BOB = 'bob-token-0123456789abcdef';

describe('CuratorRegistry', () => {
  it('names the curator of a token from CURATOR_TOKENS, inline or in a file, and CURATOR_TOKEN as anonymous', () => {
    const inline = CuratorRegistry.fromConfig({
      CURATOR_TOKENS: JSON.stringify({ [ALICE]: 'Alice Moreau', [BOB]: 'Bob Okafor' }),
      CURATOR_TOKEN: 'the-single-token-of-old',
    });
    expect(inline.identify(`Bearer ${ALICE}`)).toBe('Alice Moreau');
    expect(inline.identify(`bearer   ${BOB}`)).toBe('Bob Okafor');
    expect(inline.identify('Bearer the-single-token-of-old')).toBe(ANONYMOUS_CURATOR);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-tokens-')), 'curators.json');
    fs.writeFileSync(file, JSON.stringify({ [BOB]: 'Bob Okafor' }));
    const fromFile = CuratorRegistry.fromConfig({ CURATOR_TOKENS: file });
    expect(fromFile.identify(`Bearer ${BOB}`)).toBe('Bob Okafor');
    expect(fromFile.identify(`Bearer ${ALICE}`)).toBeNull();
  });

  it('knows nobody for a missing, malformed, wrong, prefix or extended token', () => {
    const reg = CuratorRegistry.of([[ALICE, 'Alice Moreau']]);
    for (const header of [undefined, '', ALICE, `Basic ${ALICE}`, `Bearer ${ALICE.slice(0, -1)}`, `Bearer ${ALICE}x`, 'Bearer ']) {
      expect(reg.identify(header)).toBeNull();
    }
    expect(CuratorRegistry.none.enabled).toBe(false);
    expect(CuratorRegistry.none.identify(`Bearer ${ALICE}`)).toBeNull();
  });

  it('never shows a token: not in its errors, not when logged', () => {
    const short = 'short-secret';
    const errors: string[] = [];
    for (const value of [JSON.stringify({ [short]: 'Eve' }), `{"${ALICE}": ""}`, `{not json ${ALICE}`, '/no/such/curators.json']) {
      try {
        CuratorRegistry.fromConfig({ CURATOR_TOKENS: value });
      } catch (err) {
        errors.push((err as Error).message);
      }
    }
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/curator token #1 \(of "Eve"\) is shorter than 16 characters/);
    expect(errors[1]).toMatch(/^CURATOR_TOKENS: entry #1: /);
    expect(errors[2]).toMatch(/^CURATOR_TOKENS: not valid JSON/);
    expect(errors[3]).toMatch(/cannot read it \(ENOENT\)/);
    for (const message of errors) {
      expect(message).not.toContain(short);
      expect(message).not.toContain(ALICE);
    }
    const reg = CuratorRegistry.of([[ALICE, 'Alice Moreau']]);
    expect(JSON.stringify({ reg })).toBe('{"reg":{"curators":1}}');
    // A configuration error names the variable but not a too-short token's value.
    expect(() => loadConfig({ CURATOR_TOKEN: 'short-secret' })).toThrow(/CURATOR_TOKEN=\[redacted\]: use at least 16 characters/);
    expect(() => loadConfig({ CURATOR_TOKEN: 'short-secret' })).not.toThrow(/short-secret/);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { GraphSeed } from '../../../src/ingest/graphSeedSchema';
import { SEEDS_DIR } from '../../../src/ingest/referenceData';
import { ingestGfmd } from '../../support/ingestFixtures';

const { seed } = ingestGfmd();
const committed = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'graph', 'gfmd-2015-rt1.1.json'), 'utf8')) as GraphSeed;
const practice = (idPrefix: string) => {
  const p = seed.practices.find((x) => x.id.startsWith(idPrefix));
  if (!p) throw new Error(`no practice ${idPrefix}`);
  return p;
};
const PAPER = 'seeds/sources/gfmd-2015-rt1.1-background-paper.txt';

describe('what the summaries of the real paper say beyond the annex fields', () => {
  it('makes UNICEF a partner of the Mexican consular protocol, which it was "elaborated in partnership with"', () => {
    expect(practice('protocol-for-consular-attention').partners).toEqual([
      {
        partner: 'unicef',
        basis: 'text-match',
        evidence: `${PAPER}:1597 (Summary): "in partnership with the office in Mexico of UNICEF" (rule: summaryPhrases "in partnership with", seeds/rules/partners.yaml)`,
      },
    ]);
  });

  it('finds the organisations that run a programme, and two organisations "in partnership with" one practice', () => {
    const pair = (p: ReturnType<typeof practice>) => p.partners.map((x) => `${x.partner}:${x.basis}`);
    expect(pair(practice('healthcare-for-different-groups'))).toEqual(['eu:text-match', 'who:text-match']);
    expect(pair(practice('capacity-building-programmes'))).toEqual(['iom:annex-field', 'unhcr:annex-field', 'international-rescue-committee:text-match']);
    expect(practice('capacity-building-programmes').partners[2]!.evidence).toMatch(/:1849 \(Summary\): "programme of the International Rescue Committee"/);
    // "implemented by the International Organization of Migration (IOM)": the rule finds it, once.
    expect(pair(practice('acp-eu-migration-action')).filter((x) => x.startsWith('iom:'))).toEqual(['iom:text-match']);
    // "an initiative between the Philippines and Netherlands": the implementer is not its own partner.
    expect(pair(practice('manila-declaration'))).toContain('state-nld:text-match');
    expect(pair(practice('manila-declaration'))).not.toContain('state-phl:text-match');
  });

  it('never duplicates a partner of a practice, and every summary partner cites a Summary line of its practice and its rule', () => {
    for (const p of seed.practices) {
      expect(new Set(p.partners.map((x) => x.partner)).size).toBe(p.partners.length);
      for (const x of p.partners.filter((e) => e.basis === 'text-match')) {
        const m = /^seeds\/sources\/gfmd-2015-rt1\.1-background-paper\.txt:(\d+) \(Summary\): "[^"]+" \(rule: summaryPhrases "[^"]+"/.exec(x.evidence);
        expect([p.id, x.evidence, m !== null]).toEqual([p.id, x.evidence, true]);
        expect(Number(m![1])).toBeGreaterThanOrEqual(p.source.lines[0]);
        expect(Number(m![1])).toBeLessThanOrEqual(p.source.lines[1]);
      }
    }
  });

  it('mentions the United States for the consular network in "Mcallen, Texas; Phoenix, Arizona", and no other country through a place', () => {
    const usa = practice('strengthen-the-consular-network').mentions.find((m) => m.country === 'USA');
    expect(usa).toEqual({
      country: 'USA',
      basis: 'text-match',
      evidence: `${PAPER}:1385 (Summary): "Mcallen, Texas" (gazetteer: McAllen, city of US (population 140269); Texas, subdivision US-TX)`,
    });
    // Reviewed by hand: the only mention the gazetteer adds to the paper (Nairobi, Cairo and
    // Manila are found too, but their countries are named in the same summaries).
    const byPlace = seed.practices.flatMap((p) => p.mentions.filter((m) => m.evidence.includes('(gazetteer:')).map((m) => `${p.id}:${m.country}`));
    expect(byPlace).toEqual(['strengthen-the-consular-network-for-the-care-of-migrant-boys-girls:USA']);
  });

  it('keeps the two links of the Indonesian practice apart, and no link anywhere joins two URLs', () => {
    expect(practice('citizen-service').webLinks).toEqual(['http://www.kemlu.go.id/', 'http://perlindungan.kemlu.go.id/portal/home']);
    for (const s of [seed, committed]) {
      const links = s.practices.flatMap((p) => p.webLinks);
      expect(links.length).toBeGreaterThan(10);
      for (const link of links) {
        expect([link, link.match(/[a-z][a-z0-9+.-]*:\/\//gi)?.length ?? 0]).toEqual([link, /^www\./.test(link) ? 0 : 1]);
        expect(['http:', 'https:']).toContain(new URL(/^www\./.test(link) ? `http://${link}` : link).protocol);
      }
    }
  });

  it('is what the committed graph seed holds (run `npm run ingest` after changing a rule)', () => {
    expect(committed.practices.map((p) => [p.id, p.partners, p.mentions, p.webLinks])).toEqual(
      seed.practices.map((p) => [p.id, p.partners, p.mentions, p.webLinks]),
    );
  });
});

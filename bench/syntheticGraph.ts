import { prng } from '../src/util/prng';
import { allCountries } from '../src/ingest/countryMatcher';
import type { GraphSeed, PartnerSeed, PracticeSeed } from '../src/ingest/graphSeedSchema';
import { PARTNER_KINDS, type PartnerKind, type ReferenceData } from '../src/ingest/referenceData';

/** Picks index k of n with probability ∝ 1/(k+1)^s: a few items get most of the picks. */
function zipf(n: number, s: number, random: () => number): () => number {
  const weights = Array.from({ length: n }, (_, k) => 1 / (k + 1) ** s);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const WORDS = [
  'protection',
  'migrant',
  'workers',
  'children',
  'health',
  'access',
  'rights',
  'labour',
  'detention',
  'alternatives',
  'trafficking',
  'victims',
  'shelter',
  'consular',
  'assistance',
  'women',
  'return',
  'reintegration',
  'transit',
  'border',
  'training',
  'partnership',
  'regional',
  'national',
  'community',
  'legal',
  'aid',
  'recruitment',
  'fair',
  'social',
  'security',
  'education',
  'mental',
  'care',
  'information',
  'campaign',
  'violence',
  'prevention',
  'diaspora',
  'remittances',
];

/**
 * A synthetic catalogue in the shape of the real one, for benchmarks: `practices` practices in
 * every UN member state (a few countries act much more than the rest), partners whose
 * participation follows a power law, the four themes, the real groups and stages, ten-odd edges
 * a practice. Instruments, provisions and ratifications are the real ones (from the seeds).
 */
export function syntheticGraph(practices: number, ref: ReferenceData, seed = 2015): GraphSeed {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const countries = allCountries()
    .filter((c) => c.unMember)
    .map((c) => c.id);
  const countryRank = zipf(countries.length, 0.8, random);
  const partnerCount = Math.max(50, Math.round(practices / 5));
  const partnerRank = zipf(partnerCount, 1.1, random);
  const themes = ref.themes.map((t) => t.id);
  const groups = ref.groups.map((g) => g.id);
  const stages = ref.stages.map((s) => s.id);
  const documentId = `synthetic-${practices}`;
  const file = `synthetic:${practices}:${seed}`;

  const partners: PartnerSeed[] = Array.from({ length: partnerCount }, (_, i) => {
    const kind: PartnerKind = PARTNER_KINDS[i % PARTNER_KINDS.length]!;
    const country = countries[countryRank()]!;
    return {
      id: `syn-partner-${i}`,
      name: `Synthetic ${kind.toLowerCase().replace(/_/g, ' ')} ${i} ${pick(WORDS)}`,
      kind,
      generic: false,
      basis: 'curated',
      evidence: `${file}: partner ${i}`,
      basedIn: { country, basis: 'curated', evidence: `${file}: partner ${i} seat` },
    };
  });

  const out: PracticeSeed[] = [];
  for (let i = 0; i < practices; i++) {
    const title = `Synthetic practice ${String(i).padStart(6, '0')}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
    const ev = (what: string) => `${file}: practice ${i}, ${what}`;
    const uniq = <T>(xs: T[]) => [...new Set(xs)];
    const implementing = uniq([countries[countryRank()]!]);
    const concerned = random() < 0.2 ? uniq(Array.from({ length: 1 + Math.floor(random() * 3) }, () => countries[countryRank()]!)) : [];
    const mentioned = uniq(Array.from({ length: Math.floor(random() * 3) }, () => countries[countryRank()]!));
    const partnerIds = uniq(Array.from({ length: Math.floor(random() * 5) }, () => `syn-partner-${partnerRank()}`));
    const themeIds = uniq(Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(themes)));
    const groupIds = uniq(Array.from({ length: Math.floor(random() * 4) }, () => pick(groups)));
    const stageIds = uniq(Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(stages)));
    out.push({
      id: `syn-${practices}-${i}`,
      title,
      summary: Array.from({ length: 30 }, () => pick(WORDS)).join(' '),
      webLinks: [`https://example.org/practice/${i}`],
      tags: [pick(WORDS), pick(WORDS)],
      thematicAreas: pick(WORDS),
      countryField: implementing.join(', '),
      partnerField: partnerIds.join(', '),
      implementedByPartners: false,
      notes: [],
      source: { document: documentId, lines: [i * 10 + 1, i * 10 + 9] },
      implementedBy: implementing.map((country) => ({ country, basis: 'annex-field' as const, evidence: ev('Country field') })),
      concerns: concerned.map((country) => ({ country, basis: 'annex-field' as const, evidence: ev('after "Re:"') })),
      mentions: mentioned.map((country) => ({ country, basis: 'text-match' as const, evidence: ev('summary') })),
      partners: partnerIds.map((partner) => ({ partner, basis: 'annex-field' as const, evidence: ev('Partner(s) field') })),
      themes: themeIds.map((id) => ({ id, basis: 'text-match' as const, evidence: ev('summary'), rule: 'synthetic' })),
      groups: groupIds.map((id) => ({ id, basis: 'text-match' as const, evidence: ev('summary'), rule: 'synthetic' })),
      stages: stageIds.map((id) => ({ id, basis: 'text-match' as const, evidence: ev('summary'), rule: 'synthetic' })),
      objectives: [],
      targets: [],
    });
  }
  return {
    document: {
      id: documentId,
      title: `Synthetic catalogue of ${practices} practices (seed ${seed})`,
      file,
      sha256: '0'.repeat(64),
      languages: ['en'],
      year: null,
      publisher: null,
    },
    practices: out,
    partners,
    recommendations: [],
    guidingQuestions: [],
    grounds: [],
    cites: [],
    contributors: [],
  };
}

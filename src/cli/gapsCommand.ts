import { openCliSession, type CliSession } from './cliDatabase';
import { UsageError, type CliOutput } from './graphCommands';
import { textTable } from './textTable';

/** Options of `kg gaps`. */
export interface GapsOptions {
  kind?: string;
  country?: string;
  theme?: string;
  group?: string;
  instrument?: string;
  partnerKind?: string;
  asOf?: string;
  json?: boolean;
}

const list = (v?: string) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null;

function year(v?: string): number | null {
  if (v === undefined) return null;
  if (!/^\d{4}$/.test(v)) throw new UsageError(`--as-of expects a four-digit year (got ${JSON.stringify(v)})`);
  return Number(v);
}

async function ask<T>(session: CliSession, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await session.graphql<T>(query, variables);
  if (res.errors?.length)
    throw new UsageError(res.errors.map((e) => `${typeof e.extensions?.code === 'string' ? e.extensions.code : 'ERROR'}: ${e.message}`).join('\n'));
  return res.data as T;
}

const QUESTIONS: Record<string, { title: string; run: (s: CliSession, o: GapsOptions) => Promise<{ header: string[]; rows: string[][]; data: unknown }> }> = {
  a: {
    title: '(a) country × theme cells with practices but no partner of the kind',
    async run(s, o) {
      const d = await ask<{
        partnershipGaps: {
          withoutPartnerKind: Array<{ country: { id: string }; theme: { id: string }; practiceIds: string[]; kindsPresent: string[]; reason: string }>;
        };
      }>(
        s,
        'query ($k: PartnerKind!, $c: [ID!], $t: [ID!]) { partnershipGaps { withoutPartnerKind(kind: $k, countries: $c, themes: $t) { country { id } theme { id } practiceIds kindsPresent reason } } }',
        { k: o.partnerKind ?? 'NGO', c: list(o.country), t: list(o.theme) },
      );
      const rows = d.partnershipGaps.withoutPartnerKind;
      return {
        header: ['country', 'theme', 'practices', 'kinds present'],
        rows: rows.map((r) => [r.country.id, r.theme.id, String(r.practiceIds.length), r.kindsPresent.join(', ') || '(none)']),
        data: rows,
      };
    },
  },
  b: {
    title: '(b) theme × group cells with no practice',
    async run(s, o) {
      const d = await ask<{
        partnershipGaps: { themeGroupGaps: Array<{ theme: { id: string }; group: { id: string }; practicesOnTheme: number; practicesForGroup: number }> };
      }>(
        s,
        'query ($t: [ID!], $g: [ID!]) { partnershipGaps { themeGroupGaps(themes: $t, groups: $g) { theme { id } group { id } practicesOnTheme practicesForGroup } } }',
        { t: list(o.theme), g: list(o.group) },
      );
      const rows = d.partnershipGaps.themeGroupGaps;
      return {
        header: ['theme', 'group', 'practices on theme', 'practices for group'],
        rows: rows.map((r) => [r.theme.id, r.group.id, String(r.practicesOnTheme), String(r.practicesForGroup)]),
        data: rows,
      };
    },
  },
  c: {
    title: '(c) instruments grounding a theme that back none of the country’s practices',
    async run(s, o) {
      if (!o.country) throw new UsageError('--kind c needs --country <ISO alpha-3>');
      const d = await ask<{
        partnershipGaps: { unbackedInstruments: Array<{ instrument: { id: string }; provision: { article: string } | null; theme: { id: string } }> };
      }>(
        s,
        'query ($c: ID!, $t: [ID!]) { partnershipGaps { unbackedInstruments(country: $c, themes: $t) { instrument { id } provision { article } theme { id } } } }',
        { c: o.country, t: list(o.theme) },
      );
      const rows = d.partnershipGaps.unbackedInstruments;
      return { header: ['instrument', 'provision', 'theme'], rows: rows.map((r) => [r.instrument.id, r.provision?.article ?? '', r.theme.id]), data: rows };
    },
  },
  d: {
    title: '(d) treaties grounding a theme a country acts on, not ratified (or status unknown)',
    async run(s, o) {
      type Gap = { country: { id: string }; theme: { id: string }; instrument: { id: string }; status: string };
      const d = await ask<{ partnershipGaps: { ratificationGaps: { notRatified: Gap[]; unknown: Gap[] } } }>(
        s,
        'query ($c: [ID!], $t: [ID!], $i: [ID!], $y: Int) { partnershipGaps { ratificationGaps(countries: $c, themes: $t, instruments: $i, asOf: $y) { notRatified { country { id } theme { id } instrument { id } status } unknown { country { id } theme { id } instrument { id } status } } } }',
        { c: list(o.country), t: list(o.theme), i: list(o.instrument), y: year(o.asOf) },
      );
      const rows = [...d.partnershipGaps.ratificationGaps.notRatified, ...d.partnershipGaps.ratificationGaps.unknown];
      return {
        header: ['country', 'theme', 'instrument', 'status'],
        rows: rows.map((r) => [r.country.id, r.theme.id, r.instrument.id, r.status]),
        data: d.partnershipGaps.ratificationGaps,
      };
    },
  },
  e: {
    title: '(e) candidate partners active on the theme elsewhere',
    async run(s, o) {
      if (!o.theme) throw new UsageError('--kind e needs --theme <id>');
      const d = await ask<{
        partnershipGaps: { candidatePartners: Array<{ partner: { id: string; kind: string }; practiceIds: string[]; countryIds: string[] }> };
      }>(
        s,
        'query ($t: ID!, $c: ID, $k: PartnerKind) { partnershipGaps { candidatePartners(theme: $t, country: $c, kind: $k) { partner { id kind } practiceIds countryIds } } }',
        { t: o.theme, c: o.country ?? null, k: o.partnerKind ?? null },
      );
      const rows = d.partnershipGaps.candidatePartners;
      return {
        header: ['partner', 'kind', 'practices', 'countries'],
        rows: rows.map((r) => [r.partner.id, r.partner.kind, String(r.practiceIds.length), r.countryIds.join(' ')]),
        data: rows,
      };
    },
  },
  f: {
    title: '(f) Global Compact objectives with no practice in the country / with the partner kind',
    async run(s, o) {
      const d = await ask<{
        partnershipGaps: { objectiveGaps: Array<{ objective: { id: string }; practicesInScope: number; supportedElsewhereByIds: string[] }> };
      }>(
        s,
        'query ($c: ID, $k: PartnerKind) { partnershipGaps { objectiveGaps(country: $c, kind: $k) { objective { id } practicesInScope supportedElsewhereByIds } } }',
        { c: o.country ?? null, k: o.partnerKind ?? null },
      );
      const rows = d.partnershipGaps.objectiveGaps;
      return {
        header: ['objective', 'practices in scope', 'supported elsewhere by'],
        rows: rows.map((r) => [r.objective.id, String(r.practicesInScope), String(r.supportedElsewhereByIds.length)]),
        data: rows,
      };
    },
  },
};

/** `kg gaps`: the partnership-gap questions as tables (or JSON). Without --kind: (a), (b), (d). */
export async function gapsCommand(opts: GapsOptions, io: CliOutput): Promise<void> {
  const kinds = opts.kind ? opts.kind.split(',') : ['a', 'b', 'd'];
  for (const k of kinds) if (!QUESTIONS[k]) throw new UsageError(`--kind ${JSON.stringify(k)}: one of a, b, c, d, e, f`);
  const session = await openCliSession(io.err);
  try {
    const all: Record<string, unknown> = {};
    for (const k of kinds) {
      const q = QUESTIONS[k]!;
      const { header, rows, data } = await q.run(session, opts);
      all[k] = data;
      if (!opts.json) io.out(`${q.title}: ${rows.length}\n${textTable(header, rows)}\n`);
    }
    if (opts.json) io.out(JSON.stringify(all, null, 2));
  } finally {
    await session.close();
  }
}

import type { CountryMatcher } from './countryMatcher';
import type { PartnerSeed } from './graphSeedSchema';
import { wholeWords, type JoinedText } from './joinLines';
import type { PartnerEntry, PartnerKind, PartnerKindRules } from './referenceData';
import { slugify } from '../util/slugify';

/** A partner named by one practice, with the words that name it. */
export interface ResolvedPartner {
  partner: PartnerSeed;
  evidence: string;
}

/** What the Partner(s) field of one practice yields. */
export interface PartnerResolution {
  partners: ResolvedPartner[];
  /** Phrases that name no partner ("other countries as deemed necessary"). */
  notes: string[];
  /** Names the alias table does not know; their kind came from the rules. */
  unknown: string[];
}

interface Span {
  start: number;
  end: number;
  text: string;
  entry?: PartnerEntry;
  country?: string;
}

/**
 * Resolves a practice's Partner(s) field into partner nodes: known aliases first (longest
 * first, so "Ministry of Territorial Administration and Decentralisation" stays whole), then
 * country names (STATE partners), then whatever is left, split on commas, "and" and line breaks.
 */
export class PartnerResolver {
  private readonly aliases: Array<{ alias: string; entry: PartnerEntry; re: RegExp }>;
  private readonly entries = new Map<string, PartnerEntry>();
  private readonly kindRules: Array<{ kind: PartnerKind; re: RegExp }>;
  private readonly filler: Set<string>;

  constructor(
    entries: PartnerEntry[],
    private readonly countries: CountryMatcher,
    rules: PartnerKindRules,
  ) {
    for (const e of entries) {
      if (this.entries.has(e.id)) throw new Error(`seeds/reference/partners.yaml: duplicate partner id ${e.id}`);
      this.entries.set(e.id, e);
    }
    for (const e of entries) for (const x of e.expands ?? []) if (!this.entries.has(x)) throw new Error(`seeds/reference/partners.yaml: ${e.id} expands to unknown id ${x}`);
    this.aliases = entries
      .flatMap((entry) => entry.aliases.map((alias) => ({ alias, entry, re: wholeWords(alias) })))
      .sort((a, b) => b.alias.length - a.alias.length);
    this.kindRules = rules.kinds.map((r) => ({ kind: r.kind, re: new RegExp(r.pattern, 'i') }));
    this.filler = new Set(rules.fillerWords.map((w) => w.toLowerCase()));
  }

  /** The kind a name that is not in the alias table most likely has. */
  kindOf(name: string): PartnerKind {
    return this.kindRules.find((r) => r.re.test(name))?.kind ?? 'OTHER';
  }

  resolve(field: JoinedText, file: string, ctx: { practiceId: string; implementers: string[] }): PartnerResolution {
    const text = field.text;
    const spans: Span[] = [];
    const overlaps = (s: number, e: number) => spans.some((x) => s < x.end && x.start < e);
    const homeCountry = ctx.implementers.length === 1 ? ctx.implementers[0] : undefined;

    for (const { alias, entry, re } of this.aliases) {
      if (!text.includes(alias)) continue;
      if (entry.scope && entry.scope !== homeCountry) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!overlaps(m.index, m.index + alias.length)) spans.push({ start: m.index, end: m.index + alias.length, text: alias, entry });
      }
    }
    for (const c of this.countries.find(text)) {
      const end = c.index + c.matched.length;
      if (!overlaps(c.index, end)) spans.push({ start: c.index, end, text: c.matched, country: c.id });
    }
    spans.sort((a, b) => a.start - b.start);

    const where = (offset: number) => `${file}:${field.lineAt(offset)} (Partner(s) field)`;
    const result: PartnerResolution = { partners: [], notes: [], unknown: [] };
    const add = (partner: PartnerSeed, offset: number, words: string) => {
      if (!result.partners.some((p) => p.partner.id === partner.id)) {
        result.partners.push({ partner, evidence: `${where(offset)}: "${words}"` });
      }
    };

    for (const span of spans) {
      if (span.country) {
        add(this.statePartner(span.country, where(span.start), span.text), span.start, span.text);
        continue;
      }
      const entry = span.entry!;
      if (entry.none) {
        result.notes.push(`Partner(s) field says "${span.text}", which names no partner`);
        continue;
      }
      for (const e of entry.expands ? entry.expands.map((x) => this.entries.get(x)!) : [entry]) {
        add(this.fromEntry(e, ctx.practiceId, homeCountry, `${where(span.start)}: "${span.text}"`), span.start, span.text);
      }
    }

    // Whatever no alias or country claimed: split it and keep the fragments that name someone.
    let cursor = 0;
    for (const span of [...spans, { start: text.length, end: text.length, text: '' }]) {
      const gap = text.slice(cursor, span.start);
      const gapStart = cursor;
      cursor = span.end;
      for (const m of gap.matchAll(/[^,;]+/g)) {
        for (const piece of m[0].split(/\band\b/)) {
          const name = piece.replace(/^[\s.:;()'"‘’“”-]+|[\s.:;()'"‘’“”-]+$/g, '');
          const words = name.toLowerCase().split(/\s+/).filter(Boolean);
          if (!name || words.every((w) => this.filler.has(w))) continue;
          const offset = gapStart + (m.index ?? 0) + piece.indexOf(name);
          const kind = this.kindOf(name);
          const governmental = kind === 'GOVERNMENT_AGENCY' && homeCountry;
          const pid = governmental ? `${homeCountry.toLowerCase()}-${slugify(name, 60)}` : slugify(name, 60);
          result.unknown.push(name);
          add(
            {
              id: pid,
              name,
              kind,
              generic: false,
              basis: 'annex-field',
              evidence: `${where(offset)}: "${name}" (not in the alias table; kind ${kind} from seeds/rules/partners.yaml)`,
              basedIn: governmental ? { country: homeCountry, basis: 'annex-field', evidence: `a government agency named by a practice of ${homeCountry}, ${where(offset)}` } : null,
            },
            offset,
            name,
          );
        }
      }
    }
    return result;
  }

  private statePartner(iso3: string, where: string, words: string): PartnerSeed {
    const country = this.countries.get(iso3)!;
    return {
      id: `state-${iso3.toLowerCase()}`,
      name: country.name,
      kind: 'STATE',
      generic: false,
      basis: 'annex-field',
      evidence: `a country named as a partner, ${where}: "${words}"`,
      basedIn: { country: iso3, basis: 'annex-field', evidence: `the state of ${country.name}` },
    };
  }

  private fromEntry(e: PartnerEntry, practiceId: string, homeCountry: string | undefined, evidence: string): PartnerSeed {
    const kind = e.kind!;
    const basedIn = e.basedIn ?? (e.generic && kind === 'GOVERNMENT_AGENCY' ? homeCountry : undefined);
    return {
      id: e.generic ? `${e.id}--${practiceId}` : e.id,
      name: e.name!,
      kind,
      generic: e.generic === true,
      basis: 'curated',
      evidence: `seeds/reference/partners.yaml entry ${e.id}; named in ${evidence}`,
      basedIn: basedIn
        ? {
            country: basedIn,
            basis: e.basedIn ? 'curated' : 'annex-field',
            evidence: e.basedIn ? `seeds/reference/partners.yaml entry ${e.id} (seat)` : `government partners of a practice of ${basedIn}`,
          }
        : null,
    };
  }
}

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

/** Splits `text` at commas, semicolons and the word "and" that lie outside every span. */
function segments(text: string, spans: Span[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const inSpan = (i: number) => spans.some((sp) => i >= sp.start && i < sp.end);
  let start = 0;
  const re = /[,;]|\band\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (inSpan(m.index)) continue;
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((s) => s.end > s.start);
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
    for (const e of entries)
      for (const x of e.expands ?? []) if (!this.entries.has(x)) throw new Error(`seeds/reference/partners.yaml: ${e.id} expands to unknown id ${x}`);
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
    const isFiller = (words: string) => words.split(/[\s.:;()'"‘’“”-]+/).every((w) => !w || this.filler.has(w.toLowerCase()));

    // Segments: the field split at commas, semicolons and "and", except inside a known name
    // ("Trinidad and Tobago", "Ministry of Territorial Administration and Decentralisation").
    for (const segment of segments(text, spans)) {
      const inside = spans.filter((sp) => sp.start >= segment.start && sp.end <= segment.end);
      let rest = text.slice(segment.start, segment.end);
      for (const sp of [...inside].reverse())
        rest = rest.slice(0, sp.start - segment.start) + ' '.repeat(sp.end - sp.start) + rest.slice(sp.end - segment.start);
      const restIsFiller = isFiller(rest);
      const aliasSpans = inside.filter((sp) => sp.entry);
      const countrySpans = inside.filter((sp) => sp.country);

      for (const span of aliasSpans) {
        const entry = span.entry!;
        if (entry.none) {
          result.notes.push(`Partner(s) field says "${span.text}", which names no partner`);
          continue;
        }
        for (const e of entry.expands ? entry.expands.map((x) => this.entries.get(x)!) : [entry]) {
          add(this.fromEntry(e, ctx.practiceId, homeCountry, `${where(span.start)}: "${span.text}"`), span.start, span.text);
        }
      }
      if (aliasSpans.length > 0) {
        if (!restIsFiller) result.notes.push(`Partner(s) field: words left aside next to a known partner: "${rest.replace(/\s+/g, ' ').trim()}"`);
        continue;
      }
      if (countrySpans.length > 0 && restIsFiller) {
        for (const span of countrySpans) add(this.statePartner(span.country!, where(span.start), span.text), span.start, span.text);
        continue;
      }
      // A name no alias claims; a country inside it ("Red Cross Belgium") is where it is based.
      const words = text
        .slice(segment.start, segment.end)
        .replace(/^[\s.:;()'"‘’“”-]+|[\s.:;()'"‘’“”-]+$/g, '')
        .split(/\s+/)
        .filter(Boolean);
      if (words.length === 0 || words.every((w) => this.filler.has(w.toLowerCase()))) continue;
      while (words.length > 1 && this.filler.has(words[0]!.toLowerCase())) words.shift();
      const name = words.join(' ');
      const offset = segment.start + Math.max(0, text.slice(segment.start, segment.end).indexOf(name));
      const kind = this.kindOf(name);
      const seat = countrySpans[0]?.country ?? (kind === 'GOVERNMENT_AGENCY' ? homeCountry : undefined);
      const pid = seat && (kind === 'GOVERNMENT_AGENCY' || countrySpans.length === 0) ? `${seat.toLowerCase()}-${slugify(name, 60)}` : slugify(name, 60);
      result.unknown.push(name);
      add(
        {
          id: pid,
          name,
          kind,
          generic: false,
          basis: 'annex-field',
          evidence: `${where(offset)}: "${name}" (not in the alias table; kind ${kind} from seeds/rules/partners.yaml)`,
          basedIn: seat
            ? {
                country: seat,
                basis: 'annex-field',
                evidence: countrySpans.length
                  ? `the name "${name}" contains the country`
                  : `a government agency named by a practice of ${seat}, ${where(offset)}`,
              }
            : null,
        },
        offset,
        name,
      );
    }
    return result;
  }

  /**
   * The longest known name (alias) that starts exactly at `offset` of `text` and ends on a word
   * boundary, honouring an alias's `scope` (the one country whose practices may use it).
   */
  aliasAt(text: string, offset: number, homeCountry: string | undefined): { entry: PartnerEntry; alias: string } | undefined {
    for (const { alias, entry } of this.aliases) {
      if (!text.startsWith(alias, offset) || /[\p{L}\p{N}]/u.test(text.charAt(offset + alias.length))) continue;
      if (entry.scope && entry.scope !== homeCountry) continue;
      return { entry, alias };
    }
    return undefined;
  }

  /** The partner nodes an alias-table entry stands for (none for a `none` phrase, several for `expands`). */
  partnersOf(entry: PartnerEntry, practiceId: string, homeCountry: string | undefined, evidence: string): PartnerSeed[] {
    if (entry.none) return [];
    return (entry.expands ? entry.expands.map((x) => this.entries.get(x)!) : [entry]).map((e) => this.fromEntry(e, practiceId, homeCountry, evidence));
  }

  /** The STATE partner node of a country. */
  statePartner(iso3: string, where: string, words: string): PartnerSeed {
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

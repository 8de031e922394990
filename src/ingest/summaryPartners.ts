import type { CountryMatcher } from './countryMatcher';
import type { PartnerSeed } from './graphSeedSchema';
import { escapeRegExp, type JoinedText } from './joinLines';
import type { PartnerResolver } from './partnerResolver';
import type { SummaryPhrase } from './referenceData';

/** A partner a Summary names after one of the rule phrases. */
export interface SummaryPartner {
  partner: PartnerSeed;
  /** `file:line (Summary): "<phrase … name>"` and the rule phrase. */
  evidence: string;
}

/** What the phrases find in one Summary. */
export interface SummaryPartnerResult {
  partners: SummaryPartner[];
  /** Names after a phrase that the alias table does not know, for a reviewer (`file:line: …`). */
  unknown: string[];
}

// Words that may stand before a name in a list ("the EU and WHO", "l'OIM et le HCR").
const DETERMINER = /^(?:(?:the|its|their|la|le|les|du|des|de la|de)\s+|(?:de l|l|d)['’]\s*)/iu;
// "IOM (Cairo)", "the European Commission (EC)": a short parenthesis after a name belongs to it.
const PARENTHESIS = /^\s*\([^()]{1,60}\)/u;
// "Red Cross of Atlantis", "10th European Development Fund": capitalised words and the small words between them.
const CAPITALISED_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?:\s+(?:(?:of|for|on|the|and|de|du|des|la|le|et)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’-]*)*/u;
const SEPARATOR = /^\s*(?:,\s*(?:(?:and|et)\s+)?|(?:and|et|&)\s+)/iu;

/** A phrase of the rules as a RegExp: case-insensitive, whole words, any spacing, either apostrophe, œ or oe. */
function phraseRegExp(phrase: string): RegExp {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/['’]/g, "['’]").replace(/œ/g, '(?:œ|oe)'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Finds the partners a practice's Summary names by rule: after a phrase of `summaryPhrases`
 * (seeds/rules/partners.yaml) such as "in partnership with", "implemented by" or "programme of",
 * it reads a list of names ("the EU and WHO", "IOM (Cairo) and UNHCR") and keeps a name only
 * when the partner alias table knows it, so that what follows a phrase (a country, a group of
 * people, a fund) never becomes a partner by accident. Countries count only after a phrase
 * marked `countries: true` ("initiative between"), and never the implementing country itself.
 * A capitalised name the table does not know ends the list and is reported for review.
 */
export class SummaryPartnerFinder {
  private readonly phrases: Array<SummaryPhrase & { re: RegExp }>;

  constructor(
    phrases: SummaryPhrase[],
    private readonly resolver: PartnerResolver,
    private readonly countries: CountryMatcher,
  ) {
    this.phrases = phrases.map((p) => ({ ...p, re: phraseRegExp(p.phrase) }));
  }

  find(summary: JoinedText, file: string, ctx: { practiceId: string; implementers: string[] }): SummaryPartnerResult {
    const text = summary.text;
    const homeCountry = ctx.implementers.length === 1 ? ctx.implementers[0] : undefined;
    const result: SummaryPartnerResult = { partners: [], unknown: [] };
    const hits = this.phrases
      .flatMap((p) => [...text.matchAll(p.re)].map((m) => ({ rule: p, start: m.index, end: m.index + m[0].length })))
      .sort((a, b) => a.start - b.start || b.end - a.end);

    for (const hit of hits) {
      const where = `${file}:${summary.lineAt(hit.start)} (Summary)`;
      const evidence = (end: number) => `${where}: "${text.slice(hit.start, end)}" (rule: summaryPhrases "${hit.rule.phrase}", seeds/rules/partners.yaml)`;
      const add = (partner: PartnerSeed, end: number) => {
        if (!result.partners.some((p) => p.partner.id === partner.id)) result.partners.push({ partner, evidence: evidence(end) });
      };
      let i = hit.end;
      let named = 0;
      for (;;) {
        i += /^\s*/u.exec(text.slice(i))![0].length;
        i += DETERMINER.exec(text.slice(i))?.[0].length ?? 0;
        const alias = this.resolver.aliasAt(text, i, homeCountry);
        const country = !alias && hit.rule.countries ? this.countryAt(text, i) : undefined;
        if (alias) {
          i += alias.alias.length;
          const seeds = this.resolver.partnersOf(alias.entry, ctx.practiceId, homeCountry, `${where}: "${alias.alias}"`);
          for (const s of seeds) add({ ...s, evidence: `${s.evidence} after "${hit.rule.phrase}"` }, i);
        } else if (country) {
          i += country.matched.length;
          if (!ctx.implementers.includes(country.id)) {
            const state = this.resolver.statePartner(country.id, where, country.matched);
            add({ ...state, basis: 'text-match', evidence: `a country named after "${hit.rule.phrase}", ${where}: "${country.matched}"` }, i);
          }
        } else {
          // A country after a phrase that does not take countries is left out on purpose, silently.
          if (named === 0 && !this.countryAt(text, i)) {
            const name = CAPITALISED_NAME.exec(text.slice(i))?.[0];
            if (name) result.unknown.push(`${where}: "${name}" after "${hit.rule.phrase}" is not in seeds/reference/partners.yaml (no partner edge)`);
          }
          break;
        }
        named++;
        i += PARENTHESIS.exec(text.slice(i))?.[0].length ?? 0;
        const sep = SEPARATOR.exec(text.slice(i));
        if (!sep) break;
        i += sep[0].length;
      }
    }
    return result;
  }

  /** The country whose name starts exactly at `offset`, if any. */
  private countryAt(text: string, offset: number): { id: string; matched: string } | undefined {
    return this.countries.find(text.slice(offset, offset + 80)).find((m) => m.index === 0);
  }
}

import { escapeRegExp } from './joinLines';
import type { PartnerEntry } from './referenceData';

// A capitalised word ("Rescue", "DOL’s", "Non-Governmental") and the lower-case words that may
// join capitalised words inside one name ("Bureau of International Labor Affairs", "Ministère de
// la Santé"). Punctuation other than an apostrophe or a hyphen ends a name; so does a full stop,
// lest a name run on into the next sentence.
const WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}’'&-]*`;
const CONNECTOR = String.raw`(?:of|for|and|the|on|in|to|against|de|des|du|la|le|les|pour|et|aux)`;
const CAPITALISED_SPAN = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}(?:\s+(?:${CONNECTOR}\s+)*${WORD})*`, 'gu');

/**
 * Blanks out the names of organisations in a text, so that the classification reads what a
 * practice does and not what its partners are called: "International Rescue Committee" names an
 * NGO, not a rescue, and "Ministry of Health" a ministry, not a health practice. A name is either
 * an alias of a named organisation in the partner table, or a run of capitalised words that holds
 * an organisation's head noun ("Committee", "Ministry", "Department of …"). Blanks keep the
 * length of what they replace, so offsets still point at the source lines.
 */
export class OrganisationNames {
  private readonly aliases: RegExp | undefined;
  private readonly head: RegExp | undefined;

  /**
   * @param aliases names of named organisations (matched case-sensitively, as whole words)
   * @param heads capitalised head nouns that make a capitalised run an organisation's name
   */
  constructor(aliases: string[], heads: string[]) {
    const sorted = [...new Set(aliases)].filter(Boolean).sort((a, b) => b.length - a.length);
    this.aliases = sorted.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
    this.head = heads.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${heads.map(escapeRegExp).join('|')})s?(?![\\p{L}\\p{N}])`, 'u') : undefined;
  }

  /** `text` with every organisation name replaced by spaces of the same length. */
  mask(text: string): string {
    const blank = (m: string) => ' '.repeat(m.length);
    const withoutAliases = this.aliases ? text.replace(this.aliases, blank) : text;
    const head = this.head;
    if (!head) return withoutAliases;
    return withoutAliases.replace(CAPITALISED_SPAN, (span) => (head.test(span) ? blank(span) : span));
  }
}

/**
 * The aliases of the named organisations of the partner table. Unnamed categories are left out:
 * "local labor organizations" says what kind of actor takes part, which is fair evidence of what
 * the practice is about.
 */
export function namedOrganisationAliases(entries: PartnerEntry[]): string[] {
  return entries.filter((p) => p.name && !p.generic).flatMap((p) => p.aliases);
}

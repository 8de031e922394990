import { escapeRegExp, type JoinedText } from './joinLines';
import { namedOrganisationAliases, OrganisationNames } from './organisationNames';
import type { ClassificationRules, ReferenceData } from './referenceData';

/** A classification target family. */
export type Facet = 'themes' | 'groups' | 'stages' | 'objectives' | 'targets';

/** Every facet, in the order rules are tried. */
export const FACETS: readonly Facet[] = ['themes', 'groups', 'stages', 'objectives', 'targets'];

/** The facets the paper's own vocabulary names; objectives and targets are frameworks the project files practices under. */
export const PAPER_FACETS: readonly Facet[] = ['themes', 'groups', 'stages'];

/** The rules file of a facet. */
export function rulesFileOf(facet: Facet): string {
  return PAPER_FACETS.includes(facet) ? 'classification.yaml' : 'frameworks.yaml';
}

/** One edge the rules made, with its evidence. */
export interface Classification {
  facet: Facet;
  id: string;
  rule: string;
  evidence: string;
}

/** A labelled text to classify: which field it is and its joined lines. */
export interface ClassifiedField {
  /** The file the text comes from, for the evidence. */
  file: string;
  label: string;
  text: JoinedText;
  /**
   * The field is the practice's own name (its title): organisation names in it are kept, because
   * a practice that is a bureau or a programme is about what its name says ("Bureau of special
   * attention to migrants victims of crime").
   */
  ownName?: boolean;
}

// JavaScript's \b only knows ASCII letters; French words end in é or è, so rules use a
// Unicode-aware boundary instead.
const UNICODE_BOUNDARY = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';

interface CompiledRule {
  facet: Facet;
  target: string;
  id: string;
  lang: string;
  re: RegExp;
}

/**
 * Applies the keyword rules of seeds/rules/classification.yaml. Each target (a theme, group or
 * stage) gets at most one edge per text: the first field and rule that match, in field order.
 * Keywords inside organisation names do not count (see OrganisationNames).
 */
export class Classifier {
  private readonly rules: CompiledRule[];
  private readonly ignore: RegExp | undefined;
  private readonly organisations: OrganisationNames;

  /**
   * @param organisationAliases the names of the named organisations of the partner table, so that
   *   "International Rescue Committee" in a summary does not put the practice under violence
   */
  /** The project's classifier: its rules, its themes, groups and stages, its named organisations. */
  static fromReference(ref: ReferenceData): Classifier {
    return new Classifier(ref.classification, knownFacetIds(ref), namedOrganisationAliases(ref.partners));
  }

  constructor(rules: ClassificationRules, known: Record<Facet, Set<string>>, organisationAliases: string[] = []) {
    this.rules = FACETS.flatMap((facet) =>
      Object.entries(rules[facet]).flatMap(([target, list]) => {
        if (!known[facet].has(target)) throw new Error(`seeds/rules/${rulesFileOf(facet)}: ${facet}.${target} is not a known ${facet.slice(0, -1)} id`);
        return list.map((r) => ({ facet, target, id: r.id, lang: r.lang, re: new RegExp(r.pattern.replaceAll('\\b', UNICODE_BOUNDARY), 'giu') }));
      }),
    );
    this.ignore = rules.ignore.length ? new RegExp(rules.ignore.map(escapeRegExp).join('|'), 'giu') : undefined;
    this.organisations = new OrganisationNames(organisationAliases, rules.organisationHeads);
  }

  /** Classifies the fields of one practice or statement, written in `lang`. */
  classify(fields: ClassifiedField[], lang: 'en' | 'fr'): Classification[] {
    const out: Classification[] = [];
    const done = new Set<string>();
    for (const field of fields) {
      // Blank ignored phrases and organisation names with spaces of the same length so offsets
      // still point at lines.
      const unignored = this.ignore ? field.text.text.replace(this.ignore, (m) => ' '.repeat(m.length)) : field.text.text;
      const text = field.ownName ? unignored : this.organisations.mask(unignored);
      for (const rule of this.rules) {
        const key = `${rule.facet}:${rule.target}`;
        if (done.has(key) || (rule.lang !== 'any' && rule.lang !== lang)) continue;
        rule.re.lastIndex = 0;
        const m = rule.re.exec(text);
        if (!m) continue;
        done.add(key);
        // The snippet quotes the source as written, names included, so a reader sees the context.
        const snippet = context(field.text.text, m.index, m[0].length);
        out.push({
          facet: rule.facet,
          id: rule.target,
          rule: `${rulesFileOf(rule.facet)}#${rule.id}`,
          evidence: `${field.file}:${field.text.lineAt(m.index)} (${field.label}): "${m[0]}" in "${snippet}"`,
        });
      }
    }
    return out;
  }
}

/** The ids each facet may classify under. */
export function knownFacetIds(ref: ReferenceData): Record<Facet, Set<string>> {
  return {
    themes: new Set(ref.themes.map((t) => t.id)),
    groups: new Set(ref.groups.map((g) => g.id)),
    stages: new Set(ref.stages.map((s) => s.id)),
    objectives: new Set(ref.gcm.objectives.map((o) => o.id)),
    targets: new Set(ref.targets.map((t) => t.id)),
  };
}

function context(text: string, index: number, length: number, radius = 40): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - radius)) + 1);
  const endSpace = text.indexOf(' ', Math.min(text.length, index + length + radius));
  const end = endSpace === -1 ? text.length : endSpace;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

import type { ReferenceSnapshot } from '../reference/referenceCache';
import type { CandidatePartnerRow, InstrumentGapRow, ObjectiveGapRow, PartnerKindGapRow, RatificationGapRow, ThemeGroupGapRow } from './gapRows';
import { PARTNER_KIND_LABELS } from '../labels/partnerKinds';

const name = (map: Map<string, { name: string }>, id: string) => map.get(id)?.name ?? id;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
// The verb agrees with the count: "1 practice benefits", "2 practices benefit".
const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Why a country × theme cell lacks a partner kind, in words. */
export function partnerKindGapReason(g: PartnerKindGapRow, ref: ReferenceSnapshot): string {
  const kind = PARTNER_KIND_LABELS[g.kind].en;
  const present = g.kindsPresent.length ? g.kindsPresent.map((k) => PARTNER_KIND_LABELS[k].en).join(', ') : 'no partner at all';
  return `${name(ref.country, g.country)} acts on ${name(ref.theme, g.theme).toLowerCase()} through ${plural(g.practiceIds.length, 'practice')} (${g.practiceIds.join(', ')}), none with a partner of kind ${kind}; they have ${present}.`;
}

/** Why a theme × group cell is empty. */
export function themeGroupGapReason(g: ThemeGroupGapRow, ref: ReferenceSnapshot): string {
  return `No practice addresses ${name(ref.theme, g.theme).toLowerCase()} for ${name(ref.group, g.group).toLowerCase()}: ${plural(g.practicesOnTheme, 'practice')} ${verb(g.practicesOnTheme, 'addresses', 'address')} the theme for other groups, and ${plural(g.practicesForGroup, 'practice')} ${verb(g.practicesForGroup, 'benefits', 'benefit')} the group on other themes.`;
}

/** Why an instrument is a gap for a country. */
export function instrumentGapReason(g: InstrumentGapRow, ref: ReferenceSnapshot): string {
  const what = g.provision
    ? `${name(ref.instrument, g.instrument)} (${ref.provision.get(g.provision)?.article ?? g.provision})`
    : name(ref.instrument, g.instrument);
  const practices = g.countryPracticeIds.length
    ? `none of its ${plural(g.countryPracticeIds.length, 'practice')} addresses it or another theme this instrument grounds`
    : 'it has no practice in the graph';
  return `${what} grounds ${name(ref.theme, g.theme).toLowerCase()}, but backs no practice of ${name(ref.country, g.country)}: ${practices}.`;
}

/** Why a treaty is a ratification gap, or an unknown. */
export function ratificationGapReason(g: RatificationGapRow, ref: ReferenceSnapshot): string {
  const country = name(ref.country, g.country);
  const instrument = name(ref.instrument, g.instrument);
  const acts = `${country} acts on ${name(ref.theme, g.theme).toLowerCase()} (${plural(g.practiceCount, 'practice')})`;
  switch (g.status) {
    case 'SIGNED':
      return `${acts} and signed but has not ratified the ${instrument}, which grounds that theme.`;
    case 'NO_ACTION':
      return `${acts} but has neither signed nor ratified the ${instrument}, which grounds that theme.`;
    case 'NOT_RATIFIED':
      return `${acts} but was not a party to the ${instrument}, which grounds that theme: ${g.evidence}.`;
    case 'DENOUNCED':
      return `${acts} but denounced the ${instrument}, which grounds that theme: ${g.evidence}.`;
    case 'NOT_A_MEMBER':
      return `${acts} but cannot ratify the ${instrument}, which grounds that theme: it is not a member of the ILO.`;
    case 'UNKNOWN':
      return `${acts}; whether it is a party to the ${instrument}, which grounds that theme, is unknown: ${g.evidence}.`;
  }
}

/** Why a partner is a candidate. */
export function candidateReason(c: CandidatePartnerRow, ref: ReferenceSnapshot, partnerName: string): string {
  const where = c.countryIds.map((id) => name(ref.country, id)).join(', ') || 'no named country';
  const elsewhere = c.key.country ? ` outside ${name(ref.country, c.key.country)}` : '';
  return `${partnerName} partners with ${plural(c.practiceIds.length, 'practice')} on ${name(ref.theme, c.key.theme).toLowerCase()}${elsewhere} (${c.practiceIds.join(', ')}), spanning ${plural(c.countryIds.length, 'country', 'countries')}: ${where}.`;
}

/** Why a Global Compact objective is a gap for a country and/or a partner kind. */
export function objectiveGapReason(g: ObjectiveGapRow, ref: ReferenceSnapshot): string {
  const objective = ref.objective.get(g.objective);
  const what = `objective ${objective?.number ?? g.objective} of the Global Compact (${objective?.name ?? g.objective})`;
  const scope = [
    g.country ? `implemented in ${name(ref.country, g.country)}` : null,
    g.kind ? `with a partner of kind ${PARTNER_KIND_LABELS[g.kind].en}` : null,
  ]
    .filter(Boolean)
    .join(' and ');
  const practices = scope ? `practices ${scope}` : 'practices';
  // No practice in scope at all is a gap of the graph's data, not of the objective: say so.
  if (g.practicesInScope === 0) return `The graph holds no ${practices}, so none supports ${what}.`;
  if (!scope) return `No practice in the graph supports ${what}.`;
  const elsewhere = g.supportedElsewhereBy.length
    ? `${plural(g.supportedElsewhereBy.length, 'practice')} outside that scope ${verb(g.supportedElsewhereBy.length, 'supports', 'support')} it (${g.supportedElsewhereBy.join(', ')})`
    : 'no practice in the graph supports it';
  return `None of the ${plural(g.practicesInScope, 'practice')} ${scope} supports ${what}; ${elsewhere}. (The paper predates the Compact: which practice supports which objective is the project's classification.)`;
}

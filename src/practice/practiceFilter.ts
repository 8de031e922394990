import { BadUserInputError } from '../errors/domainErrors';
import type { PracticeFilter } from '../generated/graphql';
import type { ReferenceSnapshot } from '../reference/referenceCache';
import { PARTNER_KINDS } from '../ingest/referenceData';
import { knownIds } from '../reference/knownIds';
import { listOrNull } from '../util/argument';

/** The Cypher parameters of cypher/practice/_filter.cypher. */
export interface PracticeFilterParams {
  countries: string[] | null;
  involvedCountries: string[] | null;
  themes: string[] | null;
  instruments: string[] | null;
  partners: string[] | null;
  partnerKinds: string[] | null;
  groups: string[] | null;
  stages: string[] | null;
  objectives: string[] | null;
  targets: string[] | null;
  text: string | null;
  /** Only practices the graph knew in this year (see cypher/practice/_conditions.cypher); null: all. */
  asOf: number | null;
}

/**
 * Turns a PracticeFilter into query parameters: the one place a filter is checked, whether it
 * comes from GraphQL, the HTTP exports' query string or the command line (where nothing else
 * checks that a partner kind exists). Every reference id is checked against the graph's
 * reference data so that a typo ("mexico", "helth") is an explained BAD_USER_INPUT naming
 * `<argument>.<field>[i]`, not an empty page. Partner ids are not checked: an unknown partner
 * simply matches nothing.
 */
export function practiceFilterParams(
  filter: PracticeFilter | null | undefined,
  ref: ReferenceSnapshot,
  argument = 'filter',
  asOf: number | null = null,
): PracticeFilterParams {
  const f = filter ?? {};
  const params: PracticeFilterParams = {
    countries: knownIds(ref, 'country', f.countries, `${argument}.countries`),
    involvedCountries: knownIds(ref, 'country', f.involvedCountries, `${argument}.involvedCountries`),
    themes: knownIds(ref, 'theme', f.themes, `${argument}.themes`),
    instruments: knownIds(ref, 'instrument', f.instruments, `${argument}.instruments`),
    partners: listOrNull(f.partners),
    partnerKinds: knownPartnerKinds(f.partnerKinds, `${argument}.partnerKinds`),
    groups: knownIds(ref, 'group', f.groups, `${argument}.groups`),
    stages: knownIds(ref, 'stage', f.stages, `${argument}.stages`),
    objectives: knownIds(ref, 'objective', f.objectives, `${argument}.objectives`),
    targets: knownIds(ref, 'target', f.targets, `${argument}.targets`),
    text: f.text === null || f.text === undefined || f.text.trim() === '' ? null : f.text,
    asOf,
  };
  if (params.text !== null && params.text.length > 500) throw new BadUserInputError(`${argument}.text is longer than 500 characters`, `${argument}.text`);
  return params;
}

// GraphQL's enum checks partner kinds already; a query string or a command-line option does not.
function knownPartnerKinds(values: readonly string[] | null | undefined, argument: string): string[] | null {
  const list = listOrNull(values);
  list?.forEach((k, i) => {
    if (!(PARTNER_KINDS as readonly string[]).includes(k)) {
      throw new BadUserInputError(`${argument}[${i}]: unknown partner kind ${JSON.stringify(k)}; one of ${PARTNER_KINDS.join(', ')}`, `${argument}[${i}]`);
    }
  });
  return list;
}

/** True when no filter is set: every practice matches. */
export function isEmptyFilter(f: PracticeFilterParams): boolean {
  return Object.values(f).every((v) => v === null);
}

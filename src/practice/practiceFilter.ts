import { BadUserInputError } from '../errors/domainErrors';
import type { PracticeFilter } from '../generated/graphql';
import type { ReferenceSnapshot } from '../reference/referenceCache';
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
  text: string | null;
  /** True when none of the above is set, so the filter's predicates can be skipped at once. */
  unfiltered: boolean;
}

function checkIds(values: string[] | null, known: Map<string, unknown>, argument: string, what: string, hint: string): void {
  values?.forEach((v, i) => {
    if (!known.has(v)) throw new BadUserInputError(`${argument}[${i}]: unknown ${what} ${JSON.stringify(v)}; ${hint}`, `${argument}[${i}]`);
  });
}

/**
 * Turns a PracticeFilter into query parameters, checking every reference id against the graph's
 * reference data so that a typo ("mexico", "helth") is an explained BAD_USER_INPUT, not an
 * empty page. Partner ids are not checked: an unknown partner simply matches nothing.
 */
export function practiceFilterParams(filter: PracticeFilter | null | undefined, ref: ReferenceSnapshot, argument = 'filter'): PracticeFilterParams {
  const f = filter ?? {};
  const params: PracticeFilterParams = {
    countries: listOrNull(f.countries),
    involvedCountries: listOrNull(f.involvedCountries),
    themes: listOrNull(f.themes),
    instruments: listOrNull(f.instruments),
    partners: listOrNull(f.partners),
    partnerKinds: listOrNull(f.partnerKinds),
    groups: listOrNull(f.groups),
    stages: listOrNull(f.stages),
    text: f.text === null || f.text === undefined || f.text.trim() === '' ? null : f.text,
    unfiltered: false,
  };
  params.unfiltered = isEmptyFilter(params);
  const countryHint = 'use ISO 3166-1 alpha-3 codes such as MEX, PHL, USA';
  checkIds(params.countries, ref.country, `${argument}.countries`, 'country', countryHint);
  checkIds(params.involvedCountries, ref.country, `${argument}.involvedCountries`, 'country', countryHint);
  checkIds(params.themes, ref.theme, `${argument}.themes`, 'theme', `the themes are ${ref.themes.map((t) => t.id).join(', ')}`);
  checkIds(params.instruments, ref.instrument, `${argument}.instruments`, 'instrument', 'see Query.instruments for the ids');
  checkIds(params.groups, ref.group, `${argument}.groups`, 'group', `the groups are ${ref.groups.map((g) => g.id).join(', ')}`);
  checkIds(params.stages, ref.stage, `${argument}.stages`, 'stage', `the stages are ${ref.stages.map((s) => s.id).join(', ')}`);
  if (params.text !== null && params.text.length > 500) throw new BadUserInputError(`${argument}.text is longer than 500 characters`, `${argument}.text`);
  return params;
}

/** True when no filter is set: every practice matches. */
export function isEmptyFilter(f: PracticeFilterParams): boolean {
  return Object.entries(f).every(([k, v]) => k === 'unfiltered' || v === null);
}

import { BadUserInputError } from '../errors/domainErrors';
import type { ReferenceSnapshot } from './referenceCache';
import { listOrNull } from '../util/argument';

/** The reference data an argument may name by id. */
export type ReferenceKind = 'country' | 'theme' | 'group' | 'stage' | 'objective' | 'target' | 'instrument' | 'document';

function hint(kind: ReferenceKind, ref: ReferenceSnapshot): string {
  switch (kind) {
    case 'country':
      return 'use ISO 3166-1 alpha-3 codes such as MEX, PHL, USA';
    case 'theme':
      return `the themes are ${ref.themes.map((t) => t.id).join(', ')}`;
    case 'group':
      return `the groups are ${ref.groups.map((g) => g.id).join(', ')}`;
    case 'stage':
      return `the stages are ${ref.stages.map((s) => s.id).join(', ')}`;
    case 'objective':
      return 'Global Compact objectives are GCM-1 to GCM-23 (see Query.objectives)';
    case 'target':
      return `the SDG targets are ${ref.targets.map((t) => t.id).join(', ')}`;
    case 'instrument':
      return 'see Query.instruments for the ids';
    case 'document':
      return `the documents are ${ref.documents.map((d) => d.id).join(', ')}`;
  }
}

function check(ref: ReferenceSnapshot, kind: ReferenceKind, value: string, argument: string): void {
  if (!ref[kind].has(value)) throw new BadUserInputError(`${argument}: unknown ${kind} ${JSON.stringify(value)}; ${hint(kind, ref)}`, argument);
}

/**
 * A list argument of reference ids, checked against the reference data so that a typo ("mexico",
 * "helth") is an explained BAD_USER_INPUT naming `argument[i]`, not an empty answer. Null or
 * empty means "no filter" (null).
 */
export function knownIds(ref: ReferenceSnapshot, kind: ReferenceKind, values: readonly string[] | null | undefined, argument: string): string[] | null {
  const list = listOrNull(values);
  list?.forEach((v, i) => check(ref, kind, v, `${argument}[${i}]`));
  return list;
}

/** A single reference id argument, checked the same way; the error names `argument`. */
export function knownId(ref: ReferenceSnapshot, kind: ReferenceKind, value: string, argument: string): string {
  check(ref, kind, value, argument);
  return value;
}

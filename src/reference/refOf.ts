import { NotFoundError } from '../errors/domainErrors';
import type { ReferenceSnapshot } from './referenceCache';

type RefMaps = Pick<ReferenceSnapshot, 'country' | 'theme' | 'group' | 'stage' | 'objective' | 'target' | 'instrument' | 'provision' | 'document'>;

/** The kinds of reference data that graph rows point to by id. */
export type RefKind = keyof RefMaps;

type RowOf<K extends RefKind> = RefMaps[K] extends Map<string, infer R> ? R : never;

/**
 * The reference row that a graph row points to. The snapshot is kept for minutes, so after a
 * reload by another process a row can name an id the snapshot lacks: that is NOT_FOUND, naming
 * the id, the same in every resolver (not a masked internal error, not a silent omission).
 */
export function refOf<K extends RefKind>(ref: ReferenceSnapshot, kind: K, id: string): RowOf<K> {
  const row = (ref[kind] as Map<string, RowOf<K>>).get(id);
  if (row === undefined) throw new NotFoundError(kind, id);
  return row;
}

/** The reference rows of `ids`, in their order; NOT_FOUND for the first one the snapshot lacks. */
export function refsOf<K extends RefKind>(ref: ReferenceSnapshot, kind: K, ids: readonly string[]): Array<RowOf<K>> {
  return ids.map((id) => refOf(ref, kind, id));
}

/** For an optional pointer: null when there is no id, else as {@link refOf}. */
export function refOrNull<K extends RefKind>(ref: ReferenceSnapshot, kind: K, id: string | null | undefined): RowOf<K> | null {
  return id ? refOf(ref, kind, id) : null;
}

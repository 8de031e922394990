import type { Limits } from '../config/limits';
import { BadUserInputError } from '../errors/domainErrors';
import { intInRange } from './argument';
import { decodeCursor, encodeCursor, type CursorValue } from './cursor';

/** Relay pageInfo from a page's rows and flags. */
export function pageInfo(page: { rows: Array<{ cursor: string }>; hasNextPage: boolean; hasPreviousPage: boolean }) {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.rows[0]?.cursor ?? null,
    endCursor: page.rows.at(-1)?.cursor ?? null,
  };
}

/**
 * The `first` and `after` of a list ordered by a text key (a title, a name): `first` from 0 to
 * the server's page size (20 by default), `after` a cursor of such a list. Anything else is
 * BAD_USER_INPUT naming the argument.
 */
export function textKeyPageArgs(
  args: { first?: number | null; after?: string | null },
  limits: Pick<Limits, 'maxPageSize'>,
): { first: number; after: CursorValue | null } {
  const first = intInRange(args.first, 'first', 0, limits.maxPageSize, 20);
  const after = decodeCursor(args.after);
  if (after && typeof after.key !== 'string') throw new BadUserInputError('after: this cursor belongs to a page in another order', 'after');
  return { first, after };
}

/**
 * A page read with one row more than `first` (the extra row says a next page exists) as
 * connection rows: each item under `field` with its cursor from `key` (the sort key and id).
 */
export function keysetPage<R, F extends string>(read: R[], first: number, after: CursorValue | null, field: F, key: (row: R) => CursorValue) {
  return {
    rows: read.slice(0, first).map((row) => ({ cursor: encodeCursor(key(row)), [field]: row }) as { cursor: string } & Record<F, R>),
    hasNextPage: read.length > first,
    hasPreviousPage: after !== null,
  };
}

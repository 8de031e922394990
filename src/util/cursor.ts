import { BadUserInputError } from '../errors/domainErrors';

/** What a page cursor holds: the sort key and id of the last row of the previous page. */
export interface CursorValue {
  key: string | number;
  id: string;
}

/** An opaque cursor for `after`: base64url of the sort key and id. */
export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify([value.key, value.id]), 'utf8').toString('base64url');
}

/** Reads a cursor from `after`; anything this API did not produce is BAD_USER_INPUT. */
export function decodeCursor(cursor: string | null | undefined, argument = 'after'): CursorValue | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && (typeof value[0] === 'string' || typeof value[0] === 'number') && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // Fall through to the error below: the message is the same for every malformed cursor.
  }
  throw new BadUserInputError(
    `${argument}: ${JSON.stringify(cursor.slice(0, 60))} is not a cursor from this API; use a pageInfo.endCursor or edges.cursor value`,
    argument,
  );
}

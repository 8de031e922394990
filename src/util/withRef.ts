import type { ReferenceSnapshot } from '../reference/referenceCache';
import type { RequestContext } from '../context/requestContext';

/**
 * Runs `fn` with the reference data: synchronously when the cache holds it (almost always),
 * so that resolving thousands of fields (a gap table) does not cost a promise each.
 */
export function withRef<T>(ctx: RequestContext, fn: (ref: ReferenceSnapshot) => T): T | Promise<T> {
  const now = ctx.referenceNow();
  return now ? fn(now) : ctx.reference().then(fn);
}

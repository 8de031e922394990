import crypto from 'node:crypto';
import { CodedError } from '../errors/domainErrors';
import { ErrorCode } from '../errors/errorCodes';

/** Refused because the request does not carry the curator token. */
export class UnauthenticatedError extends CodedError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/**
 * Whether an Authorization header carries the curator token. The comparison runs in constant
 * time over SHA-256 digests, so neither the token's content nor its length leaks through timing.
 */
export function isCurator(authorization: string | undefined, curatorToken: string | undefined): boolean {
  if (!curatorToken || !authorization) return false;
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) return false;
  const given = crypto.createHash('sha256').update(match[1]!).digest();
  const expected = crypto.createHash('sha256').update(curatorToken).digest();
  return crypto.timingSafeEqual(given, expected);
}

/** Throws UNAUTHENTICATED unless the request is a curator's. */
export function requireCurator(curator: boolean, curationEnabled: boolean): void {
  if (!curationEnabled) throw new UnauthenticatedError('Curation is disabled on this server: it has no CURATOR_TOKEN.');
  if (!curator) throw new UnauthenticatedError('Curation needs the curator token: send "Authorization: Bearer <token>".');
}

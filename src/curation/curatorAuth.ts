import { CodedError } from '../errors/domainErrors';
import { ErrorCode } from '../errors/errorCodes';

/** Refused because the request does not carry a curator's token. */
export class UnauthenticatedError extends CodedError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/**
 * The name of the curator making the request; throws UNAUTHENTICATED when curation is off or
 * the request carries no known token (a missing and a wrong token read the same).
 */
export function requireCurator(curator: string | null, curationEnabled: boolean): string {
  if (!curationEnabled) throw new UnauthenticatedError('Curation is disabled on this server: it has no CURATOR_TOKEN or CURATOR_TOKENS.');
  if (curator === null) throw new UnauthenticatedError('Curation needs a curator token: send "Authorization: Bearer <token>".');
  return curator;
}

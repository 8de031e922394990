import type { PartnerKind } from '../generated/graphql';

/** A partner as the repository returns it: the parent of the Partner resolvers. */
export interface PartnerRow {
  id: string;
  name: string;
  kind: PartnerKind;
  generic: boolean;
  basis: string;
  evidence: string;
  /** ISO alpha-3 of the country it is based in, if known. */
  basedIn: string | null;
}

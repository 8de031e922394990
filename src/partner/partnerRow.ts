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

/** The Cypher parameters of cypher/partner/_filter.cypher. */
export interface PartnerFilterParams {
  text: string | null;
  kinds: string[] | null;
  includeUnnamed: boolean;
}

/**
 * A page of partners (the parent of PartnerConnection), and either its total (a nested list's
 * statement counts it with the page) or the filter to count it by, only if totalCount is asked.
 */
export type PartnerPage = {
  rows: Array<{ cursor: string; partner: PartnerRow }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
} & ({ total: number } | { filter: PartnerFilterParams });

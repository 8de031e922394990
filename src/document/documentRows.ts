import type { ContributorRole } from '../generated/graphql';

/** A CITES edge: where a document cites an instrument or one of its provisions. */
export interface CitationRow {
  document: string;
  instrument: string;
  provision: string | null;
  footnote: string | null;
  inline: boolean;
  lines: number[];
  basis: string;
  evidence: string;
}

/** A CONTRIBUTED_BY edge: a country or a partner that contributed to a document. */
export interface ContributionRow {
  document: string;
  role: ContributorRole;
  country: string | null;
  partner: string | null;
  lines: number[];
  basis: string;
  evidence: string;
}

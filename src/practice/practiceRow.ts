import type { PartnerRow } from '../partner/partnerRow';
import type { BackingSpecificity } from '../generated/graphql';
/** A practice as the repository returns it: the parent of the Practice resolvers. */
export interface PracticeRow extends PracticeCurationRow {
  id: string;
  title: string;
  summary: string;
  webLinks: string[];
  tags: string[];
  thematicAreas: string;
  countryField: string;
  partnerField: string;
  implementedByPartners: boolean;
  notes: string[];
  /** Null for a practice a curator created. */
  sourceDocument: string | null;
  sourceLines: number[] | null;
  /**
   * The lists a statement fetched with the practice because the selection asked for them
   * (absent: not fetched). A page whose selection needs no field of the
   * row reads only id and title; the resolvers then read nothing else of it.
   */
  prefetched?: PracticePrefetched;
}

/**
 * The lists of a practice a page statement can fetch along (cypher/practice/_related.cypher): ids,
 * or partner rows; absent: not fetched. And the backings `Query.practice` fetched with the practice.
 */
export interface PracticePrefetched {
  implementedBy?: string[];
  concerns?: string[];
  mentions?: string[];
  /** Whole rows, or only `{id}` when the selection asked for nothing else about the partners. */
  partners?: PartnerRow[];
  themes?: string[];
  groups?: string[];
  stages?: string[];
  objectives?: string[];
  targets?: string[];
  /** Every backing, whatever the field's minSpecificity (the resolver applies it). */
  backedBy?: BackingRow[];
}

/** A practice's curation: its version (1 until a curator changes it), who created and changed it, when. */
export interface PracticeCurationRow {
  version: number;
  createdBy: string | null;
  createdAt: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** An outgoing edge of a practice with its provenance. */
export interface PracticeLinkRow {
  type: string;
  target: string;
  targetLabel: string;
  basis: string;
  evidence: string;
  rule: string | null;
  footnote: string | null;
}

/** One step of a backing's evidence path. */
export interface BackingStepRow {
  from: string;
  fromLabel: string;
  type: string;
  to: string;
  toLabel: string;
  basis: string;
  evidence: string;
  rule: string | null;
  footnote: string | null;
}

/** An instrument backing a practice through a theme. */
export interface BackingRow {
  instrument: string;
  provision: string | null;
  /** Null for a curator's direct BACKED_BY link. */
  theme: string | null;
  basis: string;
  path: BackingStepRow[];
  /** How specific the backing is to the practice (src/backing/backingRule.ts). */
  specificity: BackingSpecificity;
  /** Why, most specific first. */
  reasons: string[];
}

import type { Dimension, PartnerKind } from '../generated/graphql';

/** A value of a coverage axis. */
export interface DimensionValueRow {
  id: string;
  label: string;
  labelFr: string;
}

/** A coverage cell. */
export interface CoverageCellRow {
  row: string;
  column: string;
  count: number;
  practiceIds: string[];
  practiceIdsTruncated: boolean;
}

/** The parent of Coverage. */
export interface CoverageRow {
  rowDimension: Dimension;
  columnDimension: Dimension;
  rows: DimensionValueRow[];
  columns: DimensionValueRow[];
  cells: CoverageCellRow[];
  emptyCells: number;
  practiceCount: number;
}

/** (a) A country × theme cell without a partner of one kind. */
export interface PartnerKindGapRow {
  country: string;
  theme: string;
  kind: PartnerKind;
  practiceIds: string[];
  kindsPresent: PartnerKind[];
}

/** (b) A theme × group cell with no practice. */
export interface ThemeGroupGapRow {
  theme: string;
  group: string;
  practicesOnTheme: number;
  practicesForGroup: number;
}

/** (c) An instrument that backs none of a country's practices. */
export interface InstrumentGapRow {
  country: string;
  instrument: string;
  provision: string | null;
  theme: string;
  countryPracticeIds: string[];
}

/** (d) A treaty a country acting on a theme is not a party to (or whose status is unknown). */
export interface RatificationGapRow {
  country: string;
  theme: string;
  instrument: string;
  status: 'SIGNED' | 'NO_ACTION' | 'NOT_RATIFIED' | 'DENOUNCED' | 'NOT_A_MEMBER' | 'UNKNOWN';
  practiceCount: number;
  /** Empty unless the request selected practiceIds. */
  practiceIds: string[];
  /** Empty unless the request selected evidence or reason. */
  evidence: string;
}

/** (e) What a candidate-partner search is about. */
export interface CandidateKey {
  theme: string;
  country: string | null;
  kind: PartnerKind | null;
  limit: number;
}

/** (e) A candidate partner and what it spans. */
export interface CandidatePartnerRow {
  partner: string;
  practiceIds: string[];
  countryIds: string[];
  key: CandidateKey;
}

/** The parent of PartnershipGaps: nothing; each field is its own question. */
export type PartnershipGapsRoot = Record<string, never>;

/** The parent of RatificationGaps. */
export interface RatificationGapsRow {
  notRatified: RatificationGapRow[];
  unknown: RatificationGapRow[];
}

/** (f) A Global Compact objective that no practice in scope supports. */
export interface ObjectiveGapRow {
  objective: string;
  /** The scope asked: a country, a partner kind, or both (null: any). */
  country: string | null;
  kind: PartnerKind | null;
  /** How many practices are in scope at all (0: the scope itself is empty). */
  practicesInScope: number;
  /** The practices outside the scope that support the objective. */
  supportedElsewhereBy: string[];
}

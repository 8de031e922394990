/** A theme as the API serves it. */
export interface ThemeRow {
  id: string;
  name: string;
  nameFr: string;
  description: string;
}

/** A group or a stage. */
export interface LabelRow {
  id: string;
  name: string;
  nameFr: string;
}

/** A GROUNDS edge, from an instrument or one of its provisions to a theme. */
export interface GroundingRow {
  theme: string;
  instrument: string;
  provision: string | null;
  basis: string;
  evidence: string;
  footnote: string | null;
  /** Why the project added the edge, when the paper does not make it (basis `inferred`). */
  rule: string | null;
}

/** A theme an objective of the Global Compact speaks to (a curated RELATES_TO edge). */
export interface ObjectiveThemeRow {
  theme: string;
  basis: string;
  evidence: string;
}

/** An objective of the Global Compact for Migration (A/RES/73/195). */
export interface ObjectiveRow {
  id: string;
  number: number;
  name: string;
  nameFr: string;
  basis: string;
  evidence: string;
  themes: ObjectiveThemeRow[];
}

/** A guiding principle of the Global Compact (para. 15). */
export interface GuidingPrincipleRow {
  id: string;
  name: string;
  nameFr: string;
  basis: string;
  evidence: string;
}

/** An SDG target, with its official texts. */
export interface TargetRow {
  id: string;
  target: string;
  goal: number;
  name: string;
  nameFr: string;
  why: string;
  basis: string;
  evidence: string;
}

import type { BackingRow, BackingStepRow } from './practiceRow';

/**
 * A BACKS edge as stored (cypher/backing/write.cypher): a property cannot hold a list of maps,
 * so the path is one list per step field, '' where a step has no value. A list the selection did
 * not ask for is not read (see {@link BackingFields}) and is absent.
 */
export interface StoredBackingRow extends Omit<BackingRow, 'path' | 'reasons'> {
  pathType?: string[];
  pathBasis?: string[];
  pathEvidence?: string[];
  pathRule?: string[];
  pathFootnote?: string[];
  pathFrom?: string[];
  pathTo?: string[];
  reasons?: string[];
}

/** The label part of a global id (`Provision:ICESCR/12` → `Provision`). */
const labelOf = (globalId: string): string => globalId.slice(0, globalId.indexOf(':'));

/** What of a backing the statement reads besides what every answer needs (cypher/practice/backedBy.cypher). */
export interface BackingFields {
  /** The path's steps (their type, basis and evidence). */
  steps: boolean;
  /** The steps' rules and footnotes. */
  rules: boolean;
  /** The steps' from and to (and their labels). */
  ends: boolean;
  reasons: boolean;
  /** The practice's whole row besides its id and title (only `Query.practice` asks for it). */
  row: boolean;
}

/** A stored backing with its path zipped back into steps; what was not read is '' or empty, and not selected. */
export function backingFromStored(row: StoredBackingRow): BackingRow {
  const path: BackingStepRow[] = (row.pathType ?? []).map((type, i) => ({
    from: row.pathFrom?.[i] ?? '',
    fromLabel: labelOf(row.pathFrom?.[i] ?? ''),
    type,
    to: row.pathTo?.[i] ?? '',
    toLabel: labelOf(row.pathTo?.[i] ?? ''),
    basis: row.pathBasis?.[i] ?? '',
    evidence: row.pathEvidence?.[i] ?? '',
    rule: row.pathRule?.[i] || null,
    footnote: row.pathFootnote?.[i] || null,
  }));
  return {
    instrument: row.instrument,
    provision: row.provision,
    theme: row.theme,
    basis: row.basis,
    path,
    specificity: row.specificity,
    reasons: row.reasons ?? [],
  };
}

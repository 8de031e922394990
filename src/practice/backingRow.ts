import type { BackingRow, BackingStepRow } from './practiceRow';

/**
 * A BACKS edge as stored (cypher/backing/derive.cypher): a property cannot hold a list of maps,
 * so the path is one list per step field, '' where a step has no value.
 */
export interface StoredBackingRow extends Omit<BackingRow, 'path'> {
  pathFrom: string[];
  pathType: string[];
  pathTo: string[];
  pathBasis: string[];
  pathEvidence: string[];
  pathRule: string[];
  pathFootnote: string[];
}

/** The label part of a global id (`Provision:ICESCR/12` → `Provision`). */
const labelOf = (globalId: string): string => globalId.slice(0, globalId.indexOf(':'));

/** A stored backing with its path zipped back into steps. */
export function backingFromStored(row: StoredBackingRow): BackingRow {
  const path: BackingStepRow[] = row.pathType.map((type, i) => ({
    from: row.pathFrom[i]!,
    fromLabel: labelOf(row.pathFrom[i]!),
    type,
    to: row.pathTo[i]!,
    toLabel: labelOf(row.pathTo[i]!),
    basis: row.pathBasis[i]!,
    evidence: row.pathEvidence[i]!,
    rule: row.pathRule[i] || null,
    footnote: row.pathFootnote[i] || null,
  }));
  return { instrument: row.instrument, provision: row.provision, theme: row.theme, basis: row.basis, path, specificity: row.specificity, reasons: row.reasons };
}

import type { RatificationRow } from './readRatifications';
import type { UntcParticipant } from './readUntcStatus';

/** How one table row stands against the second source. */
export type Comparison =
  | 'agree'
  /** Both say party; the years differ. */
  | 'year'
  /** One says party, the other not, at a time both cover. */
  | 'status'
  /** The table's year is later than the second source, which cannot speak to it. */
  | 'later'
  /** The table says party but gives no year. */
  | 'no-year';

/** One row of the comparison. */
export interface YearComparison {
  instrument: string;
  country: string;
  outcome: Comparison;
  tableStatus: RatificationRow['status'];
  tableYear: number | null;
  otherYear: number | null;
  otherKind: UntcParticipant['kind'];
  otherSignatureYear: number | null;
  /** The table's year is the year the second source gives for signature: the known error class. */
  signatureYear: boolean;
  evidence: string;
  otherLine: number | null;
}

/**
 * Compares the (already corrected) rows of one ratification table with the second source's
 * participants for the same instrument. `asOfYear` is the year the second source states: a
 * ratification in that year or later may postdate it and is not counted against either side.
 */
export function compareRatificationYears(rows: RatificationRow[], other: UntcParticipant[], asOfYear: number): YearComparison[] {
  const byCountry = new Map(other.map((p) => [p.country, p]));
  return rows.map((r) => {
    const o = byCountry.get(r.country);
    const otherParty = o?.year != null;
    let outcome: Comparison;
    if (r.status === 'RATIFIED' && r.year === null) outcome = 'no-year';
    else if (r.status === 'RATIFIED' && otherParty) outcome = r.year === o.year ? 'agree' : 'year';
    else if (r.status === 'RATIFIED') outcome = r.year! >= asOfYear ? 'later' : 'status';
    else outcome = otherParty ? 'status' : 'agree';
    return {
      instrument: r.instrument,
      country: r.country,
      outcome,
      tableStatus: r.status,
      tableYear: r.year,
      otherYear: o?.year ?? null,
      otherKind: o?.kind ?? null,
      otherSignatureYear: o?.signatureYear ?? null,
      signatureYear: r.year !== null && o?.signatureYear === r.year && o.year !== r.year,
      evidence: r.evidence,
      otherLine: o?.line ?? null,
    };
  });
}

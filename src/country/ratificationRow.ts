/** A country's status for one instrument, from its ratification table. */
export interface RatificationRow {
  instrument: string;
  status: 'RATIFIED' | 'SIGNED' | 'NO_ACTION';
  year: number | null;
  basis: string;
  evidence: string;
}

/** A country's status for one instrument, from its ratification table. */
export interface RatificationRow {
  instrument: string;
  /** In the year asked (cypher/country/_statusAsOf.cypher). */
  status: 'RATIFIED' | 'SIGNED' | 'NO_ACTION' | 'NOT_RATIFIED' | 'DENOUNCED' | 'NOT_A_MEMBER' | 'UNKNOWN';
  year: number | null;
  observedIn: number | null;
  basis: string;
  evidence: string;
}

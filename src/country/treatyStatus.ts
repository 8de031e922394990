import type { InstrumentRow } from '../instrument/instrumentRows';
import type { RatificationRow } from './ratificationRow';

/**
 * A country's status for an instrument, as cypher/country/ratifications computed it (which also
 * answers for ILO instruments without a row: not a member, not ratified); UNKNOWN when the data
 * says nothing.
 */
export function treatyStatus(rows: RatificationRow[], instrument: InstrumentRow | undefined): RatificationRow['status'] {
  if (!instrument) return 'UNKNOWN';
  return rows.find((r) => r.instrument === instrument.id)?.status ?? 'UNKNOWN';
}

import type { InstrumentRow } from '../instrument/instrumentRows';
import type { RatificationRow } from './ratificationRow';

/** A country's status for an instrument; UNKNOWN when the data says nothing, never "not ratified". */
export function treatyStatus(rows: RatificationRow[], instrument: InstrumentRow | undefined): RatificationRow['status'] {
  if (!instrument?.ratificationStatusKnown) return 'UNKNOWN';
  return rows.find((r) => r.instrument === instrument.id)?.status ?? 'UNKNOWN';
}

// Stages of the migration journey.
UNWIND $rows AS row
MERGE (s:Stage {id: row.id})
SET s += row.props, s.loadStamp = $stamp

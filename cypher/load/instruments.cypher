// International instruments.
UNWIND $rows AS row
MERGE (i:Instrument {id: row.id})
SET i += row.props, i.loadStamp = $stamp

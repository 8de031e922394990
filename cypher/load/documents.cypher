// Source documents, with the file and checksum their facts were read from.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props, d.loadStamp = $stamp

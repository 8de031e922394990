// Groups of migrants.
UNWIND $rows AS row
MERGE (g:Group {id: row.id})
SET g += row.props, g.loadStamp = $stamp

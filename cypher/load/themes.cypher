// The paper's four themes.
UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
SET t += row.props, t.loadStamp = $stamp

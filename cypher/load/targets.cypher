// The SDG targets on migration, with their official texts (vendored open-sdg files).
UNWIND $rows AS row
MERGE (t:Target {id: row.id})
SET t += row.props, t.loadStamp = $stamp

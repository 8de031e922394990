// The 23 objectives of the Global Compact for Migration (A/RES/73/195, para. 16).
UNWIND $rows AS row
MERGE (o:Objective {id: row.id})
SET o += row.props, o.loadStamp = $stamp

// The 10 guiding principles of the Global Compact for Migration (A/RES/73/195, para. 15).
UNWIND $rows AS row
MERGE (g:GuidingPrinciple {id: row.id})
SET g += row.props, g.loadStamp = $stamp

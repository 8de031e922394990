// (:Objective)-[:RELATES_TO]->(:Theme): the curated table of seeds/reference/gcm-objectives.yaml.
UNWIND $rows AS row
MATCH (o:Objective {id: row.from}), (t:Theme {id: row.to})
MERGE (o)-[r:RELATES_TO]->(t)
SET r += row.edge, r.loadStamp = $stamp

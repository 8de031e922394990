// seeds/curated/curation.yaml: the edges curators made or took over, with their evidence and who
// made them when. The target's label comes from a closed list (the link types of
// src/load/curatedSeed.ts); an unknown practice or target makes no edge, and the loader names
// the rows this statement did not return.
UNWIND $rows AS row
MATCH (p:Practice {id: row.practice})
CALL (p, row) {
  WITH p, row WHERE row.type = 'IMPLEMENTED_BY' MATCH (t:Country {id: row.target}) MERGE (p)-[r:IMPLEMENTED_BY]->(t) RETURN r
  UNION WITH p, row WHERE row.type = 'CONCERNS' MATCH (t:Country {id: row.target}) MERGE (p)-[r:CONCERNS]->(t) RETURN r
  UNION WITH p, row WHERE row.type = 'MENTIONS' MATCH (t:Country {id: row.target}) MERGE (p)-[r:MENTIONS]->(t) RETURN r
  UNION WITH p, row WHERE row.type = 'PARTNERS_WITH' MATCH (t:Partner {id: row.target}) MERGE (p)-[r:PARTNERS_WITH]->(t) RETURN r
  UNION WITH p, row WHERE row.type = 'ADDRESSES' MATCH (t:Theme {id: row.target}) MERGE (p)-[r:ADDRESSES]->(t) RETURN r
  UNION WITH p, row WHERE row.type = 'BENEFITS' MATCH (t:Group {id: row.target}) MERGE (p)-[r:BENEFITS]->(t) RETURN r
  UNION WITH p, row WHERE row.type = 'AT_STAGE' MATCH (t:Stage {id: row.target}) MERGE (p)-[r:AT_STAGE]->(t) RETURN r
  UNION WITH p, row WHERE row.type = 'SUPPORTS' MATCH (t:Objective {id: row.target}) MERGE (p)-[r:SUPPORTS]->(t) RETURN r
  UNION WITH p, row WHERE row.type = 'CONTRIBUTES_TO' MATCH (t:Target {id: row.target}) MERGE (p)-[r:CONTRIBUTES_TO]->(t) RETURN r
  UNION WITH p, row WHERE row.type = 'BACKED_BY' MATCH (t:Instrument {id: row.target}) MERGE (p)-[r:BACKED_BY]->(t) RETURN r
}
SET r.basis = 'curated', r.evidence = row.evidence, r.curatedAt = datetime(row.curatedAt), r.rule = null, r.loadedFrom = null,
  r.loadStamp = null, r.createdBy = row.createdBy, r.createdAt = datetime(row.createdAt), r.updatedBy = row.updatedBy,
  r.updatedAt = datetime(row.updatedAt)
RETURN collect(row.practice + ' ' + row.type + ' ' + row.target) AS made

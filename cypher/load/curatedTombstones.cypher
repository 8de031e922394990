// seeds/curated/curation.yaml, first step: what curators removed. Runs after the paper's seeds in
// the same transaction, so it removes what they made again (on a fresh store) and leaves the
// tombstones that keep later loads from making it.
UNWIND $rows AS row
WITH row, CASE row.kind WHEN 'Practice' THEN 'Practice:' + row.practice ELSE 'Edge:' + row.practice + ':' + row.type + ':' + row.target END AS key
MERGE (x:Tombstone {key: key})
SET x.kind = row.kind, x.practiceId = row.practice, x.curatedAt = datetime(row.curatedAt), x.deletedBy = row.deletedBy
SET x += CASE row.kind WHEN 'Practice' THEN {title: row.title, version: row.version} ELSE {type: row.type, target: row.target} END
WITH row
CALL (row) {
  WITH row WHERE row.kind = 'Practice'
  MATCH (p:Practice {id: row.practice})
  DETACH DELETE p
}
CALL (row) {
  WITH row WHERE row.kind = 'Edge'
  MATCH (:Practice {id: row.practice})-[r]->(t {id: row.target}) WHERE type(r) = row.type
  DELETE r
}

// Removes a practice's link of one type to one target, and leaves a tombstone so that no seed
// load makes the edge again (a curator's new link removes it).
MATCH (p:Practice {id: $id})-[r]->(t {id: $target})
WHERE type(r) = $type
DELETE r
WITH count(r) AS unlinked
CALL (unlinked) {
  WITH unlinked WHERE unlinked > 0
  MERGE (x:Tombstone {key: 'Edge:' + $id + ':' + $type + ':' + $target})
  SET x.kind = 'Edge', x.practiceId = $id, x.type = $type, x.target = $target, x.curatedAt = datetime($at), x.deletedBy = $curator
}
RETURN unlinked

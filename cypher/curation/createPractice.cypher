// A curated practice; its id must be new. It lifts the tombstone of a practice a curator deleted
// under the same id: the curator changed their mind.
CREATE (p:Practice {id: $id})
SET p += $props, p.basis = 'curated', p.evidence = $evidence, p.curatedAt = datetime()
WITH p
CALL (p) {
  MATCH (x:Tombstone {key: 'Practice:' + p.id})
  DELETE x
}
RETURN p.id AS id

// A curated practice; its id must be new. It lifts the tombstone of a practice a curator deleted
// under the same id (the curator changed their mind) and continues that practice's versions, so a
// client holding a version from before the deletion gets a CONFLICT, not a silent overwrite.
CREATE (p:Practice {id: $id})
SET p += $props, p.basis = 'curated', p.evidence = $evidence, p.curatedAt = datetime($at),
  p.createdBy = $curator, p.createdAt = datetime($at), p.updatedBy = $curator, p.updatedAt = datetime($at)
WITH p
OPTIONAL MATCH (x:Tombstone {key: 'Practice:' + p.id})
SET p.version = coalesce(x.version, 0) + 1
WITH p, x
CALL (x) {
  WITH x WHERE x IS NOT NULL
  DELETE x
}
RETURN p.id AS id, p.version AS version

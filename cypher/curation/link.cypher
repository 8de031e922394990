// A curated link from a practice to a node of the type the link needs.
MATCH (p:Practice {id: $id})
WITH p, $type AS linkType, $target AS linkTarget
// @include curation/_mergeLink
// A curated link replaces whatever made the edge before (a rule, the seed): the curator owns it now.
// Its creator is the curator who first made it curated; re-stating it only updates it.
SET r.createdBy = CASE WHEN r.curatedAt IS NULL THEN $curator ELSE r.createdBy END,
  r.createdAt = CASE WHEN r.curatedAt IS NULL THEN datetime($at) ELSE r.createdAt END
SET r.basis = 'curated', r.evidence = $evidence, r.curatedAt = datetime($at), r.rule = null, r.loadedFrom = null,
  r.updatedBy = $curator, r.updatedAt = datetime($at)
// It also lifts the tombstone of the same edge unlinked before: the curator changed their mind.
WITH count(r) AS linked
CALL (linked) {
  WITH linked WHERE linked > 0
  MATCH (x:Tombstone {key: 'Edge:' + $id + ':' + $type + ':' + $target})
  DELETE x
}
RETURN linked

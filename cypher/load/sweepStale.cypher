// After a load, removes what earlier loads of these seed files made and this one did not (an
// edge or practice dropped from the seeds): every statement of the load stamped what it wrote
// with $stamp. Edges and nodes made by curators carry no loadedFrom and stay.
// A practice a curator has touched (edited it, or made or re-stated one of its edges) is never
// deleted: it is kept with its edges and marked seedRemovedAt (the time it left the seeds), so
// the curator's work stays visible and says why it is there.
CALL () {
  MATCH (p:Practice) WHERE p.loadedFrom IN $files AND coalesce(p.loadStamp, '') <> $stamp
    AND (p.curatedAt IS NOT NULL OR p.curationEvidence IS NOT NULL OR p.basis = 'curated'
         OR EXISTS { MATCH (p)-[r]-() WHERE r.curatedAt IS NOT NULL })
  SET p.seedRemovedAt = coalesce(p.seedRemovedAt, datetime())
}
CALL () {
  MATCH (a)-[r]->(b) WHERE r.loadedFrom IN $files AND coalesce(r.loadStamp, '') <> $stamp
    AND a.seedRemovedAt IS NULL AND b.seedRemovedAt IS NULL
  DELETE r
}
CALL () {
  MATCH (p:Practice) WHERE p.loadedFrom IN $files AND coalesce(p.loadStamp, '') <> $stamp AND p.seedRemovedAt IS NULL
  DETACH DELETE p
}
CALL () {
  MATCH (p:Partner) WHERE p.loadedFrom IN $files AND coalesce(p.loadStamp, '') <> $stamp AND NOT (p)--()
  DELETE p
}

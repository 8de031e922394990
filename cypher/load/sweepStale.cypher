// After a load, removes what earlier loads of these seed files made and this one did not (an
// edge or practice dropped from the seeds): every statement of the load stamped what it wrote
// with $stamp. Edges and nodes made by curators carry no loadedFrom and stay.
CALL () {
  MATCH ()-[r]->() WHERE r.loadedFrom IN $files AND coalesce(r.loadStamp, '') <> $stamp
  DELETE r
}
CALL () {
  MATCH (p:Practice) WHERE p.loadedFrom IN $files AND coalesce(p.loadStamp, '') <> $stamp
  DETACH DELETE p
}
CALL () {
  MATCH (p:Partner) WHERE p.loadedFrom IN $files AND coalesce(p.loadStamp, '') <> $stamp AND NOT (p)--()
  DELETE p
}

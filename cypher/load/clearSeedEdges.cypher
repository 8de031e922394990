// Before a reload, removes what the previous load of these seed files made, so that an edge
// dropped from the seeds does not linger. Edges and nodes made by curators (no loadedFrom) stay.
CALL () {
  MATCH ()-[r]->() WHERE r.loadedFrom IN $files
  DELETE r
}
CALL () {
  MATCH (p:Practice) WHERE p.loadedFrom IN $files AND NOT p.id IN $practiceIds
  DETACH DELETE p
}
CALL () {
  MATCH (p:Partner) WHERE p.loadedFrom IN $files AND NOT p.id IN $partnerIds AND NOT (p)--()
  DELETE p
}

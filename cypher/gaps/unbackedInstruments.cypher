// (c) Instruments grounding a theme that back none of the country's practices, with the
// provision the paper cites and the theme they ground.
MATCH (c:Country {id: $country})
WITH c,
  COLLECT { MATCH (c)<-[:IMPLEMENTED_BY]-(p:Practice) RETURN p.id ORDER BY p.id } AS countryPractices,
  COLLECT {
    MATCH (c)<-[:IMPLEMENTED_BY]-(p:Practice)
    CALL (p) {
      MATCH (p)-[:ADDRESSES]->(:Theme)<-[:GROUNDS]-(g)-[:PART_OF*0..1]->(:Instrument)-[:INTERPRETS*0..1]->(i:Instrument)
      RETURN i
      UNION
      MATCH (p)-[:BACKED_BY]->(:Instrument)-[:INTERPRETS*0..1]->(i:Instrument)
      RETURN i
    }
    RETURN DISTINCT i.id
  } AS backed
MATCH (src)-[:GROUNDS]->(t:Theme)
WHERE $themes IS NULL OR t.id IN $themes
OPTIONAL MATCH (src)-[:PART_OF]->(owner:Instrument)
WITH countryPractices, backed, t, src, coalesce(owner, src) AS inst
CALL (inst, src) {
  RETURN inst AS target, CASE WHEN src:Provision THEN src.id END AS provision
  UNION
  MATCH (inst)-[:INTERPRETS]->(treaty:Instrument)
  RETURN treaty AS target, null AS provision
}
WITH countryPractices, backed, t, target, provision
WHERE NOT target.id IN backed
RETURN DISTINCT target.id AS instrument, provision, t.id AS theme, countryPractices AS countryPracticeIds
ORDER BY theme, instrument, provision

// The edge r of type linkType from the practice p to the node whose id is linkTarget, made if it is
// not there; no row when the target does not exist. The relationship type and the target's label
// come from a closed list in code (src/curation/linkTargets.ts), never from a client: one branch
// per link type, since Cypher cannot take either from a value.
CALL (p, linkType, linkTarget) {
  WITH * WHERE linkType = 'IMPLEMENTED_BY' MATCH (t:Country {id: linkTarget}) MERGE (p)-[r:IMPLEMENTED_BY]->(t) RETURN r
  UNION WITH * WHERE linkType = 'CONCERNS' MATCH (t:Country {id: linkTarget}) MERGE (p)-[r:CONCERNS]->(t) RETURN r
  UNION WITH * WHERE linkType = 'MENTIONS' MATCH (t:Country {id: linkTarget}) MERGE (p)-[r:MENTIONS]->(t) RETURN r
  UNION WITH * WHERE linkType = 'PARTNERS_WITH' MATCH (t:Partner {id: linkTarget}) MERGE (p)-[r:PARTNERS_WITH]->(t) RETURN r
  UNION WITH * WHERE linkType = 'ADDRESSES' MATCH (t:Theme {id: linkTarget}) MERGE (p)-[r:ADDRESSES]->(t) RETURN r
  UNION WITH * WHERE linkType = 'BENEFITS' MATCH (t:Group {id: linkTarget}) MERGE (p)-[r:BENEFITS]->(t) RETURN r
  UNION WITH * WHERE linkType = 'AT_STAGE' MATCH (t:Stage {id: linkTarget}) MERGE (p)-[r:AT_STAGE]->(t) RETURN r
  UNION WITH * WHERE linkType = 'SUPPORTS' MATCH (t:Objective {id: linkTarget}) MERGE (p)-[r:SUPPORTS]->(t) RETURN r
  UNION WITH * WHERE linkType = 'CONTRIBUTES_TO' MATCH (t:Target {id: linkTarget}) MERGE (p)-[r:CONTRIBUTES_TO]->(t) RETURN r
  UNION WITH * WHERE linkType = 'BACKED_BY' MATCH (t:Instrument {id: linkTarget}) MERGE (p)-[r:BACKED_BY]->(t) RETURN r
}

// The edges curators made or took over (curatedAt), for `kg curation export`.
MATCH (p:Practice)-[r]->(t) WHERE r.curatedAt IS NOT NULL
RETURN p.id AS practice, type(r) AS type, t.id AS target, r.evidence AS evidence, toString(r.curatedAt) AS curatedAt,
  r.createdBy AS createdBy, toString(r.createdAt) AS createdAt, r.updatedBy AS updatedBy, toString(r.updatedAt) AS updatedAt
ORDER BY practice, type, target

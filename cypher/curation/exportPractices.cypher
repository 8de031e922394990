// The practices curators have touched, for `kg curation export`: a version means a curator
// changed it; a practice curated before versions existed (curatedAt, a curated edge, a tombstone
// of one of its edges) is at version 2, one change after the seed's. `fields` only for those whose
// fields are the curator's (curatedAt): a practice only linked or unlinked keeps the seed's.
MATCH (p:Practice)
WHERE p.version IS NOT NULL OR p.curatedAt IS NOT NULL OR EXISTS { MATCH (p)-[r]->() WHERE r.curatedAt IS NOT NULL }
  OR EXISTS { MATCH (x:Tombstone {practiceId: p.id}) }
RETURN p.id AS id, p.basis = 'curated' AS created, coalesce(p.version, 2) AS version,
  CASE WHEN p.curatedAt IS NULL THEN null ELSE p {.title, .summary, .webLinks, .tags, .thematicAreas} END AS fields,
  CASE WHEN p.basis = 'curated' THEN p.evidence END AS evidence, p.curationEvidence AS curationEvidence,
  toString(p.curatedAt) AS curatedAt, p.createdBy AS createdBy, toString(p.createdAt) AS createdAt,
  p.updatedBy AS updatedBy, toString(p.updatedAt) AS updatedAt
ORDER BY id

// seeds/curated/curation.yaml: the practices curators created or changed, with their fields (when
// the curator's), version and who changed them when. A practice a curator created is theirs
// whole, as curation/createPractice makes it (no source document, even under a seed's id); a seed
// practice keeps its source, and its seed fields give way to the curator's.
UNWIND $rows AS row
MERGE (p:Practice {id: row.id})
// $defaults: the fields no source gives a new practice (src/practice/practiceProperties.ts).
SET p += CASE WHEN row.created THEN $defaults ELSE {} END
SET p += CASE WHEN row.created THEN {basis: 'curated', evidence: row.evidence} ELSE {} END
SET p += coalesce(row.fields, {}), p.version = row.version, p.createdBy = row.createdBy, p.createdAt = datetime(row.createdAt),
  p.updatedBy = row.updatedBy, p.updatedAt = datetime(row.updatedAt), p.curatedAt = datetime(row.curatedAt),
  p.curationEvidence = row.curationEvidence

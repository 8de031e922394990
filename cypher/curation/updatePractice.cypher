// Changes a practice's fields and records why, who and when; the caller holds the practice's lock
// (curation/lockPractice) and passes the next version.
MATCH (p:Practice {id: $id})
SET p += $props, p.curatedAt = datetime($at), p.curationEvidence = $evidence,
  p.version = $version, p.updatedBy = $curator, p.updatedAt = datetime($at)
RETURN p.id AS id

// Changes a practice's fields and records why.
MATCH (p:Practice {id: $id})
SET p += $props, p.curatedAt = datetime(), p.curationEvidence = $evidence
RETURN p.id AS id

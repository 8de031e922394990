// One link of a practice as a curation change records it (its before or after).
MATCH (:Practice {id: $id})-[r]->(t {id: $target})
WHERE type(r) = $type
RETURN {type: type(r), target: t.id, basis: r.basis, evidence: r.evidence, rule: r.rule, createdBy: r.createdBy, updatedBy: r.updatedBy} AS edge

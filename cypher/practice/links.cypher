// Every outgoing edge of each practice with its provenance ("why is this edge here?").
UNWIND $ids AS id
MATCH (p:Practice {id: id})
RETURN id, COLLECT {
  MATCH (p)-[r]->(t)
  RETURN {type: type(r), target: labels(t)[0] + ':' + t.id, targetLabel: labels(t)[0],
          basis: r.basis, evidence: r.evidence, rule: r.rule, footnote: r.footnote} AS link
  ORDER BY link.type, link.target
} AS links

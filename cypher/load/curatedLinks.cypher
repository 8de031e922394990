// seeds/curated/curation.yaml: the edges curators made or took over, with their evidence and who
// made them when, made like a curator's link (curation/_mergeLink). An unknown practice or target
// makes no edge, and the loader names the rows this statement did not return.
UNWIND $rows AS row
MATCH (p:Practice {id: row.practice})
WITH p, row, row.type AS linkType, row.target AS linkTarget
// @include curation/_mergeLink
SET r.basis = 'curated', r.evidence = row.evidence, r.curatedAt = datetime(row.curatedAt), r.rule = null, r.loadedFrom = null,
  r.loadStamp = null, r.createdBy = row.createdBy, r.createdAt = datetime(row.createdAt), r.updatedBy = row.updatedBy,
  r.updatedAt = datetime(row.updatedAt)
RETURN collect(row.practice + ' ' + row.type + ' ' + row.target) AS made

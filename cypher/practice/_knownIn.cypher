// Fragment: whether practice `p` was known in the year $asOf (null: now): described by a
// document of that year or earlier, or, for a practice no document describes, curated by then.
// CASE, not OR: the planner turns an EXISTS under OR into a semi-apply run for every candidate
// practice even when $asOf is null; under CASE the subqueries run only when $asOf is set.
(CASE WHEN $asOf IS NULL THEN true
  ELSE EXISTS { (d:Document)-[:DESCRIBES]->(p) WHERE d.year <= $asOf }
    OR (NOT EXISTS { (:Document)-[:DESCRIBES]->(p) } AND p.curatedAt.year <= $asOf) END)

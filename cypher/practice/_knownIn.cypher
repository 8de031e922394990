// Fragment: whether practice `p` was known in the year $asOf (null: now): described by a
// document of that year or earlier, or, for a practice no document describes, curated by then.
($asOf IS NULL
  OR EXISTS { (d:Document)-[:DESCRIBES]->(p) WHERE d.year <= $asOf }
  OR (NOT EXISTS { (:Document)-[:DESCRIBES]->(p) } AND p.curatedAt.year <= $asOf))

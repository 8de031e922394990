// Fragment: whether practice `p` was known in the year $asOf: described by a document of that
// year or earlier, or, for a practice no document describes, curated by then. Included only
// when $asOf is set (see practice/_conditions).
(EXISTS { (d:Document)-[:DESCRIBES]->(p) WHERE d.year <= $asOf }
  OR (NOT EXISTS { (:Document)-[:DESCRIBES]->(p) } AND p.curatedAt.year <= $asOf))

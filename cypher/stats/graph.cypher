// What the graph holds: nodes by label, relationships by type, and relationships by basis. The
// load state, curators' tombstones, the marks of their changes and the country × theme cells are bookkeeping, not graph content.
RETURN
  COLLECT { MATCH (n) WHERE NOT n:LoadState AND NOT n:Tombstone AND NOT n:CurationChange AND NOT n:CountryThemeCell WITH labels(n)[0] AS label, count(n) AS count RETURN {label: label, count: count} AS x ORDER BY x.label } AS nodes,
  COLLECT { MATCH ()-[r]->() WITH type(r) AS type, count(r) AS count RETURN {type: type, count: count} AS x ORDER BY x.type } AS relationships,
  COLLECT { MATCH ()-[r]->() WITH coalesce(r.basis, '(none)') AS basis, count(r) AS count RETURN {basis: basis, count: count} AS x ORDER BY x.basis } AS bases,
  COLLECT { MATCH (s:LoadState) RETURN toString(s.loadedAt) AS t } AS loadedAt

// Fragment: what a country × theme cell holds of its practices `ps` (sorted by id): their ids, and
// the partner kinds among them. One definition for the load's cells and a curator's refresh.
[q IN ps | q.id] AS practiceIds,
COLLECT { UNWIND ps AS q MATCH (q)-[:PARTNERS_WITH]->(x:Partner) RETURN DISTINCT x.kind AS kind ORDER BY kind } AS kinds

// Takes the practice's write lock before reading its version: Neo4j reads committed data without
// locking, so two edits could otherwise both read version n and both write n + 1. With the lock
// the second waits for the first to commit, then reads n + 1 (and gets a CONFLICT if it expected n).
MATCH (p:Practice {id: $id})
SET p._lock = true
REMOVE p._lock
RETURN coalesce(p.version, 1) AS version, p {.title, .summary, .webLinks, .tags, .thematicAreas} AS fields

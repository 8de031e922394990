// Deletes a practice with its relationships, and leaves a tombstone so that no seed load makes
// the practice again (a curator's re-creation removes it). The tombstone keeps the version the
// deletion reached and who deleted it.
MATCH (p:Practice {id: $id})
WITH p, p.title AS title, COUNT { (p)--() } AS relationships
DETACH DELETE p
MERGE (t:Tombstone {key: 'Practice:' + $id})
SET t.kind = 'Practice', t.practiceId = $id, t.title = title, t.curatedAt = datetime($at), t.version = $version, t.deletedBy = $curator
RETURN relationships

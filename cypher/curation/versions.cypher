// The version each practice is at: its own, 1 for a practice no curator changed, the version its
// deletion reached for a deleted one (its tombstone), 0 for one the store never held. A replay
// and a load of seeds/curated/ skip what the store already holds at that version or later.
UNWIND $ids AS id
OPTIONAL MATCH (p:Practice {id: id})
OPTIONAL MATCH (x:Tombstone {key: 'Practice:' + id})
RETURN id, CASE WHEN p IS NULL THEN coalesce(x.version, 0) ELSE coalesce(p.version, 1) END AS version

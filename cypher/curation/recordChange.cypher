// The change's mark in the database, written in the change's own transaction. After a crash, a
// journal entry still pending is committed or aborted by whether this node exists
// (src/curation/reconcileJournal.ts); a replay skips the changes whose mark exists; and
// Practice.history reads these marks. No relationships: traversals never reach them.
CREATE (c:CurationChange {id: $changeId})
SET c.at = datetime($at), c.curator = $curator, c.op = $op, c.practiceId = $practiceId, c.version = $version,
  c.summary = $summary, c.before = $before, c.after = $after

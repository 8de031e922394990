// The curation changes of each practice in $ids, oldest first (Practice.history, batched per
// request). Versions only grow, through deletions and re-creations too (curation/createPractice),
// so they order the changes.
UNWIND $ids AS id
RETURN id, COLLECT {
  MATCH (c:CurationChange {practiceId: id})
  RETURN c {.id, at: toString(c.at), .curator, .op, .version, .summary, .before, .after} AS change
  ORDER BY change.version
} AS changes

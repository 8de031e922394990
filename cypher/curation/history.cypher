// A practice's curation changes, oldest first. Versions only grow, through deletions and
// re-creations too (curation/createPractice), so they order the changes.
MATCH (c:CurationChange {practiceId: $id})
RETURN c.id AS id, toString(c.at) AS at, c.curator AS curator, c.op AS op, c.version AS version, c.summary AS summary,
  c.before AS before, c.after AS after
ORDER BY c.version

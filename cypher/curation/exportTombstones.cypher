// What curators removed (deleted practices, unlinked edges), for `kg curation export`. A deletion
// made before versions existed is at version 2, one change after the seed's.
MATCH (x:Tombstone)
RETURN x.kind AS kind, x.practiceId AS practice, x.type AS type, x.target AS target, x.title AS title,
  CASE x.kind WHEN 'Practice' THEN coalesce(x.version, 2) END AS version, x.deletedBy AS deletedBy, toString(x.curatedAt) AS curatedAt
ORDER BY x.key

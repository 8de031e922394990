// A batch of a backup's relationships, between nodes restored by backup/restoreNodes. The file
// was checked beforehand to name only nodes it holds; the count lets the restore verify it.
UNWIND $rows AS row
MATCH (a:_KgRestore {kgRestoreKey: row.start})
MATCH (b:_KgRestore {kgRestoreKey: row.end})
CREATE (a)-[x:$(row.type)]->(b)
SET x = row.props
FOREACH (p IN row.typed |
  SET x[p.k] =
  // @include backup/_typedValue
)
RETURN count(*) AS created

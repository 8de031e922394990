// A batch of a backup's nodes. Strings, booleans and lists of them come as they are (row.props);
// other values as text with their type (row.typed). Each node is marked with the temporary label
// and its backup key (see backup/restoreKeyIndex) for its relationships to find it.
UNWIND $rows AS row
CREATE (x:$(row.labels):_KgRestore)
SET x = row.props, x.kgRestoreKey = row.key
FOREACH (p IN row.typed |
  SET x[p.k] =
  // @include backup/_typedValue
)
RETURN count(*) AS created

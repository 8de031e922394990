// Takes the restore's temporary label and key off up to $size nodes (repeated until none is left).
MATCH (n:_KgRestore)
WITH n LIMIT $size
REMOVE n:_KgRestore, n.kgRestoreKey
RETURN count(*) AS done

// Deletes up to $size nodes and their relationships (`kg restore --force` repeats it until none
// is left; one transaction per batch keeps memory bounded on a large graph).
MATCH (n)
WITH n LIMIT $size
DETACH DELETE n
RETURN count(*) AS deleted

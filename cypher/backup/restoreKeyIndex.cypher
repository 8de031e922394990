// While a restore runs, every node it creates carries the label _KgRestore and its backup key, so
// that relationships find their ends by an index lookup; both go when the restore is done.
CREATE INDEX kg_restore_key IF NOT EXISTS FOR (n:_KgRestore) ON (n.kgRestoreKey);
CALL db.awaitIndex('kg_restore_key', 300);

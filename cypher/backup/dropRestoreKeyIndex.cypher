// The restore's temporary index (see backup/restoreKeyIndex), once no node carries its label.
DROP INDEX kg_restore_key IF EXISTS;

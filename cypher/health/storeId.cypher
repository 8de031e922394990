// The database's id, which the embedded launcher writes beside its Bolt address
// (STORE/kg-bolt.json): the command line uses that address only if the answer matches, so a file
// left by a killed server never sends it to some other Neo4j now listening on the port.
CALL db.info() YIELD id
RETURN id

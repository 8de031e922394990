// The server's version and edition, for GET /health.
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition

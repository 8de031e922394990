// Countries that implement at least one practice: the default rows of a COUNTRY axis.
MATCH (c:Country) WHERE EXISTS { (c)<-[:IMPLEMENTED_BY]-(:Practice) }
RETURN c.id AS id ORDER BY id

// Fragment: the partner row (the resolvers' parent type).
x {.id, .name, .kind, .generic, .basis, .evidence, basedIn: COLLECT { MATCH (x)-[:BASED_IN]->(c:Country) RETURN c.id }[0]} AS partner

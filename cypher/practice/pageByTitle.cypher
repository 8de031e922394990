// A page of practices matching a filter without full text, by title, after the cursor
// ($after: {key: title, id}). The title index gives the order, so the scan stops once the page
// is full instead of reading and sorting every matching practice (the full-text case cannot:
// see pageOfTextMatches).
// Cypher takes no parameter for ORDER BY's direction, so this file is one statement per
// direction, practice/pageByTitle:TITLE_ASC and :TITLE_DESC (see src/db/cypherVariants.ts):
// {{direction}} is the order, {{beyond}} the comparison that puts a title after the cursor's.
// @variant TITLE_ASC   direction=ASC   beyond=>
// @variant TITLE_DESC  direction=DESC  beyond=<
MATCH (p:Practice)
WHERE p.title IS NOT NULL AND
// @include practice/_conditions
  AND ($after IS NULL OR p.title {{beyond}} $after.key OR (p.title = $after.key AND p.id > $after.id))
WITH p ORDER BY p.title {{direction}}, p.id ASC LIMIT $limit
RETURN p.title AS sortKey,
// @include practice/_related

// A page of the practices that the full-text query $text finds and the filter keeps, after the
// cursor ($after: {key, id}), by relevance (best score first) or by title.
// Cypher takes no parameter for what ORDER BY sorts on nor its direction, so this file is one
// statement per order, practice/pageOfTextMatches:TITLE_ASC, :TITLE_DESC and :RELEVANCE (see
// src/db/cypherVariants.ts): {{key}} is what the page is sorted on (the cursor's key),
// {{direction}} the order, {{beyond}} the comparison that puts a key after the cursor's.
// @variant TITLE_ASC   key=p.title  direction=ASC   beyond=>
// @variant TITLE_DESC  key=p.title  direction=DESC  beyond=<
// @variant RELEVANCE   key=score    direction=DESC  beyond=<
// @include practice/_filter
  AND ($after IS NULL OR {{key}} {{beyond}} $after.key OR ({{key}} = $after.key AND p.id > $after.id))
WITH p, score ORDER BY {{key}} {{direction}}, p.id ASC LIMIT $limit
RETURN {{key}} AS sortKey,
// @include practice/_related

// The practices under each parent of a selection level (Theme/Group/Stage/Objective/Target/Country/Partner
// .practices), one page per key: at most $limit practice rows by title after the key's cursor
// ($keys: [{i, id, after: {key: title, id} or null}]), and how many there are in all. One
// statement for every parent of a level (see relatedPageLoader). Cypher takes no parameter for
// a label or a relationship type, so this file is one statement per parent type (see
// src/db/cypherVariants.ts): {{parent}} is the parent's label, {{rel}} the practice's edge to it.
// @variant THEME    parent=Theme    rel=ADDRESSES
// @variant GROUP    parent=Group    rel=BENEFITS
// @variant STAGE    parent=Stage    rel=AT_STAGE
// @variant OBJECTIVE parent=Objective rel=SUPPORTS
// @variant TARGET   parent=Target   rel=CONTRIBUTES_TO
// @variant COUNTRY  parent=Country  rel=IMPLEMENTED_BY
// @variant PARTNER  parent=Partner  rel=PARTNERS_WITH
UNWIND $keys AS key
MATCH (t:{{parent}} {id: key.id})
RETURN key.i AS i, COLLECT {
  MATCH (p:Practice)-[:{{rel}}]->(t)
  WHERE key.after IS NULL OR p.title > key.after.key OR (p.title = key.after.key AND p.id > key.after.id)
  RETURN
// @include practice/_row
  ORDER BY practice.title, practice.id
  LIMIT $limit
} AS rows, COUNT { (:Practice)-[:{{rel}}]->(t) } AS total

// The properties of `x` (a node or a relationship) as [key, type, value] triples, where the type
// is Cypher's valueType() and the value is the property itself for strings, booleans and lists of
// them, else its text (toString, which loses nothing: the restore parses it back by the type).
// Points have no text that parses back: they come as null, and the backup refuses them by type.
COLLECT {
  UNWIND keys(x) AS k
  WITH k, x[k] AS v, valueType(x[k]) AS t
  RETURN [k, t, CASE
    WHEN t STARTS WITH 'STRING' OR t STARTS WITH 'BOOLEAN' OR t STARTS WITH 'LIST<STRING' OR t STARTS WITH 'LIST<BOOLEAN' OR t STARTS WITH 'LIST<NOTHING' THEN v
    WHEN t CONTAINS 'POINT' THEN null
    WHEN t STARTS WITH 'LIST' THEN [e IN v | toString(e)]
    ELSE toString(v)
  END]
}

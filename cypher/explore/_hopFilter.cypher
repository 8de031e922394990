// Fragment: whether a hop's edge `r` to node `x` is followed: its relationship type is one of
// $relationshipTypes (none given: any but the derived BACKS), and its node's type one of $types
// (none given: any). Each filter is in the statement only when set (see src/db/cypherShapes.ts).
// @when $relationshipTypes
    AND type(r) IN $relationshipTypes
// @else
    AND type(r) <> 'BACKS'
// @end
// @when $types
    AND labels(x)[0] IN $types
// @end

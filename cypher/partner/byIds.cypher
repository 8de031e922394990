// Partners by id, for the partner loader.
UNWIND $ids AS id
MATCH (x:Partner {id: id})
RETURN id,
// @include partner/_row

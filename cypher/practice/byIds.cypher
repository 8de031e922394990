// Practices by id, for the practice loader.
UNWIND $ids AS id
MATCH (p:Practice {id: id})
RETURN id,
// @include practice/_row

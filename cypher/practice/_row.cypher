// Fragment: the practice row every practice statement returns (the resolvers' parent type).
// @include practice/_rowMap
AS practice

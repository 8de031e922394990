// How many partners match a filter.
// @include partner/_filter
RETURN count(x) AS total

// How many practices match a filter (PracticeConnection.totalCount).
// @include practice/_filter
RETURN count(p) AS total

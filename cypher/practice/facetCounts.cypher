// Query.practiceFacets: for each facet of $facets, how many of the practices matching a filter
// have each of its values, one row per facet and value. The caller leaves a facet's own filter
// out of the parameters (values within a facet are alternatives), so a value's count is the
// totalCount of the filter with that facet set to that value alone: the facets the filter does
// not narrow share one statement, each facet it narrows has its own. Each branch returns a
// practice at most once per value.
// @include practice/_filter
UNWIND $facets AS facet
CALL (p, facet) {
  WITH * WHERE facet = 'countries'
  MATCH (p)-[:IMPLEMENTED_BY]->(x:Country)
  RETURN DISTINCT x.id AS value, x.name AS name, x.nameFr AS nameFr
  UNION ALL
  WITH * WHERE facet = 'themes'
  MATCH (p)-[:ADDRESSES]->(x:Theme)
  RETURN DISTINCT x.id AS value, x.name AS name, x.nameFr AS nameFr
  UNION ALL
  WITH * WHERE facet = 'partnerKinds'
  MATCH (p)-[:PARTNERS_WITH]->(x:Partner)
  RETURN DISTINCT x.kind AS value, x.kind AS name, null AS nameFr
  UNION ALL
  WITH * WHERE facet = 'partners'
  MATCH (p)-[:PARTNERS_WITH]->(x:Partner)
  RETURN DISTINCT x.id AS value, x.name AS name, x.nameFr AS nameFr
  UNION ALL
  WITH * WHERE facet = 'groups'
  MATCH (p)-[:BENEFITS]->(x:Group)
  RETURN DISTINCT x.id AS value, x.name AS name, x.nameFr AS nameFr
  UNION ALL
  WITH * WHERE facet = 'stages'
  MATCH (p)-[:AT_STAGE]->(x:Stage)
  RETURN DISTINCT x.id AS value, x.name AS name, x.nameFr AS nameFr
  UNION ALL
  WITH * WHERE facet = 'instruments'
  MATCH (p)<-[:BACKS]-(x:Instrument)
  RETURN DISTINCT x.id AS value, x.name AS name, x.nameFr AS nameFr
  UNION ALL
  WITH * WHERE facet = 'objectives'
  MATCH (p)-[:SUPPORTS]->(x:Objective)
  RETURN DISTINCT x.id AS value, x.name AS name, x.nameFr AS nameFr
  UNION ALL
  WITH * WHERE facet = 'targets'
  MATCH (p)-[:CONTRIBUTES_TO]->(x:Target)
  RETURN DISTINCT x.id AS value, x.name AS name, x.nameFr AS nameFr
}
RETURN facet, value, name, nameFr, count(p) AS count
ORDER BY facet, count DESC, name, value

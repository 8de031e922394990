// Fragment: whether practice `p` matches a PracticeFilter's structured filters (not its text).
// Every parameter is null when its filter is absent, and a filter that is absent is not in the
// statement at all (see src/db/cypherShapes.ts), so Neo4j plans each question for its own
// filters; values in one list are alternatives (OR), filters combine with AND.
true
// @when $countries
  AND EXISTS { (p)-[:IMPLEMENTED_BY]->(c:Country) WHERE c.id IN $countries }
// @end
// @when $involvedCountries
  AND (EXISTS { (p)-[:IMPLEMENTED_BY|CONCERNS]->(c:Country) WHERE c.id IN $involvedCountries }
       OR EXISTS { (p)-[:PARTNERS_WITH]->(:Partner {kind: 'STATE'})-[:BASED_IN]->(c:Country) WHERE c.id IN $involvedCountries })
// @end
// @when $themes
  AND EXISTS { (p)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes }
// @end
// @when $instruments
  AND EXISTS { (p)<-[:BACKS]-(i:Instrument) WHERE i.id IN $instruments }
// @end
// @when $partners
  AND EXISTS { (p)-[:PARTNERS_WITH]->(x:Partner) WHERE x.id IN $partners }
// @end
// @when $partnerKinds
  AND EXISTS { (p)-[:PARTNERS_WITH]->(x:Partner) WHERE x.kind IN $partnerKinds }
// @end
// @when $groups
  AND EXISTS { (p)-[:BENEFITS]->(g:Group) WHERE g.id IN $groups }
// @end
// @when $stages
  AND EXISTS { (p)-[:AT_STAGE]->(s:Stage) WHERE s.id IN $stages }
// @end
// @when $objectives
  AND EXISTS { (p)-[:SUPPORTS]->(o:Objective) WHERE o.id IN $objectives }
// @end
// @when $targets
  AND EXISTS { (p)-[:CONTRIBUTES_TO]->(t:Target) WHERE t.id IN $targets }
// @end
// @when $asOf
  AND
// @include practice/_knownIn
// @end

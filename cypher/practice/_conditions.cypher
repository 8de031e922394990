// Fragment: whether practice `p` matches a PracticeFilter's structured filters (not its text).
// Every parameter is null when its filter is absent; values in one list are alternatives (OR),
// filters combine with AND; $unfiltered says none is set.
($unfiltered OR (($countries IS NULL OR EXISTS { (p)-[:IMPLEMENTED_BY]->(c:Country) WHERE c.id IN $countries })
  AND ($involvedCountries IS NULL
       OR EXISTS { (p)-[:IMPLEMENTED_BY|CONCERNS]->(c:Country) WHERE c.id IN $involvedCountries }
       OR EXISTS { (p)-[:PARTNERS_WITH]->(:Partner {kind: 'STATE'})-[:BASED_IN]->(c:Country) WHERE c.id IN $involvedCountries })
  AND ($themes IS NULL OR EXISTS { (p)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes })
  AND ($instruments IS NULL OR EXISTS { (p)<-[:BACKS]-(i:Instrument) WHERE i.id IN $instruments })
  AND ($partners IS NULL OR EXISTS { (p)-[:PARTNERS_WITH]->(x:Partner) WHERE x.id IN $partners })
  AND ($partnerKinds IS NULL OR EXISTS { (p)-[:PARTNERS_WITH]->(x:Partner) WHERE x.kind IN $partnerKinds })
  AND ($groups IS NULL OR EXISTS { (p)-[:BENEFITS]->(g:Group) WHERE g.id IN $groups })
  AND ($stages IS NULL OR EXISTS { (p)-[:AT_STAGE]->(s:Stage) WHERE s.id IN $stages })
  AND ($objectives IS NULL OR EXISTS { (p)-[:SUPPORTS]->(o:Objective) WHERE o.id IN $objectives })
  AND ($targets IS NULL OR EXISTS { (p)-[:CONTRIBUTES_TO]->(t:Target) WHERE t.id IN $targets })
  AND
// @include practice/_knownIn
  ))

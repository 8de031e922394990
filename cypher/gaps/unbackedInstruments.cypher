// (c) Instruments backing a theme that back none of the country's practices, with the provision
// the paper cites and the theme they ground (BACKS edges; src/backing/backingRule.ts holds the rule).
MATCH (c:Country {id: $country})
WITH c,
  COLLECT { MATCH (c)<-[:IMPLEMENTED_BY]-(p:Practice) RETURN p.id ORDER BY p.id } AS countryPractices,
  COLLECT { MATCH (c)<-[:IMPLEMENTED_BY]-(:Practice)<-[:BACKS]-(i:Instrument) RETURN DISTINCT i.id } AS backed
MATCH (t:Theme)<-[b:BACKS]-(i:Instrument)
WHERE ($themes IS NULL OR t.id IN $themes) AND NOT i.id IN backed
RETURN DISTINCT i.id AS instrument, b.provision AS provision, t.id AS theme, countryPractices AS countryPracticeIds
ORDER BY theme, instrument, provision

// The graph around the matching practices, for GraphML, GEXF and JSON-LD: the practices, every
// node next to them, the provisions and instruments grounding their themes, and the edges among
// these (the ratifications of the exported countries for the exported instruments included).
// @include practice/_filter
WITH collect(p) AS ps
CALL (ps) {
  UNWIND ps AS p
  OPTIONAL MATCH (p)-[]-(n) WHERE NOT n:LoadState
  RETURN collect(DISTINCT n) AS neighbours
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[:ADDRESSES]->(:Theme)<-[:GROUNDS]-(g)
  OPTIONAL MATCH (g)-[:PART_OF]->(i:Instrument)
  OPTIONAL MATCH (g)-[:PART_OF*0..1]->(:Instrument)-[:INTERPRETS]->(t:Instrument)
  RETURN collect(DISTINCT g) + collect(DISTINCT i) + collect(DISTINCT t) AS framework
}
UNWIND ps + neighbours + framework AS n
WITH collect(DISTINCT n) AS nodes
WITH nodes, [n IN nodes | elementId(n)] AS eids
CALL (nodes, eids) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE elementId(b) IN eids
  RETURN collect({source: labels(a)[0] + ':' + a.id, target: labels(b)[0] + ':' + b.id, type: type(r), properties: r {.*}}) AS edges
}
RETURN [n IN nodes | {id: labels(n)[0] + ':' + n.id, type: labels(n)[0], label: coalesce(n.title, n.name, n.article, n.id),
                      properties: n {.*}}] AS nodes, edges

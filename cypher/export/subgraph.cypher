// The graph around the matching practices, for GraphML, GEXF and JSON-LD: the practices, every
// node next to them, the instruments backing them and the provisions cited (BACKS), and the edges among
// these (the ratifications of the exported countries for the exported instruments included; the
// derived BACKS edges left out: an export carries the evidence, not its summary).
// @include practice/_filter
WITH collect(p) AS ps
CALL (ps) {
  UNWIND ps AS p
  OPTIONAL MATCH (p)-[r]-(n) WHERE NOT n:LoadState AND type(r) <> 'BACKS'
  RETURN collect(DISTINCT n) AS neighbours
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)<-[b:BACKS]-(i:Instrument)
  OPTIONAL MATCH (v:Provision {id: b.provision})
  RETURN collect(DISTINCT i) + collect(DISTINCT v) AS framework
}
UNWIND ps + neighbours + framework AS n
WITH collect(DISTINCT n) AS nodes
WITH nodes, [n IN nodes | elementId(n)] AS eids
CALL (nodes, eids) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE elementId(b) IN eids AND type(r) <> 'BACKS'
  RETURN collect({source: labels(a)[0] + ':' + a.id, target: labels(b)[0] + ':' + b.id, type: type(r), properties: r {.*, loadedFrom: null}}) AS edges
}
RETURN [n IN nodes | {id: labels(n)[0] + ':' + n.id, type: labels(n)[0], label: coalesce(n.title, n.name, n.article, n.id),
                      properties: n {.*, loadedFrom: null, tags_text: null}}] AS nodes, edges

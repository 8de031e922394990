// The graph around the matching practices, for GraphML, GEXF and JSON-LD: the practices, every
// node next to them, the instruments backing them and the provisions cited (BACKS), and the
// edges among these (the ratifications of the exported countries for the exported instruments
// included; the derived BACKS edges left out: an export carries the evidence, not its summary).
// The rows are streamed, in this order (the branches of a UNION ALL):
//  - one `head` row: every node's global id, and the property keys of the nodes and of the
//    candidate edges, which the XML formats declare before their body;
//  - a `node` row per node, with its outgoing edges (type, target) when $withLinks (JSON-LD
//    writes them on the node);
//  - `edge` rows, the candidate edges: those leaving a node towards a node that is not a
//    practice, and those entering a node that is a practice.
// Whether an edge's other end is one of the nodes is decided by the reader, with a lookup in the
// head's ids: a list test here (`b IN nodes`) would compare each edge with every node. The
// candidates hold every edge among the nodes once; the others lead from an exported node to
// reference data outside the export (a country's ratifications, a partner's base), never to the
// many practices a document describes that are not exported. A node's links (JSON-LD only) are
// all its outgoing edges, checked the same way.
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
CALL (nodes) {
  RETURN 'head' AS kind, [n IN nodes | labels(n)[0] + ':' + n.id] AS ids,
    // Every key; the reader drops the internal ones (src/util/publicProperties.ts).
    COLLECT { UNWIND nodes AS n UNWIND keys(n) AS k RETURN DISTINCT k } AS nodeKeys,
    COLLECT {
      CALL (nodes) {
        UNWIND nodes AS a
        MATCH (a)-[r]->(b) WHERE NOT b:Practice AND NOT b:LoadState AND type(r) <> 'BACKS'
        RETURN r
        UNION ALL
        UNWIND nodes AS b
        MATCH (a)-[r]->(b:Practice) WHERE NOT a:LoadState AND type(r) <> 'BACKS'
        RETURN r
      }
      UNWIND keys(r) AS k
      RETURN DISTINCT k
    } AS edgeKeys,
    null AS node, null AS links, null AS edge
  UNION ALL
  UNWIND nodes AS n
  RETURN 'node' AS kind, null AS ids, null AS nodeKeys, null AS edgeKeys,
    {id: labels(n)[0] + ':' + n.id, type: labels(n)[0], label: coalesce(n.title, n.name, n.article, n.id), properties: n {.*}} AS node,
    CASE WHEN $withLinks THEN COLLECT { MATCH (n)-[r]->(b) WHERE type(r) <> 'BACKS' RETURN {type: type(r), target: labels(b)[0] + ':' + b.id} } END AS links,
    null AS edge
  UNION ALL
  UNWIND nodes AS a
  MATCH (a)-[r]->(b) WHERE NOT b:Practice AND NOT b:LoadState AND type(r) <> 'BACKS'
  RETURN 'edge' AS kind, null AS ids, null AS nodeKeys, null AS edgeKeys, null AS node, null AS links,
    {source: labels(a)[0] + ':' + a.id, target: labels(b)[0] + ':' + b.id, type: type(r), properties: r {.*}} AS edge
  UNION ALL
  UNWIND nodes AS b
  MATCH (a)-[r]->(b:Practice) WHERE NOT a:LoadState AND type(r) <> 'BACKS'
  RETURN 'edge' AS kind, null AS ids, null AS nodeKeys, null AS edgeKeys, null AS node, null AS links,
    {source: labels(a)[0] + ':' + a.id, target: labels(b)[0] + ':' + b.id, type: type(r), properties: r {.*}} AS edge
}
RETURN kind, ids, nodeKeys, edgeKeys, node, links, edge

/**
 * The same graph as the Neo4j GraphQL Library sees it: @node types, @relationship fields, and
 * @cypher fields for what its generated API cannot express (backings, neighbourhoods, coverage,
 * gaps), each returning the same answer as our API, as JSON text the benchmark compares.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Practice @node {
    id: ID!
    title: String!
    summary: String
    countries: [Country!]! @relationship(type: "IMPLEMENTED_BY", direction: OUT)
    partners: [Partner!]! @relationship(type: "PARTNERS_WITH", direction: OUT)
    themes: [Theme!]! @relationship(type: "ADDRESSES", direction: OUT)
    backedByJson: String
      @cypher(
        statement: """
        CALL (this) {
          MATCH (this)-[:ADDRESSES]->(t:Theme)<-[:GROUNDS]-(src)
          OPTIONAL MATCH (src)-[:PART_OF]->(owner:Instrument)
          WITH t, src, coalesce(owner, src) AS inst, CASE WHEN owner IS NULL THEN 2 ELSE 3 END AS steps
          CALL (inst) { RETURN inst AS target, 0 AS extra UNION MATCH (inst)-[:INTERPRETS]->(tr:Instrument) RETURN tr AS target, 1 AS extra }
          RETURN target.id + '|' + coalesce(CASE WHEN target = inst AND src:Provision THEN src.id END, '') + '|' + t.id + '|' + toString(steps + extra) AS b
          UNION
          MATCH (this)-[:BACKED_BY]->(inst:Instrument)
          CALL (inst) { RETURN inst AS target, 0 AS extra UNION MATCH (inst)-[:INTERPRETS]->(tr:Instrument) RETURN tr AS target, 1 AS extra }
          RETURN target.id + '||' + '|' + toString(1 + extra) AS b
        }
        RETURN apoc.convert.toJson(collect(b)) AS json
        """
        columnName: "json"
      )
  }

  type Country @node {
    id: ID!
    name: String!
  }

  type Partner @node {
    id: ID!
    name: String!
    kind: String!
  }

  type Theme @node {
    id: ID!
    name: String!
  }

  type Instrument @node {
    id: ID!
    name: String!
    backedPractices(first: Int = 20): [Practice!]!
      @cypher(
        statement: """
        CALL (this) {
          MATCH (p:Practice)-[:ADDRESSES]->(:Theme)<-[:GROUNDS]-(g)-[:PART_OF*0..1]->(:Instrument)-[:INTERPRETS*0..1]->(this) RETURN p
          UNION
          MATCH (p:Practice)-[:BACKED_BY]->(:Instrument)-[:INTERPRETS*0..1]->(this) RETURN p
        }
        WITH DISTINCT p ORDER BY p.title, p.id LIMIT $first
        RETURN p
        """
        columnName: "p"
      )
  }

  type Query {
    neighborhoodJson(partner: ID!): String
      @cypher(
        statement: """
        MATCH (s:Partner {id: $partner})
        OPTIONAL MATCH (s)<-[:PARTNERS_WITH]-(p:Practice)
        OPTIONAL MATCH (p)-[:PARTNERS_WITH]->(x:Partner)
        WITH s, collect(DISTINCT p) AS ps, collect(DISTINCT x) AS xs
        UNWIND [s] + ps + xs AS n
        WITH DISTINCT n
        RETURN apoc.convert.toJson(collect(labels(n)[0] + ':' + n.id)) AS json
        """
        columnName: "json"
      )
    coverageJson: String
      @cypher(
        statement: """
        MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
        WITH c.id AS row, t.id AS column, count(DISTINCT p) AS n
        RETURN apoc.convert.toJson(collect(row + '|' + column + '|' + toString(n))) AS json
        """
        columnName: "json"
      )
    gapsWithoutPartnerKindJson(kind: String!): String
      @cypher(
        statement: """
        MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
        WITH c, t, collect(p) AS ps
        WHERE NOT EXISTS { UNWIND ps AS q MATCH (q)-[:PARTNERS_WITH]->(x:Partner {kind: $kind}) RETURN 1 }
        RETURN apoc.convert.toJson(collect(c.id + '|' + t.id + '|' + toString(size(ps)))) AS json
        """
        columnName: "json"
      )
    ratificationGapsJson: String
      @cypher(
        statement: """
        MATCH (c:Country)<-[:IMPLEMENTED_BY]-(:Practice)-[:ADDRESSES]->(t:Theme)
        WITH DISTINCT c, t
        CALL (t) {
          MATCH (t)<-[:GROUNDS]-(g)-[:PART_OF*0..1]->(:Instrument)-[:INTERPRETS*0..1]->(i:Instrument)
          WHERE i.kind IN ['TREATY', 'OPTIONAL_PROTOCOL', 'ILO_CONVENTION', 'ILO_PROTOCOL']
          RETURN DISTINCT i
        }
        OPTIONAL MATCH (c)-[r:RATIFIED|SIGNED|NO_ACTION]->(i)
        WITH c, t, i, r WHERE r IS NULL OR type(r) <> 'RATIFIED'
        RETURN apoc.convert.toJson(collect(c.id + '|' + t.id + '|' + i.id + '|' + CASE WHEN r IS NULL THEN 'UNKNOWN' ELSE type(r) END)) AS json
        """
        columnName: "json"
      )
  }
`;

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
        MATCH (this)<-[b:BACKS]-(i:Instrument)
        RETURN apoc.convert.toJson(collect(i.id + '|' + coalesce(b.provision, '') + '|' + coalesce(b.theme, '') + '|' + toString(size(b.pathType)))) AS json
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
        MATCH (this)-[:BACKS]->(p:Practice)
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
          MATCH (t)<-[:BACKS]-(i:Instrument)
          WHERE i.kind IN ['TREATY', 'OPTIONAL_PROTOCOL', 'ILO_CONVENTION', 'ILO_PROTOCOL']
          RETURN DISTINCT i
        }
        OPTIONAL MATCH (c)-[r:RATIFIED|SIGNED|NO_ACTION|DENOUNCED|NOT_RATIFIED]->(i)
        WITH c, t, i, CASE
          WHEN r IS NOT NULL THEN type(r)
          WHEN i.kind IN ['ILO_CONVENTION', 'ILO_PROTOCOL'] AND c.iloMember = false AND c.unMember THEN 'NOT_A_MEMBER'
          WHEN i.kind IN ['ILO_CONVENTION', 'ILO_PROTOCOL'] AND c.iloMember AND i.ratificationComplete THEN 'NOT_RATIFIED'
          ELSE 'UNKNOWN' END AS status
        WHERE status <> 'RATIFIED'
        RETURN apoc.convert.toJson(collect(c.id + '|' + t.id + '|' + i.id + '|' + status)) AS json
        """
        columnName: "json"
      )
  }
`;

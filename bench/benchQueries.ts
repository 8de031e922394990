/** One research question as each contender asks it, and how to reduce each answer to a comparable form. */
export interface BenchQuery {
  name: string;
  description: string;
  ours: { query: string; variables: Record<string, unknown>; answer(data: unknown): string[] };
  /** Absent when the Neo4j GraphQL Library cannot express the question with the same result. */
  peer?: { query: string; variables: Record<string, unknown>; answer(data: unknown): string[] };
  /**
   * The one hand-written Cypher query for the same answer. `answer` reduces its rows for the
   * driver floor; `data` builds from the same rows the `data` object our API returns for
   * `ours.query`, field for field, which the HTTP floor serves (so `ours.answer` reduces it).
   */
  floor: {
    cypher: string;
    params: Record<string, unknown>;
    answer(rows: Array<Record<string, unknown>>): string[];
    data(rows: Array<Record<string, unknown>>): unknown;
  };
}

/** Parameters that depend on the generated graph. */
export interface BenchParameters {
  practiceId: string;
  partnerId: string;
}

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw JSON answers, reduced right away

const sorted = (xs: string[]) => [...xs].sort();
const ids = (xs: Array<{ id: string }>) => sorted(xs.map((x) => x.id)).join(',');
/** An id as our API returns a related object when only its id is selected. */
const ref = (id: unknown) => (id === null || id === undefined ? null : { id });
const refs = (xs: unknown) => (xs as unknown[]).map(ref);

/** The neighbourhood's node limit, asked of ours; the floor reports `truncated` against it. */
const NEIGHBORHOOD_LIMIT = 500;

/** The fixed set of research queries the benchmark times (the list). */
export function benchQueries(p: BenchParameters): BenchQuery[] {
  return [
    {
      name: 'practicesPage',
      description: 'practices on health, first 20 by title, with their countries, partners and themes',
      ours: {
        query: '{ practices(filter: { themes: ["health"] }, first: 20) { edges { node { id countries { id } partners { id } themes { id } } } } }',
        variables: {},
        answer: (d) => (d as Any).practices.edges.map((e: Any) => `${e.node.id}|${ids(e.node.countries)}|${ids(e.node.partners)}|${ids(e.node.themes)}`),
      },
      peer: {
        query:
          '{ practices(where: { themes: { some: { id: { eq: "health" } } } }, limit: 20, sort: [{ title: ASC }, { id: ASC }]) { id countries { id } partners { id } themes { id } } }',
        variables: {},
        answer: (d) => (d as Any).practices.map((n: Any) => `${n.id}|${ids(n.countries)}|${ids(n.partners)}|${ids(n.themes)}`),
      },
      floor: {
        // `title IS NOT NULL` lets the planner walk the title index in order and stop at 20.
        cypher: `MATCH (p:Practice) WHERE p.title IS NOT NULL AND EXISTS { (p)-[:ADDRESSES]->(:Theme {id: $theme}) }
                 WITH p ORDER BY p.title, p.id LIMIT 20
                 RETURN p.id AS id,
                   COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(c:Country) RETURN c.id } AS countries,
                   COLLECT { MATCH (p)-[:PARTNERS_WITH]->(x:Partner) RETURN x.id } AS partners,
                   COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id } AS themes`,
        params: { theme: 'health' },
        answer: (rows) =>
          rows.map(
            (r) =>
              `${String(r.id)}|${sorted(r.countries as string[]).join(',')}|${sorted(r.partners as string[]).join(',')}|${sorted(r.themes as string[]).join(',')}`,
          ),
        data: (rows) => ({
          practices: {
            edges: rows.map((r) => ({ node: { id: r.id, countries: refs(r.countries), partners: refs(r.partners), themes: refs(r.themes) } })),
          },
        }),
      },
    },
    {
      name: 'backedBy',
      description: 'practice.backedBy with the evidence paths',
      ours: {
        query:
          'query ($id: ID!) { practice(id: $id) { backedBy { instrument { id } provision { id } theme { id } path { type provenance { basis evidence } } } } }',
        variables: { id: p.practiceId },
        answer: (d) =>
          sorted((d as Any).practice.backedBy.map((b: Any) => `${b.instrument.id}|${b.provision?.id ?? ''}|${b.theme?.id ?? ''}|${b.path.length}`)),
      },
      peer: {
        query: 'query ($id: ID!) { practices(where: { id: { eq: $id } }) { backedByJson } }',
        variables: { id: p.practiceId },
        answer: (d) => sorted(JSON.parse((d as Any).practices[0].backedByJson) as string[]),
      },
      floor: {
        // The path's provenance too: ours returns it, so the same answer reads it.
        cypher: `MATCH (this:Practice {id: $id})<-[b:BACKS]-(i:Instrument)
                 RETURN i.id AS instrument, b.provision AS provision, b.theme AS theme, b.pathType AS path,
                   b.pathBasis AS basis, b.pathEvidence AS evidence`,
        params: { id: p.practiceId },
        answer: (rows) =>
          sorted(
            rows.map(
              (r) => `${String(r.instrument)}|${(r.provision as string | null) ?? ''}|${(r.theme as string | null) ?? ''}|${(r.path as unknown[]).length}`,
            ),
          ),
        data: (rows) => ({
          practice: {
            backedBy: rows.map((r) => ({
              instrument: ref(r.instrument),
              provision: ref(r.provision),
              theme: ref(r.theme),
              path: (r.path as string[]).map((type, i) => ({
                type,
                provenance: { basis: (r.basis as string[])[i], evidence: (r.evidence as string[])[i] },
              })),
            })),
          },
        }),
      },
    },
    {
      name: 'backedPractices',
      description: 'instrument(ICESCR).backedPractices, first 20',
      ours: {
        query: '{ instrument(id: "ICESCR") { backedPractices(first: 20) { edges { node { id } } } } }',
        variables: {},
        answer: (d) => (d as Any).instrument.backedPractices.edges.map((e: Any) => e.node.id),
      },
      peer: {
        query: '{ instruments(where: { id: { eq: "ICESCR" } }) { backedPractices(first: 20) { id } } }',
        variables: {},
        answer: (d) => (d as Any).instruments[0].backedPractices.map((n: Any) => n.id),
      },
      floor: {
        // Practices in title order (from the title index), kept when the instrument backs them.
        cypher: `MATCH (p:Practice) WHERE p.title IS NOT NULL
                   AND EXISTS { (p)<-[:BACKS]-(:Instrument {id: $id}) }
                 WITH p ORDER BY p.title, p.id LIMIT 20
                 RETURN p.id AS id`,
        params: { id: 'ICESCR' },
        answer: (rows) => rows.map((r) => String(r.id)),
        data: (rows) => ({ instrument: { backedPractices: { edges: rows.map((r) => ({ node: { id: r.id } })) } } }),
      },
    },
    {
      name: 'neighborhood',
      description: 'neighborhood depth 2 of a partner through PARTNERS_WITH (its practices and their other partners)',
      ours: {
        query: `query ($id: ID!) { neighborhood(id: $id, depth: 2, relationshipTypes: ["PARTNERS_WITH"], limit: ${NEIGHBORHOOD_LIMIT}) { truncated nodes { id type label } edges { source target type properties } } }`,
        variables: { id: `Partner:${p.partnerId}` },
        answer: (d) => sorted((d as Any).neighborhood.nodes.map((n: Any) => n.id)),
      },
      peer: {
        query: 'query ($p: ID!) { neighborhoodJson(partner: $p) }',
        variables: { p: p.partnerId },
        answer: (d) => sorted(JSON.parse((d as Any).neighborhoodJson) as string[]),
      },
      floor: {
        cypher: `MATCH (s:Partner {id: $id})
                 OPTIONAL MATCH (s)<-[:PARTNERS_WITH]-(p:Practice)
                 OPTIONAL MATCH (p)-[:PARTNERS_WITH]->(x:Partner)
                 WITH s, collect(DISTINCT p) AS ps, collect(DISTINCT x) AS xs
                 UNWIND [s] + ps + xs AS n
                 WITH DISTINCT n
                 WITH collect(n) AS nodes
                 UNWIND nodes AS n
                 RETURN labels(n)[0] + ':' + n.id AS id, labels(n)[0] AS type, coalesce(n.title, n.name) AS label,
                   COLLECT { MATCH (n)-[r:PARTNERS_WITH]->(b) WHERE b IN nodes
                             RETURN {target: labels(b)[0] + ':' + b.id, type: type(r), properties: properties(r)} } AS out`,
        params: { id: p.partnerId },
        answer: (rows) => sorted(rows.map((r) => String(r.id))),
        data: (rows) => ({
          neighborhood: {
            truncated: rows.length > NEIGHBORHOOD_LIMIT,
            nodes: rows.map((r) => ({ id: r.id, type: r.type, label: r.label })),
            edges: rows.flatMap((r) => (r.out as Any[]).map((e) => ({ source: r.id, target: e.target, type: e.type, properties: e.properties }))),
          },
        }),
      },
    },
    {
      name: 'coverage',
      description: 'coverage COUNTRY × THEME (cells with practices compared; ours also lists the empty ones)',
      ours: {
        query: '{ coverage(rows: COUNTRY, columns: THEME, practiceIdsPerCell: 0) { cells { row column count } } }',
        variables: {},
        answer: (d) => sorted((d as Any).coverage.cells.filter((c: Any) => c.count > 0).map((c: Any) => `${c.row}|${c.column}|${c.count}`)),
      },
      peer: { query: '{ coverageJson }', variables: {}, answer: (d) => sorted(JSON.parse((d as Any).coverageJson) as string[]) },
      floor: {
        cypher: `MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
                 RETURN c.id AS row, t.id AS column, count(DISTINCT p) AS n`,
        params: {},
        answer: (rows) => sorted(rows.map((r) => `${String(r.row)}|${String(r.column)}|${String(r.n)}`)),
        data: (rows) => ({ coverage: { cells: rows.map((r) => ({ row: r.row, column: r.column, count: r.n })) } }),
      },
    },
    {
      name: 'gapsA',
      description: 'partnershipGaps (a): country × theme cells without an NGO partner',
      ours: {
        query: '{ partnershipGaps { withoutPartnerKind(kind: NGO) { country { id } theme { id } practiceIds } } }',
        variables: {},
        answer: (d) => sorted((d as Any).partnershipGaps.withoutPartnerKind.map((g: Any) => `${g.country.id}|${g.theme.id}|${g.practiceIds.length}`)),
      },
      peer: {
        query: '{ gapsWithoutPartnerKindJson(kind: "NGO") }',
        variables: {},
        answer: (d) => sorted(JSON.parse((d as Any).gapsWithoutPartnerKindJson) as string[]),
      },
      floor: {
        cypher: `MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
                 WITH c, t, collect(p) AS ps
                 WHERE NOT EXISTS { UNWIND ps AS q MATCH (q)-[:PARTNERS_WITH]->(:Partner {kind: $kind}) RETURN 1 }
                 RETURN c.id AS country, t.id AS theme, [q IN ps | q.id] AS practiceIds`,
        params: { kind: 'NGO' },
        answer: (rows) => sorted(rows.map((r) => `${String(r.country)}|${String(r.theme)}|${(r.practiceIds as unknown[]).length}`)),
        data: (rows) => ({
          partnershipGaps: {
            withoutPartnerKind: rows.map((r) => ({ country: ref(r.country), theme: ref(r.theme), practiceIds: r.practiceIds })),
          },
        }),
      },
    },
    {
      name: 'gapsD',
      description: 'partnershipGaps (d): treaties grounding a theme a country acts on, not ratified or unknown',
      ours: {
        query:
          '{ partnershipGaps { ratificationGaps { notRatified { country { id } theme { id } instrument { id } status } unknown { country { id } theme { id } instrument { id } status } } } }',
        variables: {},
        answer: (d) => {
          const g = (d as Any).partnershipGaps.ratificationGaps;
          return sorted([...g.notRatified, ...g.unknown].map((x: Any) => `${x.country.id}|${x.theme.id}|${x.instrument.id}|${x.status}`));
        },
      },
      peer: { query: '{ ratificationGapsJson }', variables: {}, answer: (d) => sorted(JSON.parse((d as Any).ratificationGapsJson) as string[]) },
      floor: {
        cypher: `MATCH (c:Country)<-[:IMPLEMENTED_BY]-(:Practice)-[:ADDRESSES]->(t:Theme)
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
                 RETURN c.id AS country, t.id AS theme, i.id AS instrument, status`,
        params: {},
        answer: (rows) => sorted(rows.map((r) => `${String(r.country)}|${String(r.theme)}|${String(r.instrument)}|${String(r.status)}`)),
        data: (rows) => {
          const gap = (r: Record<string, unknown>) => ({ country: ref(r.country), theme: ref(r.theme), instrument: ref(r.instrument), status: r.status });
          return {
            partnershipGaps: {
              ratificationGaps: {
                notRatified: rows.filter((r) => r.status !== 'UNKNOWN').map(gap),
                unknown: rows.filter((r) => r.status === 'UNKNOWN').map(gap),
              },
            },
          };
        },
      },
    },
  ];
}

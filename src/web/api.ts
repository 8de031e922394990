/** A node of a subgraph, as the API returns it. */
export interface GraphNode {
  id: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
  hiddenNeighbors: number;
}

/** An edge of a subgraph. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

/** A piece of the graph. */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** A GraphQL error with its code, for messages in the status line. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Posts one operation to /graphql and returns its data, or throws the first error. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) {
    const e = body.errors[0]!;
    throw new ApiError(e.message, e.extensions?.code ?? 'ERROR');
  }
  return body.data as T;
}

/** The facets of the practice list, named after the PracticeFilter fields they set. */
export const FACET_FIELDS = ['themes', 'countries', 'partnerKinds', 'partners', 'groups', 'stages', 'instruments', 'objectives', 'targets'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** Query.practiceFacets: each value with the practices choosing it alone would leave. */
export type PracticeFacets = { totalCount: number } & Record<FacetField, Array<{ value: string; label: string; count: number }>>;

/** A page of the practice list. */
export interface PracticePage {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: Array<{
    node: {
      id: string;
      title: string;
      countries: Array<{ id: string; name: string }>;
      themes: Array<{ id: string; name: string }>;
      partners: Array<{ id: string; name: string }>;
    };
  }>;
}

const SUBGRAPH = 'truncated nodes { id type label properties hiddenNeighbors } edges { id source target type properties }';

export const api = {
  search: (text: string, signal?: AbortSignal) =>
    gql<{ search: Array<{ id: string; type: string; label: string; score: number }> }>(
      'query ($t: String!) { search(text: $t, first: 12) { id type label score } }',
      { t: text },
      signal,
    ).then((d) => d.search),
  neighborhood: (id: string, limit: number, types: string[] | null) =>
    gql<{ neighborhood: Subgraph }>(
      `query ($id: ID!, $limit: Int, $types: [String!]) { neighborhood(id: $id, depth: 1, limit: $limit, types: $types) { ${SUBGRAPH} } }`,
      { id, limit, types },
    ).then((d) => d.neighborhood),
  shortestPath: (from: string, to: string) =>
    gql<{ shortestPath: Subgraph | null }>(`query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxLength: 8) { ${SUBGRAPH} } }`, {
      from,
      to,
    }).then((d) => d.shortestPath),
  practice: (id: string) =>
    gql<{
      practice: {
        id: string;
        title: string;
        webLinks: string[];
        notes: string[];
        source: { lines: number[]; text: string; document: { title: string; file: string } };
      } | null;
    }>('query ($id: ID!) { practice(id: $id) { id title webLinks notes source { lines text document { title file } } } }', { id }).then((d) => d.practice),
  backedBy: (id: string) =>
    gql<{
      practice: {
        backedBy: Array<{
          instrument: { id: string; name: string };
          provision: { id: string; article: string } | null;
          theme: { id: string };
          path: Array<{
            from: string;
            fromLabel: string;
            type: string;
            to: string;
            toLabel: string;
            provenance: { basis: string; evidence: string; rule: string | null; footnote: string | null };
          }>;
        }>;
      } | null;
    }>(
      'query ($id: ID!) { practice(id: $id) { backedBy { instrument { id name } provision { id article } theme { id } path { from fromLabel type to toLabel provenance { basis evidence rule footnote } } } } }',
      { id },
    ).then((d) => d.practice?.backedBy ?? []),
  coverage: (rows: string, columns: string) =>
    gql<{
      coverage: {
        rows: Array<{ id: string; label: string }>;
        columns: Array<{ id: string; label: string }>;
        emptyCells: number;
        cells: Array<{ row: string; column: string; count: number; practiceIds: string[] }>;
      };
    }>(
      'query ($r: Dimension!, $c: Dimension!, $lang: Lang) { coverage(rows: $r, columns: $c) { rows { id label(lang: $lang) } columns { id label(lang: $lang) } emptyCells cells { row column count practiceIds } } }',
      { r: rows, c: columns, lang: document.documentElement.lang === 'fr' ? 'FR' : 'EN' },
    ).then((d) => d.coverage),
  candidates: (theme: string, country: string | null) =>
    gql<{ partnershipGaps: { candidatePartners: Array<{ partner: { id: string; name: string }; reason: string }> } }>(
      'query ($t: ID!, $c: ID) { partnershipGaps { candidatePartners(theme: $t, country: $c, first: 8) { partner { id name } reason } } }',
      { t: theme, c: country },
    ).then((d) => d.partnershipGaps.candidatePartners),
  practiceIds: (filter: Record<string, unknown>) =>
    gql<{ practices: { edges: Array<{ node: { id: string } }> } }>(
      'query ($f: PracticeFilter) { practices(filter: $f, first: 100) { edges { node { id } } } }',
      { f: filter },
    ).then((d) => d.practices.edges.map((e) => `Practice:${e.node.id}`)),
  practicePage: (filter: Record<string, unknown>, first: number, after: string | null, orderBy: string, lang: string) =>
    gql<{ practices: PracticePage }>(
      `query ($f: PracticeFilter, $first: Int, $after: String, $o: PracticeOrder, $lang: Lang) {
        practices(filter: $f, first: $first, after: $after, orderBy: $o) {
          totalCount pageInfo { endCursor hasNextPage }
          edges { node { id title countries { id name(lang: $lang) } themes { id name(lang: $lang) } partners { id name } } }
        }
      }`,
      { f: filter, first, after, o: orderBy, lang },
    ).then((d) => d.practices),
  /** The cursor after the first `count` practices of an order, to open page n directly. */
  cursorAfter: (filter: Record<string, unknown>, count: number, after: string | null, orderBy: string) =>
    gql<{ practices: { pageInfo: { endCursor: string | null } } }>(
      'query ($f: PracticeFilter, $first: Int, $after: String, $o: PracticeOrder) { practices(filter: $f, first: $first, after: $after, orderBy: $o) { pageInfo { endCursor } } }',
      { f: filter, first: count, after, o: orderBy },
    ).then((d) => d.practices.pageInfo.endCursor),
  practiceFacets: (filter: Record<string, unknown>, lang: string) =>
    gql<{ practiceFacets: PracticeFacets }>(
      `query ($f: PracticeFilter, $lang: Lang) { practiceFacets(filter: $f) { totalCount ${FACET_FIELDS.map((f) => `${f} { value label(lang: $lang) count }`).join(' ')} } }`,
      { f: filter, lang },
    ).then((d) => d.practiceFacets),
  options: () =>
    gql<{ themes: Array<{ id: string; name: string; nameFr: string }>; coverage: { rows: Array<{ id: string; label: string }> } }>(
      '{ themes { id name nameFr } coverage(rows: COUNTRY, columns: THEME, practiceIdsPerCell: 0) { rows { id label } } }',
    ),
};

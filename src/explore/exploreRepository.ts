import type { Executor } from '../db/executor';
import { NotFoundError } from '../errors/domainErrors';
import { publicProperties } from '../util/publicProperties';
import type { GraphEdgeRow, GraphNodeRow, SearchHitRow, SubgraphRow } from './exploreRows';
import { toGlobalId, type NodeKey } from './globalId';

interface NodeOut {
  type: string;
  id: string;
  label: string;
  properties: Record<string, unknown>;
}

/** Options of a neighbourhood. */
export interface NeighborhoodOptions {
  depth: number;
  limit: number;
  types: string[] | null;
  relationshipTypes: string[] | null;
  /** Whether to fetch node properties and degrees (hiddenNeighbors): only when selected. */
  withProperties: boolean;
  withDegree: boolean;
}

// Edges that only say "this came from that document": left out of paths unless asked for.
// Left out of paths unless asked for: document edges, and the derived BACKS edges (a one-hop
// summary of a rights-framework path that the path should show edge by edge).
const DEFAULT_EXCLUDED_EDGES = ['DESCRIBES', 'CONTAINS', 'CITES', 'CONTRIBUTED_BY', 'BACKS'];

function edgeId(source: string, type: string, target: string, properties: Record<string, unknown>): string {
  // A document cites the same text in several places: `at` (or the footnote) tells the edges apart.
  const place = typeof properties.at === 'string' ? `#${properties.at}` : typeof properties.footnote === 'string' ? `#${properties.footnote}` : '';
  return `${source}-[${type}${place}]->${target}`;
}

/** Reads the graph for exploration: search, neighbourhoods, shortest paths. */
export class ExploreRepository {
  constructor(private readonly executor: Executor) {}

  /** Full-text hits across practices, partners, instruments and countries. */
  search(text: string, limit: number): Promise<SearchHitRow[]> {
    return this.executor.read<SearchHitRow>('explore/search', { text, limit });
  }

  private async resolve(keys: NodeKey[]): Promise<Map<string, { eid: string; node: NodeOut }>> {
    const rows = await this.executor.read<{ key: string; eid: string; node: NodeOut }>('explore/resolveNodes', { keys });
    return new Map(rows.map((r) => [r.key, { eid: r.eid, node: r.node }]));
  }

  /**
   * The nodes within `depth` hops of `start`, breadth first, at most `limit` of them, with the
   * edges among them and each one's count of neighbours not shown: one statement.
   */
  async neighborhood(start: NodeKey, opts: NeighborhoodOptions): Promise<SubgraphRow> {
    const rows = await this.executor.read<{
      overflow: boolean;
      node: NodeOut;
      out: Array<{ to: string; type: string; properties: Record<string, unknown> }>;
      degree: number;
    }>('explore/neighborhood', {
      key: start,
      depth: opts.depth,
      limit: opts.limit,
      types: opts.types,
      relationshipTypes: opts.relationshipTypes,
      withProperties: opts.withProperties,
      withDegree: opts.withDegree,
    });
    if (rows.length === 0) throw new NotFoundError(start.type, start.id);
    const nodes: GraphNodeRow[] = rows.map((r) => ({
      id: toGlobalId(r.node.type, r.node.id),
      type: r.node.type,
      label: String(r.node.label),
      properties: publicProperties(r.node.properties),
      hiddenNeighbors: 0,
    }));
    const edges: GraphEdgeRow[] = rows.flatMap((r, i) =>
      r.out.map((e) => {
        const source = nodes[i]!.id;
        return { id: edgeId(source, e.type, e.to, e.properties), source, target: e.to, type: e.type, properties: publicProperties(e.properties) };
      }),
    );
    const shown = new Map<string, number>();
    for (const e of edges) {
      shown.set(e.source, (shown.get(e.source) ?? 0) + 1);
      shown.set(e.target, (shown.get(e.target) ?? 0) + 1);
    }
    if (opts.withDegree)
      rows.forEach((r, i) => {
        const node = nodes[i]!;
        node.hiddenNeighbors = Math.max(0, r.degree - (shown.get(node.id) ?? 0));
      });
    return { nodes, edges, truncated: rows[0]!.overflow };
  }

  /** A shortest path of at most `maxLength` edges, or null when there is none. */
  async shortestPath(from: NodeKey, to: NodeKey, maxLength: number, relationshipTypes: string[] | null): Promise<SubgraphRow | null> {
    const found = await this.resolve([from, to]);
    const a = found.get(toGlobalId(from.type, from.id));
    const b = found.get(toGlobalId(to.type, to.id));
    if (!a) throw new NotFoundError(from.type, from.id);
    if (!b) throw new NotFoundError(to.type, to.id);
    if (a.eid === b.eid) {
      return {
        nodes: [
          {
            id: toGlobalId(a.node.type, a.node.id),
            type: a.node.type,
            label: String(a.node.label),
            properties: publicProperties(a.node.properties),
            hiddenNeighbors: 0,
          },
        ],
        edges: [],
        truncated: false,
      };
    }
    const excluded = relationshipTypes ? [] : DEFAULT_EXCLUDED_EDGES;
    const rows = await this.executor.read<{
      from: string;
      to: string;
      type: string;
      properties: Record<string, unknown>;
      ends: Array<NodeOut & { eid: string }>;
    }>('explore/shortestPath', { from: a.eid, to: b.eid, maxLength, excluded, allowed: relationshipTypes });
    if (rows.length === 0) return null;
    const nodes = new Map<string, GraphNodeRow>();
    const gidOf = new Map<string, string>();
    for (const r of rows) {
      for (const n of r.ends) {
        const gid = toGlobalId(n.type, n.id);
        gidOf.set(n.eid, gid);
        if (!nodes.has(gid)) nodes.set(gid, { id: gid, type: n.type, label: String(n.label), properties: publicProperties(n.properties), hiddenNeighbors: 0 });
      }
    }
    const edges = rows.map((r) => {
      const source = gidOf.get(r.from)!;
      const target = gidOf.get(r.to)!;
      return { id: edgeId(source, r.type, target, r.properties), source, target, type: r.type, properties: publicProperties(r.properties) };
    });
    return { nodes: [...nodes.values()], edges, truncated: false };
  }
}

/** A search hit: the node's type and id, its score; the node itself is resolved by type. */
export interface SearchHitRow {
  type: 'Practice' | 'Partner' | 'Instrument' | 'Country';
  id: string;
  score: number;
}

/** A node of a subgraph. */
export interface GraphNodeRow {
  id: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
  hiddenNeighbors: number;
}

/** An edge of a subgraph. */
export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

/** A subgraph. */
export interface SubgraphRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphEdge, GraphNode, Subgraph } from './api';
import { nodeLabel, t } from './i18n';
import { declutterLabels } from './declutterLabels';
import { stylesheet } from './style';

cytoscape.use(fcose);

/** Layouts the explorer offers. */
export type LayoutName = 'fcose' | 'breadthfirst' | 'concentric' | 'grid';

function display(label: string, properties: Record<string, unknown>, more: number): string {
  const base = nodeLabel(label, properties);
  return more > 0 ? `${base} (+${more} ${t('more')})` : base;
}

/**
 * The graph canvas: adds subgraphs without duplicates, runs layouts, hides, pins, filters and
 * highlights. Its cytoscape instance is `window.cy` for tests and power users.
 */
export class GraphView {
  readonly cy: cytoscape.Core;
  private layoutName: LayoutName = 'fcose';
  private byDegree = false;
  private declutterTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(container: HTMLElement) {
    this.cy = cytoscape({ container, style: stylesheet(), minZoom: 0.05, maxZoom: 2.5, boxSelectionEnabled: true });
    this.cy.on('select unselect', 'node', () => {
      this.markSelectedEnds();
      this.declutter();
    });
    this.cy.on('layoutstop remove', () => this.declutter());
  }

  /** Marks the edges of the selected nodes, whose relationship type the stylesheet then shows. */
  private markSelectedEnds(): void {
    this.cy.batch(() => {
      this.cy.edges('.end-selected').removeClass('end-selected');
      this.cy.nodes(':selected').connectedEdges().addClass('end-selected');
    });
  }

  /** Re-runs the label declutter once a burst of changes has settled. */
  declutter(): void {
    clearTimeout(this.declutterTimer);
    this.declutterTimer = setTimeout(() => declutterLabels(this.cy), 30);
  }

  /** Sizes nodes by their degree (the neighbours the graph holds, shown or not), or all alike. */
  setSizeByDegree(on: boolean): void {
    this.byDegree = on;
    this.cy.batch(() => (on ? this.cy.nodes().addClass('by-degree') : this.cy.nodes().removeClass('by-degree')));
    this.declutter();
  }

  get sizeByDegree(): boolean {
    return this.byDegree;
  }

  /**
   * Adds nodes and edges without duplicates. Each node keeps its total degree (what the API
   * showed plus what it held back), so "N more" always counts the neighbours not on the canvas.
   */
  add(sub: Subgraph): cytoscape.CollectionReturnValue {
    const added = this.cy.collection();
    const shown = new Map<string, number>();
    for (const e of sub.edges) {
      shown.set(e.source, (shown.get(e.source) ?? 0) + 1);
      shown.set(e.target, (shown.get(e.target) ?? 0) + 1);
    }
    this.cy.batch(() => {
      for (const n of sub.nodes) {
        const degree = n.hiddenNeighbors + (shown.get(n.id) ?? 0);
        const existing = this.cy.getElementById(n.id);
        if (existing.nonempty()) {
          const most = Math.max(Number(existing.data('degree')), degree);
          existing.data({ degree: most, logDegree: Math.log2(1 + most) });
          continue;
        }
        added.merge(this.cy.add({ group: 'nodes', data: this.nodeData(n, degree), classes: this.byDegree ? 'by-degree' : '' }));
      }
      for (const e of sub.edges) {
        if (this.cy.getElementById(e.id).nonempty()) continue;
        if (this.cy.getElementById(e.source).empty() || this.cy.getElementById(e.target).empty()) continue;
        added.merge(this.cy.add({ group: 'edges', data: this.edgeData(e) }));
      }
    });
    this.relabel();
    this.declutter();
    return added;
  }

  private nodeData(n: GraphNode, degree: number) {
    // logDegree sizes nodes by degree: a ratified treaty's 190 parties should not dwarf the rest.
    return {
      id: n.id,
      type: n.type,
      label: n.label,
      properties: n.properties,
      degree,
      logDegree: Math.log2(1 + degree),
      display: nodeLabel(n.label, n.properties),
    };
  }

  private edgeData(e: GraphEdge) {
    return { id: e.id, source: e.source, target: e.target, type: e.type, properties: e.properties };
  }

  /** Neighbours of a node that the canvas does not show. */
  more(node: cytoscape.NodeSingular): number {
    return Math.max(0, Number(node.data('degree')) - node.connectedEdges().length);
  }

  /** Rewrites every label (language, "N more"). */
  relabel(): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.data('display', display(String(n.data('label')), n.data('properties') as Record<string, unknown>, this.more(n)));
      });
    });
  }

  /** Runs a layout; pinned (locked) nodes stay where they are. */
  layout(name: LayoutName = this.layoutName, fit = true): void {
    this.layoutName = name;
    const visible = this.cy.elements(':visible');
    if (visible.empty()) return;
    const options: Record<string, unknown> =
      name === 'fcose'
        ? {
            name,
            animate: false,
            randomize: true,
            quality: visible.length > 1500 ? 'draft' : 'default',
            nodeRepulsion: 6000,
            idealEdgeLength: 80,
            fit,
            padding: 30,
          }
        : name === 'breadthfirst'
          ? { name, directed: true, spacingFactor: 1.1, fit, padding: 30, animate: false }
          : { name, fit, padding: 30, animate: false };
    visible.layout(options as unknown as cytoscape.LayoutOptions).run();
  }

  get currentLayout(): LayoutName {
    return this.layoutName;
  }

  fit(): void {
    this.cy.fit(this.cy.elements(':visible'), 30);
  }

  /** Removes the selected nodes (and their edges) from the view. */
  hideSelected(): string[] {
    const selected = this.cy.nodes(':selected');
    const ids = selected.map((n) => n.id());
    selected.remove();
    return ids;
  }

  /** Pins the selected nodes in place, or unpins them if they all are pinned. */
  togglePinSelected(): void {
    const selected = this.cy.nodes(':selected');
    const allPinned = selected.toArray().every((n) => n.locked());
    selected.forEach((n) => {
      if (allPinned) n.unlock().removeClass('pinned');
      else n.lock().addClass('pinned');
    });
  }

  /** Shows or hides node types (and the edges that touch a hidden node). */
  setHiddenTypes(types: Set<string>): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('hidden-type');
      const hidden = this.cy.nodes().filter((n) => types.has(String(n.data('type'))));
      hidden.addClass('hidden-type');
      hidden.connectedEdges().addClass('hidden-type');
    });
  }

  /** Keeps only the practices in `allowed` (null: all), with what they connect to. */
  setPracticeFilter(allowed: Set<string> | null): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('filtered');
      if (!allowed) return;
      const out = this.cy.nodes('[type = "Practice"]').filter((n) => !allowed.has(n.id()));
      out.addClass('filtered');
      out.connectedEdges().addClass('filtered');
    });
  }

  /** Highlights a path (its nodes and edges), fading the rest. */
  highlight(nodeIds: string[], edgeIds: string[]): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('highlight faded');
      if (nodeIds.length === 0) return;
      const on = this.cy.collection();
      for (const id of [...nodeIds, ...edgeIds]) on.merge(this.cy.getElementById(id));
      this.cy.elements().difference(on).addClass('faded');
      on.addClass('highlight');
    });
    this.declutter();
  }

  /** The view as a PNG data URL. */
  png(): string {
    return this.cy.png({ full: true, scale: 2, bg: '#ffffff' });
  }

  /** The view as JSON: nodes and edges with their properties and positions. */
  json(): { nodes: unknown[]; edges: unknown[] } {
    return {
      nodes: this.cy.nodes().map((n) => ({
        id: n.id(),
        type: n.data('type') as unknown,
        label: n.data('label') as unknown,
        properties: n.data('properties') as unknown,
        position: n.position(),
        pinned: n.locked(),
      })),
      edges: this.cy.edges().map((e) => ({
        id: e.id(),
        source: e.data('source') as unknown,
        target: e.data('target') as unknown,
        type: e.data('type') as unknown,
        properties: e.data('properties') as unknown,
      })),
    };
  }

  /** How many nodes of each type are on the canvas. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    this.cy.nodes().forEach((n) => {
      const type = String(n.data('type'));
      counts.set(type, (counts.get(type) ?? 0) + 1);
    });
    return counts;
  }
}

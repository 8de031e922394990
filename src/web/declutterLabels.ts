import type cytoscape from 'cytoscape';

/** The class of a node whose label would overlap a more important one (style.ts hides it). */
export const LABEL_HIDDEN = 'label-hidden';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

// Selected and highlighted nodes first, then the best connected: they keep their labels.
function priority(n: cytoscape.NodeSingular): number {
  return (n.selected() ? 1e6 : 0) + (n.hasClass('highlight') ? 1e5 : 0) + Number(n.data('degree') ?? 0);
}

/**
 * Hides the labels that would overlap a label of higher priority, greedily, so the labels shown
 * never overlap. Labels scale with the zoom like the distances between nodes, so what overlaps
 * does not depend on the zoom: this runs after a layout, an addition or a selection, not on
 * zoom. Boxes are bucketed in a grid, so a view of thousands of nodes stays fast.
 */
export function declutterLabels(cy: cytoscape.Core): void {
  const nodes = cy.nodes(':visible');
  nodes.removeClass(LABEL_HIDDEN);
  const cell = 120;
  const grid = new Map<string, Box[]>();
  const keys = (b: Box) => {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x++)
      for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y++) out.push(`${x},${y}`);
    return out;
  };
  const hide: cytoscape.NodeSingular[] = [];
  const ordered = nodes.toArray().sort((a, b) => priority(b) - priority(a));
  for (const n of ordered) {
    const bb = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    if (!(bb.w > 0 && bb.h > 0)) continue;
    const cells = keys(bb);
    if (cells.some((k) => grid.get(k)?.some((o) => overlaps(o, bb)))) {
      hide.push(n);
      continue;
    }
    for (const k of cells) grid.set(k, [...(grid.get(k) ?? []), bb]);
  }
  cy.batch(() => hide.forEach((n) => n.addClass(LABEL_HIDDEN)));
}

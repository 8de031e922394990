import type cytoscape from 'cytoscape';

/** The node types, in legend order, with their colours (distinguishable, WCAG-contrast labels). */
export const NODE_TYPES: Array<{ type: string; color: string; shape: cytoscape.Css.NodeShape }> = [
  { type: 'Practice', color: '#1f77b4', shape: 'round-rectangle' },
  { type: 'Country', color: '#2ca02c', shape: 'ellipse' },
  { type: 'Partner', color: '#ff7f0e', shape: 'diamond' },
  { type: 'Theme', color: '#d62728', shape: 'hexagon' },
  { type: 'Instrument', color: '#9467bd', shape: 'round-tag' },
  { type: 'Provision', color: '#8c564b', shape: 'tag' },
  { type: 'Group', color: '#e377c2', shape: 'ellipse' },
  { type: 'Stage', color: '#7f7f7f', shape: 'triangle' },
  { type: 'Objective', color: '#006d5b', shape: 'octagon' },
  { type: 'Target', color: '#b8860b', shape: 'pentagon' },
  { type: 'Document', color: '#17becf', shape: 'rectangle' },
  { type: 'Recommendation', color: '#bcbd22', shape: 'star' },
  { type: 'GuidingQuestion', color: '#aec7e8', shape: 'star' },
];

/** The colour of a node type. */
export const colorOf = (type: string) => NODE_TYPES.find((t) => t.type === type)?.color ?? '#555';

/** The cytoscape stylesheet: style by type, highlighted paths, pinned and hidden nodes. */
export function stylesheet(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-size': 10,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        width: 22,
        height: 22,
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    ...NODE_TYPES.map((t) => ({ selector: `node[type = "${t.type}"]`, style: { 'background-color': t.color, shape: t.shape } })),
    // Node size by degree (the toggle's class), on a log scale: 1 neighbour 19px, 40 about 42px, 200 about 54px.
    { selector: 'node.by-degree', style: { width: 'mapData(logDegree, 0, 8, 14, 56)', height: 'mapData(logDegree, 0, 8, 14, 56)' } },
    { selector: 'node.label-hidden', style: { label: '' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb300' } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#333' } },
    { selector: 'node.filtered, edge.filtered, node.hidden-type, edge.hidden-type', style: { display: 'none' } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#b8c0c8',
        'target-arrow-color': '#b8c0c8',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        'arrow-scale': 0.7,
        label: '',
        'font-size': 8,
      },
    },
    // The relationship type shows on a selected edge and on the edges of a selected node.
    {
      selector: 'edge:selected, edge.end-selected',
      style: {
        label: 'data(type)',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        color: '#333',
      },
    },
    { selector: 'edge:selected', style: { 'line-color': '#ffb300', 'target-arrow-color': '#ffb300', width: 2.5 } },
    {
      selector: '.highlight',
      style: {
        'line-color': '#e6550d',
        'target-arrow-color': '#e6550d',
        width: 3.5,
        'border-color': '#e6550d',
        'border-width': 4,
        label: 'data(type)',
        'z-index': 10,
      },
    },
    { selector: '.faded', style: { opacity: 0.25 } },
  ];
}

import * as Plot from '@observablehq/plot';
import { download, el } from './dom';
import { t } from './i18n';

/** The class every chart's <svg> carries; profiles.css gives it what Plot's own <style> would. */
export const PLOT_CLASS = 'kg-plot';

// What Plot's inline <style> says, for exported files (the page reads it from profiles.css).
const EXPORT_CSS = `.${PLOT_CLASS}{background:#fff;display:block;max-width:100%;height:auto}.${PLOT_CLASS} text,.${PLOT_CLASS} tspan{white-space:pre}`;

/**
 * Draws a Plot chart as a detached <svg>. Plot appends a <style> element to every chart, which
 * the page's Content-Security-Policy (style-src 'self') would refuse and report once attached;
 * it is removed before the chart joins the page, and profiles.css carries the same rules.
 */
export function plotSvg(options: Plot.PlotOptions): SVGSVGElement {
  const chart = Plot.plot({ ...options, className: PLOT_CLASS }) as unknown as SVGSVGElement;
  chart.querySelectorAll('style').forEach((s) => s.remove());
  return chart;
}

/** A table: the text alternative of a chart, or a grid of facts. */
export function table(caption: string, head: string[], rows: Array<Array<string | Node>>): HTMLTableElement {
  return el(
    'table',
    { class: 'data-table' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c)))))),
  );
}

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = EXPORT_CSS;
  copy.prepend(style);
  return new XMLSerializer().serializeToString(copy);
}

/** Saves a chart as an SVG file (with Plot's styles, which a file may carry). */
export function saveSvg(svg: SVGSVGElement, name: string): void {
  download(`${name}.svg`, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`);
}

/** Saves a chart as a PNG at twice its size, drawn through an <img> of its SVG on a canvas. */
export async function savePng(svg: SVGSVGElement, name: string): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    download(`${name}.png`, canvas.toDataURL('image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A chart in a <figure>: its title, the chart (an image to assistive technology, named by the
 * title and summarised in words), SVG and PNG buttons, and its data as a table under a
 * disclosure, the text alternative a screen reader or a printout can read.
 */
export function chartFigure(id: string, title: string, summary: string, svg: SVGSVGElement, alt: HTMLTableElement): HTMLElement {
  // One image to assistive technology: Plot's names for its mark groups (aria-label on a <g>
  // with no role, which ARIA prohibits) give way to the chart's name and summary.
  svg.querySelectorAll('[aria-label], [aria-description]').forEach((n) => {
    n.removeAttribute('aria-label');
    n.removeAttribute('aria-description');
  });
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${title}. ${summary}`);
  const svgButton = el('button', { type: 'button', 'data-export': 'svg' }, t('exportSvg'));
  svgButton.addEventListener('click', () => saveSvg(svg, id));
  const pngButton = el('button', { type: 'button', 'data-export': 'png' }, t('exportPng'));
  pngButton.addEventListener('click', () => void savePng(svg, id));
  return el(
    'figure',
    { class: 'chart', id: `chart-${id}` },
    el('figcaption', {}, el('span', { class: 'chart-title' }, title), el('span', { class: 'chart-actions' }, svgButton, pngButton)),
    svg,
    el('p', { class: 'chart-summary' }, summary),
    el('details', { class: 'chart-data' }, el('summary', {}, t('dataTable')), alt),
  );
}

/** One bar of {@link barChart}: its label, its count, and an optional note for the table. */
export interface Bar {
  label: string;
  count: number;
  detail?: string;
}

/**
 * A horizontal bar chart of counts with its data table as the text alternative, in a figure with
 * export buttons. `axisLabel` names the counted things, `labelHead` the table's first column.
 */
export function barChart(id: string, title: string, rows: Bar[], opts: { fill: string; axisLabel?: string; labelHead?: string }): HTMLElement {
  const svg = plotSvg({
    width: 640,
    height: 40 + 26 * rows.length,
    marginLeft: 200,
    // Whole-number ticks: counts of a few practices would otherwise tick at 0.5.
    x: { label: opts.axisLabel ?? t('count'), tickFormat: 'd', grid: true, ticks: Math.min(5, Math.max(...rows.map((r) => r.count))) },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [
      Plot.barX(rows, { x: 'count', y: 'label', fill: opts.fill }),
      Plot.text(rows, { x: 'count', y: 'label', text: (d: Bar) => String(d.count), dx: 6, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
  const head = [opts.labelHead ?? title, t('count'), ...(rows.some((r) => r.detail) ? [''] : [])];
  return chartFigure(
    id,
    title,
    rows.map((r) => `${r.label}: ${r.count}`).join('; '),
    svg,
    table(
      title,
      head,
      rows.map((r) => [r.label, String(r.count), ...(r.detail ? [r.detail] : [])]),
    ),
  );
}

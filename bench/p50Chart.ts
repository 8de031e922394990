/** One contender's figures as a results file stores them (only what the chart reads). */
interface StoredFigures {
  p50: number;
  requests: number;
}

/** One query of a results file (bench/results/<scale>.json). */
export interface StoredQueryResult {
  name: string;
  description?: string;
  ours: StoredFigures;
  peer: StoredFigures | null;
  floor: StoredFigures;
  /** Absent in results written before the HTTP floor existed. */
  httpFloor?: StoredFigures | null;
}

/** A results file as the chart reads it. */
export interface StoredRun {
  meta: { scale: string; commit?: string; resultCacheMs?: number };
  load: { practices: number };
  results: StoredQueryResult[];
}

/** A series of the chart: who answered, and how its line and markers look. */
interface Series {
  key: 'ours' | 'oursUncached' | 'peer' | 'httpFloor' | 'floor';
  label: string;
  colour: string;
  dash: string;
  marker: 'circle' | 'diamond' | 'square' | 'triangle' | 'cross';
}

// Colour-blind-safe hues (Okabe-Ito), and each series also differs in dash and marker shape, so
// the chart reads in greyscale too.
const SERIES: Series[] = [
  { key: 'ours', label: 'ours (result cache on)', colour: '#0072B2', dash: '', marker: 'circle' },
  { key: 'oursUncached', label: 'ours (result cache off)', colour: '#56B4E9', dash: '1 3', marker: 'diamond' },
  { key: 'peer', label: 'peer (@neo4j/graphql)', colour: '#D55E00', dash: '7 3', marker: 'square' },
  { key: 'httpFloor', label: 'HTTP floor (+ node:http, JSON)', colour: '#009E73', dash: '3 2', marker: 'triangle' },
  { key: 'floor', label: 'floor (driver only)', colour: '#333333', dash: '9 3 2 3', marker: 'cross' },
];

const PANEL = { width: 250, height: 190, left: 46, right: 12, top: 30, bottom: 36 };
const COLUMNS = 4;
const MARGIN = { top: 58, left: 10 };

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/0+$/, '').replace(/\.$/, ''));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Milliseconds as a tick label: 0.1, 1, 10, 100, 1k, 10k. */
const tickLabel = (ms: number) => (ms >= 1000 ? `${fmt(ms / 1000)}k` : fmt(ms));

/** The p50 of a contender, or undefined when it did not answer at that scale (absent, or no request succeeded). */
function p50Of(f: StoredFigures | null | undefined): number | undefined {
  return f && f.requests > 0 && f.p50 > 0 ? f.p50 : undefined;
}

function marker(kind: Series['marker'], x: number, y: number, colour: string): string {
  const p = (n: number) => n.toFixed(1);
  switch (kind) {
    case 'circle':
      return `<circle cx="${p(x)}" cy="${p(y)}" r="3.5" fill="${colour}"/>`;
    case 'diamond':
      return `<path d="M${p(x)} ${p(y - 4.5)}L${p(x + 4.5)} ${p(y)}L${p(x)} ${p(y + 4.5)}L${p(x - 4.5)} ${p(y)}Z" fill="white" stroke="${colour}" stroke-width="1.5"/>`;
    case 'square':
      return `<rect x="${p(x - 3.5)}" y="${p(y - 3.5)}" width="7" height="7" fill="${colour}"/>`;
    case 'triangle':
      return `<path d="M${p(x)} ${p(y - 4.5)}L${p(x + 4.5)} ${p(y + 3.5)}L${p(x - 4.5)} ${p(y + 3.5)}Z" fill="white" stroke="${colour}" stroke-width="1.5"/>`;
    case 'cross':
      return `<path d="M${p(x - 3.5)} ${p(y - 3.5)}L${p(x + 3.5)} ${p(y + 3.5)}M${p(x - 3.5)} ${p(y + 3.5)}L${p(x + 3.5)} ${p(y - 3.5)}" stroke="${colour}" stroke-width="2"/>`;
  }
}

/** Points per series for one query: [practices, p50] in scale order. */
function pointsOf(name: string, runs: StoredRun[], uncached: StoredRun[]): Map<Series['key'], Array<[number, number | undefined]>> {
  const points = new Map<Series['key'], Array<[number, number | undefined]>>(SERIES.map((s) => [s.key, []]));
  const find = (run: StoredRun) => run.results.find((r) => r.name === name);
  for (const run of runs) {
    const r = find(run);
    const x = run.load.practices;
    points.get('ours')!.push([x, p50Of(r?.ours)]);
    points.get('peer')!.push([x, p50Of(r?.peer)]);
    points.get('httpFloor')!.push([x, p50Of(r?.httpFloor)]);
    points.get('floor')!.push([x, p50Of(r?.floor)]);
  }
  for (const run of uncached) points.get('oursUncached')!.push([run.load.practices, p50Of(find(run)?.ours)]);
  return points;
}

/** Runs of consecutive present points: a missing scale breaks the line rather than bridging it. */
function segments(points: Array<[number, number | undefined]>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [[]];
  for (const [x, y] of points) {
    if (y === undefined) out.push([]);
    else out[out.length - 1]!.push([x, y]);
  }
  return out.filter((s) => s.length > 0);
}

/**
 * The p50-by-scale chart as an SVG document: one panel per query, p50 (log) against practices
 * (log), a line per contender. Runs with the result cache on (by scale) give ours, the peer and
 * both floors; runs with it off give the "ours, result cache off" series. Pure: the same runs
 * give the same bytes.
 */
export function p50Chart(runs: StoredRun[], uncached: StoredRun[] = []): string {
  const byScale = (a: StoredRun, b: StoredRun) => a.load.practices - b.load.practices;
  const cached = [...runs].sort(byScale);
  const off = [...uncached].sort(byScale);
  const all = [...cached, ...off];
  if (all.length === 0) throw new Error('p50Chart: no results to draw');
  const names: string[] = [];
  for (const run of all) for (const r of run.results) if (!names.includes(r.name)) names.push(r.name);

  const scales = [...new Map(all.map((r) => [r.load.practices, r.meta.scale])).entries()].sort((a, b) => a[0] - b[0]);
  const xLo = Math.log10(scales[0]![0]);
  const xHi = Math.log10(scales[scales.length - 1]![0]);
  const innerW = PANEL.width - PANEL.left - PANEL.right;
  const innerH = PANEL.height - PANEL.top - PANEL.bottom;
  const xOf = (practices: number) => PANEL.left + (xHi > xLo ? ((Math.log10(practices) - xLo) / (xHi - xLo)) * (innerW - 20) + 10 : innerW / 2);

  const rows = Math.ceil((names.length + 1) / COLUMNS); // one slot more for the legend
  const width = MARGIN.left * 2 + COLUMNS * PANEL.width;
  const height = MARGIN.top + rows * PANEL.height + 24;
  const commits = [...new Set(all.map((r) => r.meta.commit).filter((c): c is string => Boolean(c)))];
  const title = 'p50 latency per research query against catalogue size';
  const subtitle = `ms, log scale, against practices (log scale); ${scales.map(([, s]) => s).join(', ')}${commits.length ? `; commit ${commits.join(', ')}` : ''}`;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="sans-serif" font-size="11">`,
    `<title id="chart-title">${esc(title)}</title>`,
    `<desc id="chart-desc">${esc(`One panel per query (${names.join(', ')}); series: ${SERIES.map((s) => s.label).join('; ')}. ${subtitle}.`)}</desc>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${MARGIN.left + 4}" y="22" font-size="16" font-weight="bold">${esc(title)}</text>`,
    `<text x="${MARGIN.left + 4}" y="40" fill="#444">${esc(subtitle)}</text>`,
  ];

  names.forEach((name, i) => {
    const ox = MARGIN.left + (i % COLUMNS) * PANEL.width;
    const oy = MARGIN.top + Math.floor(i / COLUMNS) * PANEL.height;
    const points = pointsOf(name, cached, off);
    const values = [...points.values()].flatMap((ps) => ps.map(([, y]) => y)).filter((y): y is number => y !== undefined);
    const lo = Math.floor(Math.log10(Math.min(...values, 1e9)));
    const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...values, 1e-9))));
    const yOf = (ms: number) => PANEL.top + innerH - ((Math.log10(ms) - lo) / (hi - lo)) * innerH;
    out.push(`<g data-query="${esc(name)}" transform="translate(${ox},${oy})">`, `<text x="${PANEL.left}" y="16" font-weight="bold">${esc(name)}</text>`);
    out.push(`<rect x="${PANEL.left}" y="${PANEL.top}" width="${innerW}" height="${innerH}" fill="none" stroke="#999"/>`);
    if (values.length > 0) {
      for (let d = lo; d <= hi; d += 1) {
        const y = yOf(10 ** d).toFixed(1);
        out.push(`<line x1="${PANEL.left}" x2="${PANEL.left + innerW}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
        out.push(`<text x="${PANEL.left - 4}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="#444">${tickLabel(10 ** d)}</text>`);
      }
    } else {
      out.push(`<text x="${PANEL.left + innerW / 2}" y="${PANEL.top + innerH / 2}" text-anchor="middle" fill="#444">no figures</text>`);
    }
    for (const [practices, scale] of scales) {
      const x = xOf(practices).toFixed(1);
      out.push(`<line x1="${x}" x2="${x}" y1="${PANEL.top + innerH}" y2="${PANEL.top + innerH + 4}" stroke="#999"/>`);
      out.push(`<text x="${x}" y="${PANEL.top + innerH + 15}" text-anchor="middle" fill="#444">${esc(scale)}</text>`);
    }
    out.push(`<text x="${PANEL.left + innerW / 2}" y="${PANEL.height - 6}" text-anchor="middle" fill="#444">practices</text>`);
    out.push(`<text transform="translate(11,${PANEL.top + innerH / 2}) rotate(-90)" text-anchor="middle" fill="#444">p50 (ms)</text>`);
    for (const s of SERIES) {
      const series = points.get(s.key)!;
      if (series.every(([, y]) => y === undefined)) continue;
      out.push(`<g data-series="${s.key}">`);
      for (const seg of segments(series)) {
        const d = seg.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${xOf(x).toFixed(1)} ${yOf(y).toFixed(1)}`).join('');
        if (seg.length > 1) out.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="1.8"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
        for (const [x, y] of seg)
          out.push(
            `<g data-practices="${x}"><title>${esc(`${s.label}, ${name}: ${fmt(Number(y.toFixed(1)))} ms`)}</title>${marker(s.marker, xOf(x), yOf(y), s.colour)}</g>`,
          );
      }
      out.push('</g>');
    }
    out.push('</g>');
  });

  const lx = MARGIN.left + (names.length % COLUMNS) * PANEL.width + 14;
  const ly = MARGIN.top + Math.floor(names.length / COLUMNS) * PANEL.height + PANEL.top;
  out.push(`<g transform="translate(${lx},${ly})"><text font-weight="bold">Contenders</text>`);
  SERIES.forEach((s, k) => {
    const y = 20 + k * 22;
    out.push(`<path d="M0 ${y}L34 ${y}" stroke="${s.colour}" stroke-width="1.8"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    out.push(marker(s.marker, 17, y, s.colour));
    out.push(`<text x="42" y="${y}" dominant-baseline="middle">${esc(s.label)}</text>`);
  });
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}

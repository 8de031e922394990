import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { p50Chart, type StoredQueryResult, type StoredRun } from '../../../bench/p50Chart';

const QUERIES = ['practicesPage', 'backedBy', 'backedPractices', 'neighborhood', 'coverage', 'gapsA', 'gapsD'];
const fig = (p50: number) => ({ p50, requests: 100 });

/** A results file as `npm run bench` writes it, with p50s that grow with the scale. */
function run(scale: string, practices: number, opts: { httpFloor?: boolean; resultCacheMs?: number } = {}): StoredRun {
  const k = practices / 1000;
  return {
    meta: { scale, commit: 'abc1234', resultCacheMs: opts.resultCacheMs ?? 60000 },
    load: { practices },
    results: QUERIES.map((name, i): StoredQueryResult => ({
      name,
      ours: fig(10 * k + i),
      // backedBy has no peer, as when @neo4j/graphql cannot ask the question.
      peer: name === 'backedBy' ? null : fig(20 * k + i),
      floor: fig(2 * k + i),
      ...(opts.httpFloor === false ? {} : { httpFloor: fig(4 * k + i) }),
    })),
  };
}

const panel = (svg: string, name: string) => {
  const start = svg.indexOf(`<g data-query="${name}"`);
  const end = svg.indexOf('<g data-query=', start + 1);
  return svg.slice(start, end === -1 ? svg.indexOf('Contenders') : end);
};
const series = (panelSvg: string, key: string) => {
  const start = panelSvg.indexOf(`<g data-series="${key}">`);
  if (start === -1) return undefined;
  return panelSvg.slice(start, panelSvg.indexOf('<g data-series=', start + 1) === -1 ? undefined : panelSvg.indexOf('<g data-series=', start + 1));
};
const points = (s: string | undefined) => [...(s ?? '').matchAll(/data-practices="(\d+)"/g)].map((m) => Number(m[1]));
const lines = (s: string | undefined) => (s ?? '').match(/<path d="M[^"]*" fill="none"/g)?.length ?? 0;

describe('p50Chart (bench/p50Chart.ts)', () => {
  // The 10k run predates the HTTP floor: that contender is missing at one scale.
  const runs = [run('100k', 100_000), run('1k', 1000), run('10k', 10_000, { httpFloor: false })];
  const uncached = [run('10k', 10_000, { resultCacheMs: 0 })];
  const svg = p50Chart(runs, uncached);

  it('draws one panel per query, titled, and a legend naming every contender', () => {
    expect([...svg.matchAll(/<g data-query="([^"]+)"/g)].map((m) => m[1])).toEqual(QUERIES);
    for (const q of QUERIES) expect(panel(svg, q)).toContain(`font-weight="bold">${q}</text>`);
    expect(svg).toContain('<title id="chart-title">p50 latency per research query against catalogue size</title>');
    const legend = svg.slice(svg.indexOf('Contenders'));
    for (const label of ['ours (result cache on)', 'ours (result cache off)', 'peer (@neo4j/graphql)', 'HTTP floor', 'floor (driver only)'])
      expect(legend).toContain(label);
    expect(svg).toContain('>practices</text>');
    expect(svg).toContain('>p50 (ms)</text>');
  });

  it('puts each series at the scales it was measured at, in scale order', () => {
    const p = panel(svg, 'coverage');
    expect(points(series(p, 'ours'))).toEqual([1000, 10_000, 100_000]);
    expect(points(series(p, 'peer'))).toEqual([1000, 10_000, 100_000]);
    expect(points(series(p, 'floor'))).toEqual([1000, 10_000, 100_000]);
    expect(points(series(p, 'oursUncached'))).toEqual([10_000]);
  });

  it('breaks a line where a contender is missing at a scale instead of bridging it', () => {
    const http = series(panel(svg, 'coverage'), 'httpFloor');
    expect(points(http)).toEqual([1000, 100_000]);
    expect(lines(http)).toBe(0);
    expect(lines(series(panel(svg, 'coverage'), 'floor'))).toBe(1);
  });

  it('leaves out a contender that cannot answer a query', () => {
    expect(series(panel(svg, 'backedBy'), 'peer')).toBeUndefined();
    expect(series(panel(svg, 'backedBy'), 'ours')).toBeDefined();
  });

  it('places a slower contender higher (SVG y grows downwards)', () => {
    // The marker's first y coordinate at 100k: a circle's cy, a square's y, a path's first point.
    const yAt100k = (key: string) => {
      const marker = series(panel(svg, 'gapsA'), key)!.split('data-practices="100000"')[1]!;
      const m = /(?:cy|y)="([\d.]+)"|M[\d.]+ ([\d.]+)/.exec(marker.slice(marker.indexOf('</title>')))!;
      return Number(m[1] ?? m[2]);
    };
    // At 100k in the fixture: peer 205 ms, ours 105, HTTP floor 45, floor 25.
    expect(yAt100k('peer')).toBeLessThan(yAt100k('ours'));
    expect(yAt100k('ours')).toBeLessThan(yAt100k('httpFloor'));
    expect(yAt100k('httpFloor')).toBeLessThan(yAt100k('floor'));
  });

  it('gives the same bytes for the same results, whatever order the files come in', () => {
    expect(p50Chart([...runs].reverse(), uncached)).toBe(svg);
  });

  it('is what `npm run bench:chart` writes from a results folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chart-'));
    try {
      for (const r of runs) fs.writeFileSync(path.join(dir, `${r.meta.scale}.json`), JSON.stringify(r));
      fs.writeFileSync(path.join(dir, '10k-uncached.json'), JSON.stringify(uncached[0]));
      execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', '..', '..', 'bench', 'chart.ts'), '--results', dir], { stdio: 'pipe' });
      expect(fs.readFileSync(path.join(dir, 'p50-by-scale.svg'), 'utf8')).toBe(svg);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

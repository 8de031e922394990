import { chromium } from 'playwright-core';

// `npm run bench:explorer [-- --url http://localhost:4000]` with `npm start` running: loads the
// explorer in headless Chromium, puts 1,000 to 5,000 synthetic nodes on the canvas and reports
// how long adding them, a force layout and a grid layout take, and frame times while panning.
const url = process.argv.includes('--url') ? process.argv[process.argv.indexOf('--url') + 1]! : 'http://localhost:4000';

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx compiles with esbuild's keepNames, whose __name helper must exist where functions run.
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(`${url}/`);
  await page.evaluate(() => (window as unknown as { explorer: { ready: Promise<void> } }).explorer.ready);
  const rows: string[] = ['| nodes | edges | add (ms) | fcose draft layout (ms) | grid layout (ms) | pan frame p50 / max (ms) |', '|---|---|---|---|---|---|'];
  for (const n of [1000, 3000, 5000]) {
    const r = await page.evaluate(async (count) => {
      const w = window as unknown as {
        cy: { elements(): { remove(): void }; panBy(p: { x: number; y: number }): void };
        explorer: { graph: { add(s: unknown): unknown; layout(name: string): void } };
      };
      w.cy.elements().remove();
      const types = ['Practice', 'Country', 'Partner', 'Theme', 'Instrument', 'Group', 'Stage'];
      const nodes = Array.from({ length: count }, (_, i) => ({
        id: `${types[i % types.length]}:n${i}`,
        type: types[i % types.length],
        label: `Node ${i} with a realistic label`,
        properties: {},
        hiddenNeighbors: 0,
      }));
      const edges = Array.from({ length: count * 2 }, (_, i) => {
        const a = nodes[i % count]!;
        const b = nodes[(i * 7919 + 13) % count]!;
        return { id: `e${i}`, source: a.id, target: b.id, type: 'X', properties: {} };
      }).filter((e) => e.source !== e.target);
      const t0 = performance.now();
      w.explorer.graph.add({ nodes, edges, truncated: false });
      const t1 = performance.now();
      w.explorer.graph.layout('fcose');
      const t2 = performance.now();
      w.explorer.graph.layout('grid');
      const t3 = performance.now();
      const frames: number[] = [];
      let last = performance.now();
      await new Promise<void>((done) => {
        let i = 0;
        const step = () => {
          const now = performance.now();
          frames.push(now - last);
          last = now;
          w.cy.panBy({ x: 5, y: 3 });
          if (++i < 60) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      frames.sort((a, b) => a - b);
      return { edges: edges.length, add: t1 - t0, fcose: t2 - t1, grid: t3 - t2, p50: frames[30]!, max: frames.at(-1)! };
    }, n);
    rows.push(`| ${n} | ${r.edges} | ${r.add.toFixed(0)} | ${r.fcose.toFixed(0)} | ${r.grid.toFixed(0)} | ${r.p50.toFixed(0)} / ${r.max.toFixed(0)} |`);
    process.stdout.write(`${rows.at(-1)}\n`);
  }
  process.stdout.write(`\n${rows.join('\n')}\n`);
  await browser.close();
})().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

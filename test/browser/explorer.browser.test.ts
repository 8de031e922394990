import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { seriousAxeViolations, SHOTS, useExplorerBrowser } from '../support/browser';

/** The graph state the page exposes: node ids on the canvas. */
const nodeIds = (page: Page) =>
  page.evaluate(() =>
    window.cy
      .nodes()
      .map((n) => n.id())
      .sort(),
  );
// page.evaluate serialises what its function returns: return plain values, never cytoscape
// collections (whose serialisation takes tens of seconds).

describe('the explorer in a real browser', () => {
  const ui = useExplorerBrowser();
  const open = async (hash = '', bypassCSP = false): Promise<Page> => {
    const { page, problems } = await ui.open(hash, { bypassCSP, height: 800 });
    expect(problems).toEqual({ errors: [], csp: [] });
    return page;
  };

  const searchAndOpen = async (page: Page, text: string) => {
    await page.fill('#search-input', text);
    await page.waitForSelector('#suggestions li');
    await page.click('#suggestions li >> nth=0');
    await page.waitForFunction(() => window.cy.nodes().length > 1);
  };

  it('serves a page that loads nothing from another host', async () => {
    const page = await open();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(ui.url) && !r.url().startsWith('data:')) external.push(r.url());
    });
    await page.reload();
    await page.evaluate(() => window.explorer.ready);
    expect(external).toEqual([]);
    const html = await page.content();
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    await page.context().close();
  });

  it('searches "Beta Groups", opens and expands it: Mexico and a theme are among its neighbours', async () => {
    const page = await open();
    await page.fill('#search-input', 'Beta Groups');
    await page.waitForSelector('#suggestions li');
    const first = await page.textContent('#suggestions li >> nth=0');
    expect(first).toMatch(/Practice\s*Beta Groups/);
    await page.click('#suggestions li >> nth=0');
    await page.waitForFunction(() => window.cy.getElementById('Country:MEX').nonempty());
    const ids = await nodeIds(page);
    expect(ids).toEqual(expect.arrayContaining(['Practice:beta-groups', 'Country:MEX', 'Theme:violence']));
    // Double-click Mexico: its neighbours join the graph, and it says how many more there are.
    const before = ids.length;
    const mexico = await page.evaluate(() => window.cy.getElementById('Country:MEX').renderedPosition());
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.dblclick(box.x + mexico.x, box.y + mexico.y);
    await page.waitForFunction((n) => window.cy.nodes().length > n, before);
    expect(await page.evaluate(() => window.explorer.state.expanded)).toEqual(['Practice:beta-groups', 'Country:MEX']);
    await page.screenshot({ path: path.join(SHOTS, 'expanded.png') });
    await page.context().close();
  });

  it('answers Enter at once: "Beta Groups" typed and Enter pressed before any suggestion arrives', async () => {
    const page = await open();
    await page.focus('#search-input');
    // Typed and entered within the suggestions' 200 ms pause: no suggestion request has even started.
    await page.keyboard.type('Beta Groups', { delay: 0 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.cy.getElementById('Practice:beta-groups').selected());
    expect(await nodeIds(page)).toEqual(expect.arrayContaining(['Practice:beta-groups', 'Country:MEX']));
    // The pending suggestions were cancelled: no list opens afterwards over the graph.
    await page.waitForTimeout(600);
    expect(await page.isHidden('#suggestions')).toBe(true);
    expect(await page.evaluate(() => window.explorer.state.expanded)).toEqual(['Practice:beta-groups']);
    await page.context().close();
  });

  it('has no serious or critical accessibility violations (axe-core) with a practice open', async () => {
    const page = await open('', true);
    await searchAndOpen(page, 'Beta Groups');
    await page.evaluate(() => {
      window.cy.getElementById('Practice:beta-groups').select();
    });
    await page.waitForSelector('#details-body .edge');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('expands from the keyboard and shows each edge’s provenance in the details panel', async () => {
    const page = await open();
    await searchAndOpen(page, 'Beta Groups');
    await page.evaluate(() => {
      window.cy.getElementById('Practice:beta-groups').select();
    });
    await page.waitForSelector('#details-body .edge');
    const details = await page.textContent('#details-body');
    expect(details).toMatch(/IMPLEMENTED_BY Mexico/);
    expect(details).toMatch(/basis: annex-field/);
    expect(details).toMatch(/gfmd-2015-rt1\.1-background-paper\.txt:1518 \(Country field\): "Mexico"/);
    await page.waitForSelector('#details-body pre[data-role="source"]');
    expect(await page.textContent('#details-body pre[data-role="source"]')).toMatch(/Specialized staff dedicated to protect/);
    expect(await page.getAttribute('#details-body a', 'href')).toBe('http://www.inm.gob.mx/index.php/page/Grupo_Beta_Objetivo');
    // Keyboard: focus the canvas, select Mexico, press E.
    await page.evaluate(() => {
      window.cy.nodes().unselect();
      window.cy.getElementById('Country:MEX').select();
    });
    const before = (await nodeIds(page)).length;
    await page.focus('#graph');
    await page.keyboard.press('e');
    await page.waitForFunction((n) => window.cy.nodes().length > n, before);
    await page.context().close();
  });

  it('draws the instruments behind a practice and highlights a shortest path', async () => {
    const page = await open();
    await searchAndOpen(page, 'Beta Groups');
    await page.evaluate(() => {
      window.cy.getElementById('Practice:beta-groups').select();
    });
    await page.click('[data-action="backed-by"]');
    await page.waitForFunction(() => window.cy.getElementById('Instrument:ICERD').nonempty());
    const drawn = await page.evaluate(() => ({
      instruments: window.cy
        .nodes('[type = "Instrument"]')
        .map((n) => n.id())
        .sort(),
      highlighted: window.cy.edges('.highlight').map((e) => e.data('type')),
    }));
    expect(drawn.instruments).toEqual(expect.arrayContaining(['Instrument:ICERD', 'Instrument:ICRMW', 'Instrument:CRC']));
    expect(drawn.highlighted).toEqual(expect.arrayContaining(['ADDRESSES', 'GROUNDS', 'PART_OF']));
    await page.screenshot({ path: path.join(SHOTS, 'backed-by.png') });
    // Two selected nodes, then Path: the path's edges are highlighted.
    await page.evaluate(() => {
      window.cy.elements().unselect();
      window.cy.getElementById('Practice:beta-groups').select();
      window.cy.getElementById('Instrument:ICERD').select();
    });
    await page.click('#path-button');
    await page.waitForFunction(() => /→/.test(document.getElementById('status')?.textContent ?? ''));
    const path2 = await page.evaluate(() => window.cy.edges('.highlight').map((e) => e.data('type')));
    expect(path2).toEqual([expect.stringMatching(/^(IMPLEMENTED_BY|MENTIONS)$/), 'RATIFIED']);
    await page.context().close();
  });

  it('opens the gap view with empty cells marked, and a click loads a cell into the graph', async () => {
    const page = await open();
    await page.click('#gap-button');
    await page.waitForSelector('#gap-table td');
    const empty = await page.locator('#gap-table td.empty').count();
    expect(empty).toBeGreaterThan(0);
    expect(await page.getAttribute('#gap-table table', 'data-empty-cells')).toBe(String(empty));
    await page.screenshot({ path: path.join(SHOTS, 'gaps.png') });
    // Mexico × violence: its four practices come into the graph.
    await page.click('#gap-table td[data-row="MEX"][data-column="violence"]');
    await page.waitForFunction(() => window.cy.nodes('[type = "Practice"]').length >= 4);
    expect(await page.isHidden('#gap-view')).toBe(true);
    // An empty cell (Philippines × detention) brings candidate partners instead.
    await page.click('#gap-button');
    await page.click('#gap-table td[data-row="PHL"][data-column="detention"]');
    await page.waitForFunction(() => window.cy.getElementById('Partner:iom').nonempty());
    await page.waitForFunction(() => /International Organization for Migration/.test(document.getElementById('details-body')?.textContent ?? ''));
    await page.context().close();
  });

  it('restores a shared link: same nodes, filters, layout and language', async () => {
    const page = await open();
    await searchAndOpen(page, 'Beta Groups');
    await page.selectOption('#lang-select', 'FR');
    await page.selectOption('#theme-filter', 'violence');
    await page.selectOption('#layout-select', 'concentric');
    await page.evaluate(() => window.explorer.expand('Country:MEX'));
    const url = page.url();
    const ids = await nodeIds(page);
    expect(url).toMatch(/#.*x=Practice%3Abeta-groups%2CCountry%3AMEX/);
    const again = await open(url.slice(url.indexOf('#')));
    expect(await nodeIds(again)).toEqual(ids);
    expect(await again.evaluate(() => window.explorer.state)).toMatchObject({ lang: 'FR', theme: 'violence', layout: 'concentric' });
    expect(await again.textContent('#gap-button')).toBe('Lacunes');
    expect(await again.evaluate(() => window.cy.getElementById('Country:MEX').data('display'))).toMatch(/^Mexique/);
    await page.context().close();
    await again.context().close();
  });

  it('exports the view as a PNG image and as JSON', async () => {
    const page = await open();
    await searchAndOpen(page, 'Beta Groups');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png-button')]);
    const file = path.join(SHOTS, 'export.png');
    await png.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(1000);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#json-button')]);
    const jsonFile = path.join(SHOTS, 'export.json');
    await json.saveAs(jsonFile);
    const view = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as { nodes: Array<{ id: string }>; edges: unknown[] };
    expect(view.nodes.map((n) => n.id).sort()).toEqual(await nodeIds(page));
    await page.context().close();
  });

  it('hides and pins nodes, toggles types from the legend with counts', async () => {
    const page = await open();
    await searchAndOpen(page, 'Beta Groups');
    const legend = await page.textContent('#legend button[data-type="Country"]');
    expect(legend).toMatch(/Country \(1\)/);
    await page.click('#legend button[data-type="Country"]');
    expect(await page.evaluate(() => window.cy.getElementById('Country:MEX').visible())).toBe(false);
    await page.click('#legend button[data-type="Country"]');
    await page.evaluate(() => {
      window.cy.elements().unselect();
      window.cy.getElementById('Stage:transit').select();
    });
    await page.click('#pin-button');
    expect(await page.evaluate(() => window.cy.getElementById('Stage:transit').locked())).toBe(true);
    await page.click('#hide-button');
    expect(await page.evaluate(() => window.cy.getElementById('Stage:transit').empty())).toBe(true);
    // Beta Groups supports objectives 7 and 8 of the Global Compact: two Objective nodes, named in
    // the legend in the language chosen, their labels in French once French is chosen.
    expect(await page.textContent('#legend button[data-type="Objective"]')).toMatch(/^Compact objective \(2\)$/);
    await page.selectOption('#lang-select', 'FR');
    expect(await page.textContent('#legend button[data-type="Objective"]')).toMatch(/^Objectif du Pacte mondial \(2\)$/);
    expect(await page.textContent('#legend button[data-type="Target"]')).toMatch(/^Cible des ODD \(\d+\)$/);
    expect(await page.evaluate(() => window.cy.getElementById('Objective:GCM-8').data('display') as string)).toMatch(/^Sauver des vies/);
    await page.context().close();
  });
});

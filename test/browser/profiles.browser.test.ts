import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { seriousAxeViolations, SHOTS, useExplorerBrowser, type PageProblems } from '../support/browser';

/** A page and what went wrong on it: uncaught errors, console errors, CSP violations. */
interface Opened {
  page: Page;
  problems: PageProblems;
}

describe('the country and instrument profiles in a real browser', () => {
  const ui = useExplorerBrowser();

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${ui.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  // bypassCSP lets the test inject axe-core; the page's own scripts and styles are checked
  // against the policy in the other contexts, whose problems must stay none.
  const open = async (hash: string, options: { bypassCSP?: boolean } = {}): Promise<Opened> => {
    const opened = await ui.open(hash, options);
    if (hash.includes('/')) await opened.page.waitForSelector(`article[data-profile="${hash.slice(1)}"]`);
    else if (/^#(country|instrument)$/.test(hash)) await opened.page.waitForSelector(`article[data-chooser="${hash.slice(1)}"]`);
    return opened;
  };

  const noProblems = (problems: PageProblems) => expect(problems).toEqual({ errors: [], csp: [] });

  it('shows Mexico’s treaty status as a grid and a timeline: the ICRMW ratified in 1999', async () => {
    const { page, problems } = await open('#country/MEX');
    const tile = page.locator('.status-grid li[data-instrument="ICRMW"]');
    expect(await tile.getAttribute('data-status')).toBe('RATIFIED');
    expect(await tile.textContent()).toMatch(/ICRMW\s*ratified\s*1999/);
    // The timeline draws a dot a dated ratification, and its text alternative says the same.
    const rows = await page.$$eval('#chart-ratification-timeline table tbody tr', (trs) => trs.map((tr) => tr.textContent?.trim() ?? ''));
    expect(rows).toContain('ICRMWratified1999');
    expect(await page.locator('#chart-ratification-timeline svg[role="img"] circle').count()).toBe(rows.length);
    // Every instrument with a table has a tile; one whose partial table does not name Mexico is unknown.
    const { instruments } = await gql<{ instruments: Array<{ ratificationStatusKnown: boolean }> }>('{ instruments { ratificationStatusKnown } }');
    expect(await page.locator('.status-grid li').count()).toBe(instruments.filter((i) => i.ratificationStatusKnown).length);
    const { country } = await gql<{ country: { ratifications: unknown[] } }>('{ country(id: "MEX") { ratifications { status } } }');
    expect(await page.locator('.status-grid li[data-status="UNKNOWN"]').count()).toBe(
      instruments.filter((i) => i.ratificationStatusKnown).length - country.ratifications.length,
    );
    await page.screenshot({ path: path.join(SHOTS, 'country-profile.png'), fullPage: true });
    noProblems(problems);
    await page.context().close();
  });

  it('counts Mexico’s practices by theme as the API does, and names its partners by kind', async () => {
    const { page, problems } = await open('#country/MEX');
    const bars = await page.$$eval('#chart-practices-by-theme table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    const { violence } = await gql<{ violence: { totalCount: number } }>(
      '{ violence: practices(filter: { countries: ["MEX"], themes: ["violence"] }) { totalCount } }',
    );
    expect(bars).toContainEqual(['Violence and trauma', String(violence.totalCount)]);
    expect(await page.textContent('#chart-partners-by-kind table')).toMatch(/International organisation\s*1\s*United Nations Children/);
    noProblems(problems);
    await page.context().close();
  });

  it('lists Mexico’s gaps with their reasons, and says why an empty one is empty', async () => {
    const { page, problems } = await open('#country/MEX');
    await page.waitForSelector('.gap-group[data-gap="candidates"]');
    // No treaty grounding its themes is unratified: the section says so, and why, instead of staying blank.
    const ratification = page.locator('.gap-group[data-gap="ratification"]');
    expect(await ratification.getAttribute('data-count')).toBe('0');
    expect(await ratification.locator('.gap-empty').textContent()).toMatch(
      /^None: for every theme Mexico acts on, each grounding instrument with a table records Mexico as a party\.$/,
    );
    // A gap with no partner at all and no candidate: its reason is the API's.
    const health = page.locator('.gap-group[data-gap="partner-kind"] li.gap', { hasText: 'Physical and mental health — NGO' });
    expect(await health.locator('.gap-reason').textContent()).toMatch(/none with a partner of kind NGO; they have no partner at all\./);
    expect(await page.textContent('.candidates[data-theme="violence"]')).toMatch(/International Organization for Migration/);
    noProblems(problems);
    await page.context().close();
  });

  it('reads an empty profile as missing data, not as no gap (Iceland: no practice in the graph)', async () => {
    const { page, problems } = await open('#country/ISL');
    await page.waitForSelector('.gap-group[data-gap="candidates"]');
    const empties = await page.$$eval('.gap-group .gap-empty', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(empties.length).toBeGreaterThanOrEqual(5);
    for (const text of empties) expect(text).toMatch(/^Empty because the graph holds no practice implemented in Iceland/);
    expect(await page.textContent('[data-section="practices"]')).toMatch(/The graph holds no practice implemented in this country\./);
    noProblems(problems);
    await page.context().close();
  });

  it('colours the United States as signed, not ratified, on the ICESCR map, and keeps unknown apart', async () => {
    const { page, problems } = await open('#instrument/ICESCR');
    const usa = page.locator('#chart-world-map path[data-iso3="USA"]');
    expect(await usa.getAttribute('data-category')).toBe('signed');
    expect(await usa.getAttribute('fill')).toBe('#fdae61');
    expect(await usa.locator('title').textContent()).toBe('United States: signed, not ratified');
    expect(await page.locator('#chart-world-map path[data-iso3="MEX"]').getAttribute('data-category')).toBe('ratified');
    // Taiwan is in no UN table: unknown, hatched, never "not ratified".
    const twn = page.locator('#chart-world-map path[data-iso3="TWN"]');
    expect(await twn.getAttribute('data-category')).toBe('unknown');
    expect(await twn.getAttribute('fill')).toMatch(/^url\(#/);
    // The legend's counts are the API's.
    const { countries } = await gql<{ countries: Array<{ treatyStatus: string }> }>('{ countries { treatyStatus(instrument: "ICESCR") } }');
    const signed = countries.filter((c) => c.treatyStatus === 'SIGNED').length;
    const unknown = countries.filter((c) => c.treatyStatus === 'UNKNOWN').length;
    expect(await page.textContent('.status-legend li[data-category="signed"]')).toBe(`signed, not ratified (${signed})`);
    expect(await page.textContent('.status-legend li[data-category="unknown"]')).toBe(`unknown (${unknown})`);
    // The practices it backs, with their specificity, and the provisions it grounds.
    expect(await page.locator('.backed-list li[data-practice="beta-groups"]').getAttribute('data-specificity')).toBe('THEMATIC');
    expect(await page.textContent('[data-section="provisions"]')).toMatch(/12\.2\(a\)/);
    await page.screenshot({ path: path.join(SHOTS, 'instrument-profile.png'), fullPage: true });
    noProblems(problems);
    await page.context().close();
  });

  it('prints the country profile alone, on one or two pages', async () => {
    const { page, problems } = await open('#country/MEX');
    await page.waitForSelector('.gap-group[data-gap="candidates"]');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('header.bar')).toBe(false);
    expect(await page.isVisible('.profile-actions')).toBe(false);
    expect(await page.isVisible('#chart-ratification-timeline svg')).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'country-profile-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    fs.writeFileSync(path.join(SHOTS, 'country-profile.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    noProblems(problems);
    await page.context().close();
  });

  it('exports a chart as SVG and as PNG', async () => {
    const { page, problems } = await open('#country/MEX');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#chart-ratification-timeline [data-export="svg"]')]);
    const svgFile = path.join(SHOTS, 'ratification-timeline.svg');
    await svg.saveAs(svgFile);
    const text = fs.readFileSync(svgFile, 'utf8');
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toMatch(/ICRMW/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#chart-ratification-timeline [data-export="png"]')]);
    const pngFile = path.join(SHOTS, 'ratification-timeline.png');
    await png.saveAs(pngFile);
    const bytes = fs.readFileSync(pngFile);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    noProblems(problems);
    await page.context().close();
  });

  it('speaks French when French is chosen, in the charts’ words too', async () => {
    const { page, problems } = await open('#country/MEX');
    await page.selectOption('#lang-select', 'FR');
    await page.waitForSelector('article[data-profile="country/MEX"] h2:text("Mexique")');
    expect(await page.textContent('#chart-ratification-timeline figcaption')).toMatch(/Chronologie des ratifications/);
    expect(await page.textContent('.status-grid li[data-instrument="ICRMW"]')).toMatch(/ratifié\s*1999/);
    expect(await page.textContent('#chart-ratification-timeline svg')).toMatch(/Année/);
    expect(page.url()).toMatch(/#country\/MEX$/);
    noProblems(problems);
    await page.context().close();
  });

  it('reaches a profile from the graph’s details panel, and goes back to the graph', async () => {
    const { page, problems } = await open('');
    await page.evaluate(() => window.explorer.expand('Country:MEX'));
    await page.evaluate(() => {
      window.cy.getElementById('Country:MEX').select();
    });
    await page.click('#details-body a[data-action="profile"]');
    await page.waitForSelector('article[data-profile="country/MEX"]');
    expect(await page.isVisible('#graph')).toBe(false);
    expect(await page.getAttribute('#view-tabs a[data-view="country"]', 'aria-current')).toBe('page');
    // From the profile to an instrument's, by the keyboard: its tile is a link.
    await page.focus('.status-grid li[data-instrument="ICESCR"] a');
    await page.keyboard.press('Enter');
    await page.waitForSelector('article[data-profile="instrument/ICESCR"]');
    await page.click('#instrument-view .profile-actions a[href="#"]');
    await page.waitForFunction(() => document.getElementById('instrument-view')?.hidden === true);
    expect(await page.isVisible('#graph')).toBe(true);
    expect(await page.evaluate(() => window.explorer.state.expanded)).toEqual(['Country:MEX']);
    expect(page.url()).toMatch(/#x=Country%3AMEX/);
    noProblems(problems);
    await page.context().close();
  });

  it('opens the Country tab on the list of countries, by the keyboard, and comes back to the profile last opened', async () => {
    const { page, problems } = await open('');
    // The tabs come first in the tab order: Graph, Practices, Country.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-view'))).toBe('country');
    await page.keyboard.press('Enter');
    await page.waitForSelector('article[data-chooser="country"]');
    // The countries with practices are those of the practice facets, with the same counts.
    const { practiceFacets } = await gql<{ practiceFacets: { countries: Array<{ value: string; count: number }> } }>(
      '{ practiceFacets { countries { value count } } }',
    );
    const listed = await page.$$eval('#country-view .choice-list li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(listed).toHaveLength(practiceFacets.countries.length);
    const mex = practiceFacets.countries.find((c) => c.value === 'MEX')!;
    expect(listed).toContain(`Mexico (${mex.count})`);
    await page.screenshot({ path: path.join(SHOTS, 'country-list.png') });
    // Any country, practices or not, from the select.
    await page.selectOption('#country-choice', 'ISL');
    await page.click('#country-view form button[type="submit"]');
    await page.waitForSelector('article[data-profile="country/ISL"]');
    expect(page.url()).toMatch(/#country\/ISL$/);
    expect(await page.getAttribute('#view-tabs a[data-view="country"]', 'href')).toBe('#country/ISL');
    // The profile links back to the list.
    await page.click('#country-view a[data-action="choose"]');
    await page.waitForSelector('article[data-chooser="country"]');
    noProblems(problems);
    await page.context().close();
  });

  it('lists every instrument under the Instrument tab, grouped by kind, each a link to its map', async () => {
    const { page, problems } = await open('#instrument');
    const { instruments } = await gql<{ instruments: Array<{ id: string }> }>('{ instruments { id } }');
    expect(await page.locator('#instrument-view .choice-list li').count()).toBe(instruments.length);
    expect(await page.locator('#instrument-view .choice-group h3').first().textContent()).toBe('Treaties');
    await page.screenshot({ path: path.join(SHOTS, 'instrument-list.png'), fullPage: true });
    await page.click('#instrument-view li[data-instrument="ICESCR"] a');
    await page.waitForSelector('article[data-profile="instrument/ICESCR"]');
    expect(await page.getAttribute('#view-tabs a[data-view="instrument"]', 'aria-current')).toBe('page');
    noProblems(problems);
    await page.context().close();
  });

  it('opens a profile’s subject and a backed practice in the graph, selected', async () => {
    const { page, problems } = await open('#instrument/ICESCR');
    await page.click('#instrument-view .backed-list li[data-practice="beta-groups"] a');
    await page.waitForFunction(() => window.cy.getElementById('Practice:beta-groups').selected());
    expect(await page.isVisible('#graph')).toBe(true);
    expect(await page.isVisible('#instrument-view')).toBe(false);
    await page.goto(`${ui.url}/#country/MEX`);
    await page.waitForSelector('article[data-profile="country/MEX"]');
    await page.click('#country-view .profile-actions a[data-node="Country:MEX"]');
    await page.waitForFunction(() => window.cy.getElementById('Country:MEX').selected());
    expect(await page.evaluate(() => window.explorer.state.expanded)).toEqual(['Practice:beta-groups', 'Country:MEX']);
    expect(page.url()).toMatch(/#x=Practice%3Abeta-groups%2CCountry%3AMEX$/);
    noProblems(problems);
    await page.context().close();
  });

  it('has no serious or critical axe violation on either profile or either list', async () => {
    for (const hash of ['#country/MEX', '#instrument/ICESCR', '#country', '#instrument']) {
      const { page } = await open(hash, { bypassCSP: true });
      if (hash.startsWith('#country/')) await page.waitForSelector('.gap-group[data-gap="candidates"]');
      expect({ hash, violations: await seriousAxeViolations(page) }).toEqual({ hash, violations: [] });
      await page.context().close();
    }
  });

  it('labels the relationship on a selected node’s edges, sizes nodes by degree, and keeps labels apart', async () => {
    const { page, problems } = await open('');
    await page.evaluate(() => window.explorer.expand('Country:MEX'));
    await page.evaluate(() => window.explorer.expand('Theme:violence'));
    await page.evaluate(() => {
      window.cy.getElementById('Country:MEX').select();
    });
    const labels = await page.evaluate(() =>
      window.cy
        .getElementById('Country:MEX')
        .connectedEdges()
        .map((e) => [e.data('type') as string, e.style('label')]),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const [type, label] of labels) expect(label).toBe(type);
    expect(await page.evaluate(() => window.cy.edges().not(window.cy.getElementById('Country:MEX').connectedEdges()).first().style('label'))).toBe('');
    // Size by degree: Mexico (many neighbours) grows beyond a leaf.
    const width = () => page.evaluate(() => [window.cy.getElementById('Country:MEX').width(), window.cy.getElementById('Theme:violence').width()]);
    const [before] = await width();
    await page.click('#size-button');
    expect(await page.getAttribute('#size-button', 'aria-pressed')).toBe('true');
    const [after] = await width();
    expect(after).toBeGreaterThan(before!);
    // The choice is part of the graph's shared state.
    expect(page.url()).toMatch(/size=degree/);
    // At the default zoom no two labels shown overlap; the selected node keeps its label.
    await page.waitForTimeout(200);
    const overlaps = await page.evaluate(() => {
      const boxes = window.cy
        .nodes(':visible')
        .filter((n) => !n.hasClass('label-hidden'))
        .map((n) => ({ id: n.id(), b: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
      const out: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.b;
          const b = boxes[j]!.b;
          if (a.w > 0 && b.w > 0 && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
        }
      return { out, shown: boxes.length, selectedShown: !window.cy.getElementById('Country:MEX').hasClass('label-hidden') };
    });
    expect(overlaps.out).toEqual([]);
    expect(overlaps.selectedShown).toBe(true);
    expect(overlaps.shown).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(SHOTS, 'graph-polish.png') });
    noProblems(problems);
    await page.context().close();
  });
});

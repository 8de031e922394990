import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { seriousAxeViolations, SHOTS, useExplorerBrowser } from '../support/browser';

const DETENTION = [
  'campaign-of-prevention-and-guidance-for-the-migration-of-boys-girls',
  'capacity-building-programmes-to-improve-the-protection-system-for-migrants',
  'dhs-office-for-civil-rights-and-civil-liberties-community-engagement-program',
];

/** The ids of the rows on screen, in order. */
const rowIds = (page: Page) => page.$$eval('#practice-rows tr', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.id ?? ''));

/** Each checkbox of a facet with the count it shows. */
const facetCounts = (page: Page, facet: string) =>
  page.$$eval(`#facets fieldset[data-facet="${facet}"] label`, (labels) =>
    labels.map((l) => ({ value: l.querySelector('input')!.value, count: Number(l.querySelector('.count')!.textContent) })),
  );

describe('the Practices view in a real browser', () => {
  const ui = useExplorerBrowser();
  /** Opens the page at `hash` and waits until the list (or the graph) has drawn. */
  const open = async (hash: string, bypassCSP = false): Promise<Page> => (await ui.open(hash, { bypassCSP })).page;
  /** Waits for the list to show `n` practices in all. */
  const countIs = (page: Page, n: number) => page.waitForFunction((x) => document.getElementById('practice-count')?.textContent?.startsWith(`${x} `), n);

  /** practices(filter).totalCount, asked of the API from the page. */
  const totalsFromApi = (page: Page, filters: Array<Record<string, unknown>>) =>
    page.evaluate(async (fs) => {
      const query = `query (${fs.map((_f, i) => `$f${i}: PracticeFilter`).join(', ')}) { ${fs
        .map((_f, i) => `t${i}: practices(filter: $f${i}, first: 0) { totalCount }`)
        .join(' ')} }`;
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables: Object.fromEntries(fs.map((f, i) => [`f${i}`, f])) }),
      });
      const body = (await res.json()) as { data: Record<string, { totalCount: number }> };
      return fs.map((_f, i) => body.data[`t${i}`]!.totalCount);
    }, filters);

  it('narrows the 27 practices to the 3 on detention, with counts that match the API, and pages', async () => {
    const page = await open('#practices');
    await countIs(page, 27);
    expect(await rowIds(page)).toHaveLength(20);
    expect(await page.textContent('#page-info')).toBe('Page 1 of 2');
    await page.click('#page-next');
    await page.waitForFunction(() => document.querySelectorAll('#practice-rows tr').length === 7);
    expect(page.url()).toMatch(/#practices\?page=2$/);

    await page.check('#facet-themes-detention');
    await countIs(page, 3);
    expect(page.url()).toMatch(/#practices\?themes=detention$/);
    expect((await rowIds(page)).sort()).toEqual(DETENTION);
    expect(await page.textContent('#page-info')).toBe('Page 1 of 1');
    await page.screenshot({ path: path.join(SHOTS, 'practices-detention.png') });

    // What each checkbox shows is what the API counts for the filter with that value chosen.
    for (const facet of ['countries', 'partnerKinds', 'objectives', 'instruments']) {
      const shown = await facetCounts(page, facet);
      expect(shown.length).toBeGreaterThan(0);
      const totals = await totalsFromApi(
        page,
        shown.map((s) => ({ themes: ['detention'], [facet]: [s.value] })),
      );
      expect(shown.map((s) => s.count)).toEqual(totals);
    }
    // The other themes stay on offer, counted as the single choice would give them.
    const themes = await facetCounts(page, 'themes');
    expect(themes.map((x) => x.count)).toEqual(
      await totalsFromApi(
        page,
        themes.map((x) => ({ themes: [x.value] })),
      ),
    );
    await page.context().close();
  }, 180_000);

  it('exports the list as it is filtered: the CSV has the same practices', async () => {
    const page = await open('#practices?themes=detention');
    await countIs(page, 3);
    const hrefs = await page.$$eval('#practice-exports a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      '/export/practices.csv?themes=detention',
      '/export/graph.graphml?themes=detention',
      '/export/graph.gexf?themes=detention',
      '/export/graph.jsonld?themes=detention',
    ]);
    const res = await page.request.get(`${ui.url}${hrefs[0]}`);
    expect(res.status()).toBe(200);
    const rows = parse<{ id: string }>(await res.text(), { columns: true });
    expect(rows.map((r) => r.id).sort()).toEqual(DETENTION);
    await page.context().close();
  });

  it('searches the full text, sorts, restores its state from the URL and speaks French', async () => {
    const page = await open('#practices');
    await countIs(page, 27);
    await page.fill('#practice-text', 'detention');
    await page.press('#practice-text', 'Enter');
    await page.waitForFunction(() => document.getElementById('practice-table')?.dataset.state === 'text=detention');
    const byText = (await page.textContent('#practice-count'))!;
    const n = Number.parseInt(byText, 10);
    expect(n).toBe((await totalsFromApi(page, [{ text: 'detention' }]))[0]);
    expect(n).toBeGreaterThan(0);
    await page.selectOption('#practice-sort', 'TITLE_DESC');
    await page.waitForFunction(() => document.getElementById('practice-table')?.dataset.state === 'text=detention&sort=TITLE_DESC');
    const titles = await page.$$eval('#practice-rows th a', (as) => as.map((a) => a.textContent ?? ''));
    expect(titles).toEqual([...titles].sort((a, b) => b.localeCompare(a)));

    const again = await open('#practices?themes=detention&sort=TITLE_DESC');
    await countIs(again, 3);
    expect(await again.isChecked('#facet-themes-detention')).toBe(true);
    expect(await again.inputValue('#practice-sort')).toBe('TITLE_DESC');
    await again.selectOption('#lang-select', 'FR');
    await again.waitForFunction(() => document.getElementById('practice-count')?.textContent === '3 pratiques');
    expect(await again.textContent('#facets fieldset[data-facet="themes"] legend')).toBe('Thèmes');
    expect(await again.textContent('#view-tabs a[data-view="graph"]')).toBe('Graphe');
    await page.context().close();
    await again.context().close();
  });

  it('opens a row’s practice in the graph view', async () => {
    const page = await open('#practices?themes=detention');
    await countIs(page, 3);
    await page.click(`#practice-rows tr[data-id="${DETENTION[0]}"] a`);
    await page.waitForFunction((id) => window.cy.getElementById(`Practice:${id}`).selected(), DETENTION[0]);
    expect(await page.isVisible('#graph')).toBe(true);
    expect(await page.isHidden('#practices-view')).toBe(true);
    expect(decodeURIComponent(page.url())).toContain(`x=Practice:${DETENTION[0]}`);
    // Back to the list: it is as it was left.
    await page.click('#view-tabs a[data-view="practices"]');
    await countIs(page, 3);
    expect(page.url()).toMatch(/#practices\?themes=detention$/);
    await page.context().close();
  });

  it('reaches every view from the keyboard', async () => {
    const page = await open('');
    // The tabs come first in the page's order: the first Tab reaches them.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-view'))).toBe('graph');
    for (const view of ['practices', 'country', 'instrument', 'graph']) {
      // From the search box (on every view), Shift+Tab back to the view's tab, then Enter.
      await page.focus('#search-input');
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Shift+Tab');
        if (await page.evaluate((v) => document.activeElement?.getAttribute('data-view') === v, view)) break;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-view'))).toBe(view);
      await page.keyboard.press('Enter');
      await page.waitForFunction((v) => !document.getElementById(`${v}-view`)!.hidden, view);
      expect(await page.getAttribute(`#view-tabs a[data-view="${view}"]`, 'aria-current')).toBe('page');
    }
    await page.context().close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const page = await open('#practices?themes=detention', true);
    await countIs(page, 3);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

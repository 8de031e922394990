import { api, FACET_FIELDS, type FacetField, type PracticeFacets, type PracticePage } from './api';
import { byId, el } from './dom';
import { PARTNER_KIND_LABELS } from '../labels/partnerKinds';
import { lang, t, type StringKey } from './i18n';
import { kindWords } from './statusCategory';
import { filterParams, listParams, practiceFilter, readListState, type PracticeListState, type PracticeOrder } from './practiceListState';
import { registerView, routeHash, type Route } from './views';

/** Rows a page of the list shows. */
export const PAGE_SIZE = 20;
// The API's largest page: a deep page's cursor is reached in steps of this size.
const MAX_PAGE = 100;

const FACET_NAMES: Record<FacetField, StringKey> = {
  themes: 'facetThemes',
  countries: 'facetCountries',
  partnerKinds: 'facetPartnerKinds',
  partners: 'facetPartners',
  groups: 'facetGroups',
  stages: 'facetStages',
  instruments: 'facetInstruments',
  objectives: 'facetObjectives',
  targets: 'facetTargets',
};

const EXPORTS: Array<[string, string]> = [
  ['CSV', '/export/practices.csv'],
  ['GraphML', '/export/graph.graphml'],
  ['GEXF', '/export/graph.gexf'],
  ['JSON-LD', '/export/graph.jsonld'],
];

/** What the list needs from the rest of the page. */
export interface PracticesViewDeps {
  /** Shows the practice in the graph view. */
  openInGraph(practiceId: string): void;
  fail(err: unknown): void;
}

let state: PracticeListState = readListState(new URLSearchParams());
// Answers arrive out of order when a reader clicks fast; only the latest render may draw.
let renderSeq = 0;
// Paging and sorting leave the counts as they are: only the filter and the language change them.
let facetsAsked: { key: string; answer: ReturnType<typeof api.practiceFacets> } | undefined;

function facetsOf(filter: Record<string, unknown>): ReturnType<typeof api.practiceFacets> {
  const key = `${JSON.stringify(filter)} ${lang()}`;
  if (facetsAsked?.key !== key) {
    const answer = api.practiceFacets(filter, lang());
    // A failed answer is not kept: the next render asks again.
    answer.catch(() => {
      if (facetsAsked?.answer === answer) facetsAsked = undefined;
    });
    facetsAsked = { key, answer };
  }
  return facetsAsked.answer;
}

/** Moves to a new list state; the route change renders it (and Back returns to the last one). */
function go(next: PracticeListState): void {
  location.hash = routeHash('practices', '', listParams(next));
}

const toggled = (values: string[], value: string, on: boolean) => (on ? [...values, value] : values.filter((v) => v !== value));

/** A facet value's name: partner kinds in the interface's words, objectives and targets with their numbers. */
function valueLabel(field: FacetField, value: string, label: string): string {
  if (field === 'partnerKinds') return value in PARTNER_KIND_LABELS ? kindWords(value) : label;
  if ((field === 'objectives' || field === 'targets') && !label.startsWith(value)) return `${value} ${label}`;
  return label;
}

function renderFacets(facets: PracticeFacets): void {
  const focused = document.activeElement?.id;
  byId('facets').replaceChildren(
    ...FACET_FIELDS.map((field) => {
      const chosen = state.facets[field];
      const values = [...facets[field]];
      // A chosen value that no practice has any more stays, at 0, so it can be unchosen.
      for (const v of chosen) if (!values.some((x) => x.value === v)) values.push({ value: v, label: v, count: 0 });
      const boxes = values.map(({ value, label, count }) => {
        const id = `facet-${field}-${value}`;
        const box = el('input', { type: 'checkbox', id, value, 'data-facet': field });
        box.checked = chosen.includes(value);
        box.addEventListener('change', () => go({ ...state, page: 1, facets: { ...state.facets, [field]: toggled(chosen, value, box.checked) } }));
        return el('label', { for: id, class: count === 0 ? 'zero' : '' }, box, valueLabel(field, value, label), el('span', { class: 'count' }, String(count)));
      });
      return el('fieldset', { 'data-facet': field }, el('legend', {}, t(FACET_NAMES[field])), ...boxes);
    }),
  );
  if (focused) document.getElementById(focused)?.focus();
}

function renderRows(page: PracticePage, deps: PracticesViewDeps): void {
  byId('practice-rows').replaceChildren(
    ...page.edges.map(({ node }) => {
      const link = el('a', { href: `#x=${encodeURIComponent(`Practice:${node.id}`)}`, 'data-id': node.id, title: t('openInGraph') }, node.title);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        deps.openInGraph(node.id);
      });
      const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name).join(', ');
      return el(
        'tr',
        { 'data-id': node.id },
        el('th', { scope: 'row' }, link),
        el('td', {}, names(node.countries)),
        el('td', {}, names(node.themes)),
        el('td', {}, names(node.partners)),
      );
    }),
  );
  const pages = Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE));
  byId('practice-count').textContent = `${page.totalCount} ${t('practicesFound')}`;
  byId('page-info').textContent = `${t('page')} ${state.page} ${t('of')} ${pages}`;
  byId<HTMLButtonElement>('page-prev').disabled = state.page <= 1;
  byId<HTMLButtonElement>('page-next').disabled = !page.pageInfo.hasNextPage;
}

function renderControls(): void {
  byId<HTMLInputElement>('practice-text').value = state.text;
  const sort = byId<HTMLSelectElement>('practice-sort');
  sort.value = state.sort;
  sort.querySelector<HTMLOptionElement>('option[value="RELEVANCE"]')!.disabled = !state.text;
  const query = filterParams(state).toString();
  byId('practice-exports').replaceChildren(...EXPORTS.map(([name, path]) => el('a', { href: query ? `${path}?${query}` : path, 'data-format': name }, name)));
}

/** The cursor that starts the state's page: none for the first, else the end of the rows before it. */
async function pageCursor(filter: Record<string, unknown>): Promise<string | null> {
  let cursor: string | null = null;
  for (let before = (state.page - 1) * PAGE_SIZE; before > 0; before -= MAX_PAGE) {
    cursor = await api.cursorAfter(filter, Math.min(before, MAX_PAGE), cursor, state.sort);
  }
  return cursor;
}

async function render(route: Route, deps: PracticesViewDeps): Promise<void> {
  const seq = ++renderSeq;
  state = readListState(route.params);
  renderControls();
  const filter = practiceFilter(state);
  const [facets, page] = await Promise.all([
    facetsOf(filter),
    pageCursor(filter).then((after) => api.practicePage(filter, PAGE_SIZE, after, state.sort, lang())),
  ]);
  if (seq !== renderSeq) return;
  renderFacets(facets);
  renderRows(page, deps);
  // The state the table shows, for tests and scripts that wait for a render to finish.
  byId('practice-table').dataset.state = listParams(state).toString();
  // The tab comes back to the list as it was left.
  document.querySelector('#view-tabs a[data-view="practices"]')?.setAttribute('href', routeHash('practices', '', listParams(state)));
}

/** Wires the Practices view's controls and registers it with the router. */
export function setupPracticesView(deps: PracticesViewDeps): void {
  byId('practice-text-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = byId<HTMLInputElement>('practice-text').value.trim();
    go({ ...state, text, page: 1 });
  });
  byId<HTMLSelectElement>('practice-sort').addEventListener('change', (e) =>
    go({ ...state, page: 1, sort: (e.target as HTMLSelectElement).value as PracticeOrder }),
  );
  byId('page-prev').addEventListener('click', () => go({ ...state, page: state.page - 1 }));
  byId('page-next').addEventListener('click', () => go({ ...state, page: state.page + 1 }));
  byId('practice-reset').addEventListener('click', () => go(readListState(new URLSearchParams())));
  registerView('practices', (route) =>
    render(route, deps).catch((err: unknown) => {
      // The graph's status line is out of sight here: the list says what went wrong itself.
      byId('practice-count').textContent = err instanceof Error ? err.message : String(err);
      deps.fail(err);
    }),
  );
}

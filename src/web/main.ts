import type cytoscape from 'cytoscape';
import { api, ApiError, type Subgraph } from './api';
import { renderDetails } from './detailsPanel';
import { byId, download, el } from './dom';
import { DIMENSIONS, renderGapView } from './gapView';
import { GraphView, type LayoutName } from './graphView';
import { lang, setLang, t, typeName, type Lang } from './i18n';
import { colorOf, NODE_TYPES } from './style';
import { readState, writeState, type ViewState } from './urlState';
import { setupPracticesView } from './practicesView';
import { setupProfileViews } from './profileViews';
import { parseRoute, registerView, showRoute, startRouter } from './views';

const EXPAND_LIMIT = 40;

const graph = new GraphView(byId('graph'));
// A link to another view carries that view's state, not the graph's.
const state: ViewState = readState(parseRoute().view === 'graph' ? location.hash : '');
const status = (message: string) => {
  byId('status').textContent = message;
};
const fail = (err: unknown) => status(err instanceof ApiError ? `${err.code}: ${err.message}` : String(err));

/** What tests and power users reach from the console. */
declare global {
  interface Window {
    cy: cytoscape.Core;
    explorer: { state: ViewState; ready: Promise<void>; expand(id: string): Promise<void>; graph: GraphView };
  }
}

/** Puts the graph's state in the URL, while the graph is the view on screen (the hash is the view's). */
function save(): void {
  if (parseRoute().view === 'graph') writeState(state);
}

/** Brings the graph view to the front; its handler writes the graph's state back into the URL. */
function showGraph(): void {
  if (parseRoute().view !== 'graph') location.hash = '';
}

function afterChange(added: cytoscape.CollectionReturnValue | null, relayout = true): void {
  graph.setHiddenTypes(new Set(state.hiddenTypes));
  if (relayout && added && added.nonempty()) graph.layout(state.layout);
  renderLegend();
  status(`${graph.cy.nodes().length} ${t('nodes')}`);
}

/** Adds a node's neighbours (bounded); the node's label shows how many more there are. */
async function expand(id: string, record = true): Promise<void> {
  status(t('loading'));
  const sub = await api.neighborhood(id, EXPAND_LIMIT, null);
  const added = graph.add(sub);
  if (record && !state.expanded.includes(id)) state.expanded.push(id);
  save();
  afterChange(added);
  await applyFilters();
}

function addSubgraph(sub: Subgraph): void {
  afterChange(graph.add(sub));
}

async function showBackedBy(practiceId: string): Promise<void> {
  const backings = await api.backedBy(practiceId);
  const nodes = new Map<string, { id: string; type: string; label: string }>();
  const edges: Subgraph['edges'] = [];
  for (const b of backings) {
    for (const s of b.path) {
      nodes.set(s.from, { id: s.from, type: s.fromLabel, label: s.from.slice(s.fromLabel.length + 1) });
      nodes.set(s.to, { id: s.to, type: s.toLabel, label: s.to.slice(s.toLabel.length + 1) });
      edges.push({
        id: `${s.from}-[${s.type}${s.provenance.footnote ? `#${s.provenance.footnote}` : ''}]->${s.to}`,
        source: s.from,
        target: s.to,
        type: s.type,
        properties: s.provenance,
      });
    }
    const inst = nodes.get(`Instrument:${b.instrument.id}`);
    if (inst) inst.label = b.instrument.name;
  }
  const sub: Subgraph = {
    nodes: [...nodes.values()].map((n) => ({ ...n, properties: {}, hiddenNeighbors: 0 })).filter((n) => graph.cy.getElementById(n.id).empty()),
    edges,
    truncated: false,
  };
  addSubgraph(sub);
  graph.highlight(
    [...nodes.keys()],
    edges.map((e) => e.id),
  );
  status(`${backings.length} backings · ${new Set(backings.map((b) => b.instrument.id)).size} instruments`);
}

async function showPath(): Promise<void> {
  const selected = graph.cy.nodes(':selected');
  if (selected.length !== 2) return status(t('selectTwo'));
  const sub = await api.shortestPath(selected[0]!.id(), selected[1]!.id());
  if (!sub) return status(t('noPath'));
  addSubgraph(sub);
  graph.highlight(
    sub.nodes.map((n) => n.id),
    sub.edges.map((e) => e.id),
  );
  status(sub.edges.map((e) => e.type).join(' → '));
}

async function applyFilters(): Promise<void> {
  if (!state.theme && !state.country) return graph.setPracticeFilter(null);
  const filter: Record<string, unknown> = {};
  if (state.theme) filter.themes = [state.theme];
  if (state.country) filter.involvedCountries = [state.country];
  graph.setPracticeFilter(new Set(await api.practiceIds(filter)));
}

function renderLegend(): void {
  const counts = graph.counts();
  const ul = byId('legend');
  ul.replaceChildren(
    ...NODE_TYPES.map(({ type, color }) => {
      const shown = !state.hiddenTypes.includes(type);
      const dot = el('span', { class: 'dot' });
      dot.style.background = color; // through the CSSOM: the page's CSP allows no style attributes
      const button = el('button', { type: 'button', 'aria-pressed': String(shown), 'data-type': type }, dot, `${typeName(type)} (${counts.get(type) ?? 0})`);
      button.addEventListener('click', () => {
        state.hiddenTypes = shown ? [...state.hiddenTypes, type] : state.hiddenTypes.filter((x) => x !== type);
        save();
        afterChange(null, false);
      });
      return el('li', {}, button);
    }),
  );
}

function setupSearch(): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('suggestions');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  let active = -1;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (id: string) => {
    close();
    showGraph();
    void expand(id)
      .then(() => graph.cy.getElementById(id).select())
      .catch(fail);
  };
  // Only the latest request may fill the list: the one before is aborted, so a late answer for
  // "Beta" cannot replace the one for "Beta Groups" or reopen the list after Enter.
  const lookUp = (text: string) => {
    clearTimeout(timer);
    pending?.abort();
    pending = new AbortController();
    return api.search(text, pending.signal);
  };
  const render = (hits: Awaited<ReturnType<typeof api.search>>) => {
    list.replaceChildren(
      ...hits.map((h, i) => {
        const badge = el('span', { class: 'type-badge' }, h.type);
        badge.style.background = colorOf(h.type);
        const li = el('li', { role: 'option', id: `hit-${i}`, 'data-id': h.id, 'aria-selected': 'false' }, badge, h.label);
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(h.id);
        });
        return li;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
  };
  const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';
  const suggest = async () => {
    const text = input.value.trim();
    state.q = text;
    save();
    if (text.length < 2) return close();
    try {
      render(await lookUp(text));
    } catch (err) {
      if (!isAbort(err)) fail(err);
    }
  };
  // Enter answers at once with the text as typed: the pending suggestions are cancelled and the
  // best hit opens; a suggestion picked with the arrow keys wins.
  const searchNow = async () => {
    const text = input.value.trim();
    state.q = text;
    save();
    if (text.length < 2) return;
    try {
      const hits = await lookUp(text);
      if (hits[0]) choose(hits[0].id);
      else status(t('noResults'));
    } catch (err) {
      if (!isAbort(err)) fail(err);
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(), 200);
  });
  input.addEventListener('keydown', (e) => {
    const items = [...list.querySelectorAll<HTMLLIElement>('li')];
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && items.length) {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
      input.setAttribute('aria-activedescendant', items[active]?.id ?? '');
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = list.hidden ? undefined : items[active];
      if (pick?.dataset.id) choose(pick.dataset.id);
      else void searchNow();
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}

function setupTools(): void {
  const layout = byId<HTMLSelectElement>('layout-select');
  layout.value = state.layout;
  layout.addEventListener('change', () => {
    state.layout = layout.value as LayoutName;
    save();
    graph.layout(state.layout);
  });
  byId('fit-button').addEventListener('click', () => graph.fit());
  byId('expand-button').addEventListener('click', () => graph.cy.nodes(':selected').forEach((n) => void expand(n.id())));
  byId('hide-button').addEventListener('click', () => {
    const hidden = graph.hideSelected();
    state.expanded = state.expanded.filter((id) => !hidden.includes(id));
    save();
    afterChange(null, false);
  });
  byId('pin-button').addEventListener('click', () => graph.togglePinSelected());
  const sizeButton = byId('size-button');
  const sizeBy = (byDegree: boolean) => {
    state.sizeByDegree = byDegree;
    graph.setSizeByDegree(byDegree);
    sizeButton.setAttribute('aria-pressed', String(byDegree));
  };
  sizeBy(state.sizeByDegree);
  sizeButton.addEventListener('click', () => {
    sizeBy(!state.sizeByDegree);
    save();
  });
  byId('path-button').addEventListener('click', () => void showPath().catch(fail));
  byId('png-button').addEventListener('click', () => download('graph.png', graph.png()));
  byId('json-button').addEventListener('click', () =>
    download('graph.json', `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(graph.json(), null, 2))}`),
  );
  byId('clear-button').addEventListener('click', () => {
    graph.cy.elements().remove();
    state.expanded = [];
    save();
    afterChange(null, false);
  });
  const langSelect = byId<HTMLSelectElement>('lang-select');
  langSelect.value = state.lang;
  langSelect.addEventListener('change', () => {
    state.lang = langSelect.value as Lang;
    setLang(state.lang);
    graph.relabel();
    save();
    renderLegend();
    void fillFilters();
    if (!byId('gap-view').hidden) void showGaps();
    // Another view draws its words when it is shown: show it again in the new language.
    if (parseRoute().view !== 'graph') void showRoute().catch(fail);
  });
  const gapButton = byId('gap-button');
  gapButton.addEventListener('click', () => {
    const open = byId('gap-view').hidden;
    toggleGaps(open);
  });

  // Keyboard: E expands, H hides, P pins, F fits; the canvas is focusable.
  byId('graph').addEventListener('keydown', (e) => {
    const key = e.key.toLowerCase();
    if (key === 'e' || key === 'enter') graph.cy.nodes(':selected').forEach((n) => void expand(n.id()));
    else if (key === 'h' || key === 'delete') byId('hide-button').click();
    else if (key === 'p') graph.togglePinSelected();
    else if (key === 'f') graph.fit();
    else if (key === 'tab' && !e.shiftKey && graph.cy.nodes().nonempty()) {
      // Tab on the canvas walks the nodes, so every node is reachable without a mouse.
      e.preventDefault();
      const nodes = graph.cy.nodes(':visible');
      const current = nodes.filter(':selected')[0];
      const index = current ? nodes.toArray().indexOf(current) : -1;
      graph.cy.nodes().unselect();
      nodes[(index + 1) % nodes.length]?.select();
    }
  });

  graph.cy.on('dbltap', 'node', (e) => void expand((e.target as cytoscape.NodeSingular).id()).catch(fail));
  graph.cy.on('select', 'node', (e) => {
    void renderDetails(byId('details-body'), e.target as cytoscape.NodeSingular, {
      expand: (id) => void expand(id).catch(fail),
      showBackedBy: (id) => void showBackedBy(id).catch(fail),
    }).catch(fail);
  });
  graph.cy.on('tap', (e) => {
    if (e.target === graph.cy) graph.highlight([], []);
  });
}

function toggleGaps(open: boolean): void {
  byId('gap-view').hidden = !open;
  byId('graph').hidden = open;
  byId('gap-button').setAttribute('aria-pressed', String(open));
  state.gaps = open ? `${byId<HTMLSelectElement>('gap-rows').value}x${byId<HTMLSelectElement>('gap-columns').value}` : '';
  save();
  if (open) void showGaps();
  else graph.cy.resize();
}

async function showGaps(): Promise<void> {
  const rows = byId<HTMLSelectElement>('gap-rows').value;
  const columns = byId<HTMLSelectElement>('gap-columns').value;
  await renderGapView(byId('gap-table'), rows, columns, {
    status,
    loadPractices: (ids) => {
      toggleGaps(false);
      void Promise.all(ids.map((id) => expand(`Practice:${id}`))).catch(fail);
    },
    loadCandidates: (theme, country) => {
      toggleGaps(false);
      void loadCandidates(theme, country).catch(fail);
    },
  }).catch(fail);
}

async function loadCandidates(theme: string, country: string | null): Promise<void> {
  const candidates = await api.candidates(theme, country);
  if (candidates.length === 0) return status(t('noCandidates'));
  byId('details-body').replaceChildren(
    el('h3', {}, t('candidates')),
    ...candidates.map((c) => el('p', {}, el('strong', {}, c.partner.name), el('br'), c.reason)),
  );
  for (const c of candidates) await expand(`Partner:${c.partner.id}`);
  status(`${t('candidates')}: ${candidates.map((c) => c.partner.name).join('; ')}`);
}

function setupGapControls(): void {
  const [r, c] = state.gaps ? state.gaps.split('x') : ['COUNTRY', 'THEME'];
  for (const [id, value] of [
    ['gap-rows', r ?? 'COUNTRY'],
    ['gap-columns', c ?? 'THEME'],
  ] as const) {
    const select = byId<HTMLSelectElement>(id);
    select.replaceChildren(...DIMENSIONS.map((d) => el('option', { value: d }, d)));
    select.value = value;
    select.addEventListener('change', () => {
      state.gaps = `${byId<HTMLSelectElement>('gap-rows').value}x${byId<HTMLSelectElement>('gap-columns').value}`;
      save();
      void showGaps();
    });
  }
}

async function fillFilters(): Promise<void> {
  const { themes, coverage } = await api.options();
  const theme = byId<HTMLSelectElement>('theme-filter');
  const country = byId<HTMLSelectElement>('country-filter');
  theme.replaceChildren(el('option', { value: '' }, t('all')), ...themes.map((x) => el('option', { value: x.id }, lang() === 'FR' ? x.nameFr : x.name)));
  country.replaceChildren(el('option', { value: '' }, t('all')), ...coverage.rows.map((x) => el('option', { value: x.id }, x.label)));
  theme.value = state.theme;
  country.value = state.country;
}

function setupFilters(): void {
  for (const [id, key] of [
    ['theme-filter', 'theme'],
    ['country-filter', 'country'],
  ] as const) {
    byId<HTMLSelectElement>(id).addEventListener('change', (e) => {
      state[key] = (e.target as HTMLSelectElement).value;
      save();
      void applyFilters().catch(fail);
    });
  }
}

/** Shows a node with its neighbours in the Graph view, selected. */
async function openInGraph(id: string): Promise<void> {
  showGraph();
  await expand(id)
    .then(() => {
      graph.cy.nodes().unselect();
      graph.cy.getElementById(id).select();
    })
    .catch(fail);
}

/** Restores a shared link: language, filters, then every expanded node in order. */
async function start(): Promise<void> {
  setLang(state.lang);
  setupSearch();
  setupTools();
  setupFilters();
  setupGapControls();
  setupViews();
  renderLegend();
  byId<HTMLInputElement>('search-input').value = state.q;
  await fillFilters().catch(fail);
  for (const id of [...state.expanded]) await expand(id, false).catch(fail);
  await applyFilters().catch(fail);
  if (state.gaps) toggleGaps(true);
  status(`${graph.cy.nodes().length} ${t('nodes')}`);
  await showRoute();
}

function setupViews(): void {
  registerView('graph', (route) => {
    graph.cy.resize();
    // A link to the graph from elsewhere (`#x=Country:MEX`) adds its nodes to what is on the canvas.
    const linked = readState(`#${route.params.toString()}`).expanded.filter((id) => !state.expanded.includes(id));
    for (const id of linked) void openInGraph(id);
    save();
  });
  setupPracticesView({ openInGraph: (practiceId) => void openInGraph(`Practice:${practiceId}`), fail });
  setupProfileViews({ openInGraph: (nodeId) => void openInGraph(nodeId), fail });
  startRouter(fail);
}

window.cy = graph.cy;
window.explorer = { state, ready: start(), expand, graph };

import { api } from './api';
import { el } from './dom';

/** What a click on a coverage cell asks for. */
export interface GapActions {
  loadPractices(practiceIds: string[]): void;
  loadCandidates(theme: string, country: string | null): void;
  status(message: string): void;
}

export const DIMENSIONS = ['COUNTRY', 'THEME', 'INSTRUMENT', 'PARTNER_KIND', 'GROUP', 'STAGE', 'OBJECTIVE', 'TARGET'];

/** A blue scale from light to dark for counts 1..max; 0 is the hatched "gap" style. */
function shade(count: number, max: number): string {
  const k = max > 0 ? count / max : 0;
  const light = 92 - Math.round(k * 55);
  return `hsl(210, 70%, ${light}%)`;
}

/**
 * The gap view: a coverage matrix as a heat map, empty cells hatched and labelled. Clicking (or
 * pressing Enter on) a cell loads its practices into the graph; an empty country × theme cell
 * loads the candidate partners instead.
 */
export async function renderGapView(container: HTMLElement, rows: string, columns: string, actions: GapActions): Promise<void> {
  const m = await api.coverage(rows, columns);
  const max = Math.max(0, ...m.cells.map((c) => c.count));
  const byKey = new Map(m.cells.map((c) => [`${c.row}|${c.column}`, c]));
  const table = el('table', { 'data-empty-cells': String(m.emptyCells) });
  const head = el('tr', {}, el('th', { class: 'row-head' }, `${rows} × ${columns}`));
  for (const c of m.columns) head.append(el('th', { scope: 'col', title: c.id }, c.label));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const r of m.rows) {
    const tr = el('tr', {}, el('th', { scope: 'row', class: 'row-head', title: r.id }, r.label));
    for (const c of m.columns) {
      const cell = byKey.get(`${r.id}|${c.id}`)!;
      const empty = cell.count === 0;
      const td = el(
        'td',
        {
          tabindex: '0',
          'data-row': r.id,
          'data-column': c.id,
          'data-count': String(cell.count),
          class: empty ? 'empty' : '',
          title: `${r.label} × ${c.label}: ${cell.count}`,
        },
        empty ? '0' : String(cell.count),
      );
      if (!empty) td.style.background = shade(cell.count, max);
      if (!empty && cell.count / (max || 1) > 0.6) td.style.color = '#fff';
      const open = () => {
        if (!empty) return actions.loadPractices(cell.practiceIds);
        const theme = rows === 'THEME' ? r.id : columns === 'THEME' ? c.id : null;
        const country = rows === 'COUNTRY' ? r.id : columns === 'COUNTRY' ? c.id : null;
        if (theme) actions.loadCandidates(theme, country);
        else actions.status(`${r.label} × ${c.label}: no practice.`);
      };
      td.addEventListener('click', open);
      td.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      });
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  container.replaceChildren(table);
  actions.status(`${m.rows.length} × ${m.columns.length}: ${m.emptyCells} empty cells`);
}

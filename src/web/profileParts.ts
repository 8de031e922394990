import { el } from './dom';
import { t } from './i18n';
import { routeHash } from './views';
import { CATEGORIES, categoryLabel, categoryOf, statusWords, type TreatyStatus } from './statusCategory';

/** A link that opens a node, with its neighbours, in the Graph view (the graph's URL state names it). */
export const graphLink = (nodeId: string, text: string) => el('a', { href: `#x=${encodeURIComponent(nodeId)}`, 'data-node': nodeId }, text);

/** A profile's heading with its actions: print, open in the graph, back to the graph, the other profiles. */
export function profileHeader(view: 'country' | 'instrument', title: string, graphId: string, facts: string[]): HTMLElement {
  const print = el('button', { type: 'button', 'data-action': 'print' }, t('print'));
  print.addEventListener('click', () => window.print());
  return el(
    'header',
    { class: 'profile-header' },
    el('p', { class: 'profile-kind' }, t(view === 'country' ? 'countryProfile' : 'instrumentProfile')),
    el('h2', { id: 'profile-title' }, title),
    el('p', { class: 'profile-facts' }, facts.join(' · ')),
    el(
      'p',
      { class: 'profile-actions' },
      print,
      graphLink(graphId, t('openInGraph')),
      el('a', { href: '#' }, t('backToGraph')),
      el('a', { href: routeHash(view), 'data-action': 'choose' }, t(view === 'country' ? 'allCountries' : 'allInstruments')),
    ),
  );
}

/** A titled section of a profile. */
export function section(name: string, title: string, ...children: Array<Node | string>): HTMLElement {
  return el('section', { class: 'profile-section', 'data-section': name, 'aria-labelledby': `h-${name}` }, el('h3', { id: `h-${name}` }, title), ...children);
}

/** A status in words, marked with its class so the stylesheet colours it the map's way. */
export function statusBadge(status: TreatyStatus): HTMLElement {
  return el('span', { class: `status-badge status-${categoryOf(status)}`, 'data-status': status }, statusWords(status));
}

/** Counts of values, largest first, then by name. */
export function countBy<T>(items: T[], key: (x: T) => string): Array<{ key: string; count: number }> {
  const counts = new Map<string, number>();
  for (const x of items) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
  return [...counts].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The colour key of the status classes, shared by the grid, the timeline and the map. */
export function statusLegend(counts?: Map<string, number>): HTMLElement {
  return el(
    'ul',
    { class: 'status-legend', 'aria-label': t('status') },
    ...CATEGORIES.map((c) =>
      el(
        'li',
        { 'data-category': c.id },
        el('span', { class: `swatch status-${c.id}` }),
        `${categoryLabel(c.id)}${counts ? ` (${counts.get(c.id) ?? 0})` : ''}`,
      ),
    ),
  );
}

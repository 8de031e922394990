import type { Lang } from './i18n';
import type { LayoutName } from './graphView';

/** What a shared link restores: the search, the expanded nodes, filters, layout and language. */
export interface ViewState {
  q: string;
  expanded: string[];
  hiddenTypes: string[];
  theme: string;
  country: string;
  layout: LayoutName;
  lang: Lang;
  gaps: string;
  /** Nodes sized by their number of neighbours (`size=degree`). */
  sizeByDegree: boolean;
}

const LAYOUTS: LayoutName[] = ['fcose', 'breadthfirst', 'concentric', 'grid'];

/** Reads the state from the URL's hash (`#q=...&x=Practice:beta-groups,Country:MEX&...`). */
export function readState(hash = location.hash): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const layout = p.get('layout') as LayoutName;
  return {
    q: p.get('q') ?? '',
    expanded: list('x'),
    hiddenTypes: list('hide'),
    theme: p.get('theme') ?? '',
    country: p.get('country') ?? '',
    layout: LAYOUTS.includes(layout) ? layout : 'fcose',
    lang: p.get('lang') === 'FR' ? 'FR' : 'EN',
    gaps: p.get('gaps') ?? '',
    sizeByDegree: p.get('size') === 'degree',
  };
}

/** Writes the state to the hash without adding a history entry per click. */
export function writeState(s: ViewState): void {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.expanded.length) p.set('x', s.expanded.join(','));
  if (s.hiddenTypes.length) p.set('hide', s.hiddenTypes.join(','));
  if (s.theme) p.set('theme', s.theme);
  if (s.country) p.set('country', s.country);
  if (s.layout !== 'fcose') p.set('layout', s.layout);
  if (s.lang !== 'EN') p.set('lang', s.lang);
  if (s.gaps) p.set('gaps', s.gaps);
  if (s.sizeByDegree) p.set('size', 'degree');
  history.replaceState(null, '', `${location.pathname}${location.search}#${p.toString()}`);
}

import type cytoscape from 'cytoscape';
import { api } from './api';
import { el } from './dom';
import { t } from './i18n';
import { routeHash } from './views';

/** Actions the details panel offers on a node. */
export interface DetailsActions {
  expand(id: string): void;
  showBackedBy(practiceId: string): void;
}

const SKIP = new Set(['summary', 'sourceLines', 'sourceDocument', 'webLinks', 'notes']);

function value(v: unknown): string {
  return Array.isArray(v) ? v.join(', ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

/**
 * Renders a node: its properties, every edge on the canvas with its provenance (basis,
 * evidence, rule, footnote) and, for a practice, its web links and exact source lines.
 */
export async function renderDetails(container: HTMLElement, node: cytoscape.NodeSingular, actions: DetailsActions): Promise<void> {
  const props = node.data('properties') as Record<string, unknown>;
  const id = node.id();
  const type = node.data('type') as string;
  container.replaceChildren();
  container.append(el('h3', {}, `${node.data('display')}`), el('p', { class: 'evidence' }, `${type} · ${id}`));

  const buttons = el('div');
  const expand = el('button', { type: 'button' }, t('expand'));
  expand.addEventListener('click', () => actions.expand(id));
  buttons.append(expand);
  if (type === 'Practice') {
    const backed = el('button', { type: 'button', 'data-action': 'backed-by' }, t('backedBy'));
    backed.addEventListener('click', () => actions.showBackedBy(id.slice('Practice:'.length)));
    buttons.append(backed);
  }
  container.append(buttons);
  if (type === 'Country' || type === 'Instrument') {
    const kind = type === 'Country' ? 'country' : 'instrument';
    const profile = el(
      'a',
      { href: routeHash(kind, id.slice(type.length + 1)), 'data-action': 'profile' },
      t(kind === 'country' ? 'countryProfile' : 'instrumentProfile'),
    );
    container.append(el('p', {}, profile));
  }

  container.append(el('h4', {}, t('properties')));
  const dl = el('dl');
  if (typeof props.summary === 'string') dl.append(el('dt', {}, 'summary'), el('dd', {}, props.summary));
  for (const [k, v] of Object.entries(props)) {
    if (SKIP.has(k) || v === null || v === undefined || v === '') continue;
    dl.append(el('dt', {}, k), el('dd', {}, value(v)));
  }
  container.append(dl);

  container.append(el('h4', {}, t('edges')));
  const edges = el('div', { class: 'edges' });
  node.connectedEdges().forEach((e) => {
    const p = e.data('properties') as Record<string, unknown>;
    const other = e.source().id() === id ? e.target() : e.source();
    const direction = e.source().id() === id ? '→' : '←';
    edges.append(
      el(
        'div',
        { class: 'edge' },
        el('strong', {}, `${direction} ${e.data('type')} ${other.data('display')}`),
        el(
          'div',
          { class: 'evidence' },
          `basis: ${value(p.basis ?? '?')}${p.rule ? ` · rule: ${value(p.rule)}` : ''}${p.footnote ? ` · footnote ${value(p.footnote)}` : ''}${p.year ? ` · ${value(p.year)}` : ''}`,
        ),
        el('div', { class: 'evidence' }, value(p.evidence ?? '')),
      ),
    );
  });
  container.append(edges);

  if (type === 'Practice') {
    const practice = await api.practice(id.slice('Practice:'.length));
    if (practice) {
      container.append(el('h4', {}, t('webLinks')));
      const ul = el('ul');
      for (const link of practice.webLinks) {
        const href = /^https?:\/\//.test(link) ? link : `http://${link}`;
        ul.append(el('li', {}, el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, link)));
      }
      container.append(ul);
      container.append(el('h4', {}, `${t('source')}: ${practice.source.document.file}:${practice.source.lines.join('-')}`));
      // It scrolls: focusable, so the keyboard can scroll it too.
      container.append(el('pre', { 'data-role': 'source', tabindex: '0', 'aria-label': t('source') }, practice.source.text.replace(/\n\s*\n/g, '\n')));
    }
  }
}

import { renderCountryProfile } from './countryProfile';
import { byId, el } from './dom';
import { lang, t } from './i18n';
import { renderInstrumentProfile } from './instrumentProfile';
import { profileApi, type ProfileChoices } from './profileApi';
import { instrumentKindRank, instrumentKindWords } from './statusCategory';
import { registerView, routeHash, type Route } from './views';

type ProfileView = 'country' | 'instrument';

/** What the profile views need from the page. */
export interface ProfileViewsDeps {
  /** Shows a node (`Country:MEX`, `Practice:beta-groups`) with its neighbours in the Graph view. */
  openInGraph: (nodeId: string) => void;
  fail: (err: unknown) => void;
}

// Fetched once a language: the lists do not change while the page is open.
let choices: { lang: string; data: Promise<ProfileChoices> } | undefined;
const loadChoices = (): Promise<ProfileChoices> => {
  if (choices?.lang !== lang()) choices = { lang: lang(), data: profileApi.choices(lang()) };
  return choices.data;
};

function countryChooser(data: ProfileChoices): HTMLElement[] {
  const active = data.practiceFacets.countries;
  const select = el('select', { id: 'country-choice' }, ...data.countries.map((c) => el('option', { value: c.id }, c.name)));
  const form = el(
    'form',
    { class: 'profile-choice' },
    el('label', { for: 'country-choice' }, t('anyCountry')),
    ' ',
    select,
    ' ',
    el('button', { type: 'submit' }, t('open')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = routeHash('country', select.value);
  });
  return [
    form,
    el('h3', { id: 'h-active-countries' }, t('countriesWithPractices')),
    el(
      'ul',
      { class: 'choice-list', 'aria-labelledby': 'h-active-countries' },
      ...active.map((c) => el('li', {}, el('a', { href: routeHash('country', c.value) }, c.label), ` (${c.count})`)),
    ),
  ];
}

function instrumentChooser(data: ProfileChoices): HTMLElement[] {
  const backed = new Map(data.practiceFacets.instruments.map((i) => [i.value, i.count]));
  const kinds = [...new Set(data.instruments.map((i) => i.kind))].sort((a, b) => instrumentKindRank(a) - instrumentKindRank(b));
  return kinds.map((kind) =>
    el(
      'section',
      { class: 'choice-group' },
      el('h3', {}, instrumentKindWords(kind)),
      el(
        'ul',
        { class: 'choice-list' },
        ...data.instruments
          .filter((i) => i.kind === kind)
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((i) =>
            el(
              'li',
              { 'data-instrument': i.id },
              el('a', { href: routeHash('instrument', i.id) }, i.id),
              ` ${i.name}`,
              el('span', { class: 'muted' }, ` (${backed.get(i.id) ?? 0} ${t('backedCount')})`),
            ),
          ),
      ),
    ),
  );
}

/** The list a Country or Instrument tab opens on when no profile is named: every one, as links. */
async function renderChooser(container: HTMLElement, view: ProfileView): Promise<void> {
  container.replaceChildren(el('p', { class: 'status' }, t('loading')));
  const data = await loadChoices();
  container.replaceChildren(
    el(
      'article',
      { class: 'profile profile-chooser', 'data-chooser': view, 'aria-labelledby': `${view}-chooser-title` },
      el('h2', { id: `${view}-chooser-title` }, t(view === 'country' ? 'chooseCountry' : 'chooseInstrument')),
      el('p', { class: 'hint' }, t('chooseHint')),
      ...(view === 'country' ? countryChooser(data) : instrumentChooser(data)),
    ),
  );
}

async function show(view: ProfileView, route: Route): Promise<void> {
  const container = byId(`${view}-view`);
  if (!route.arg) return renderChooser(container, view);
  // The tab comes back to the profile last opened; the profile links to the full list.
  document.querySelector(`#view-tabs a[data-view="${view}"]`)?.setAttribute('href', routeHash(view, route.arg));
  await (view === 'country' ? renderCountryProfile : renderInstrumentProfile)(container, route.arg, lang());
}

/**
 * Mounts the profiles as the Country and Instrument views: `#country/MEX` draws Mexico's
 * profile, `#country` the list to choose one from. "Open in the graph" links (`a[data-node]`)
 * open their node in the Graph view rather than replacing its state.
 */
export function setupProfileViews(deps: ProfileViewsDeps): void {
  for (const view of ['country', 'instrument'] as const) {
    byId(`${view}-view`).addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-node]');
      if (!link?.dataset.node) return;
      e.preventDefault();
      deps.openInGraph(link.dataset.node);
    });
    registerView(view, (route) =>
      show(view, route).catch((err: unknown) => {
        // The graph's status line is out of sight here: the view says what went wrong itself.
        byId(`${view}-view`).replaceChildren(el('p', { class: 'empty-note', role: 'alert' }, err instanceof Error ? err.message : String(err)));
        deps.fail(err);
      }),
    );
  }
}

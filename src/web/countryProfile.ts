import * as Plot from '@observablehq/plot';
import { barChart, chartFigure, plotSvg, table } from './chartFigure';
import { renderCountryGaps } from './countryGaps';
import { el } from './dom';
import { t, type Lang } from './i18n';
import { profileApi, type CountryProfileData } from './profileApi';
import { countBy, profileHeader, section, statusLegend } from './profileParts';
import { CATEGORIES, categoryOf, instrumentKindRank, kindWords, statusWords } from './statusCategory';
import { routeHash } from './views';

type Country = NonNullable<CountryProfileData['country']>;
type Ratification = Country['ratifications'][number];

// Treaties first, then their protocols, then ILO texts (the instrument kinds' order); by id within a kind.

function statusGrid(ratifications: Ratification[]): HTMLElement {
  const sorted = [...ratifications].sort(
    (a, b) => instrumentKindRank(a.instrument.kind) - instrumentKindRank(b.instrument.kind) || a.instrument.id.localeCompare(b.instrument.id),
  );
  return el(
    'ul',
    { class: 'status-grid' },
    ...sorted.map((r) =>
      el(
        'li',
        { class: `status-tile status-${categoryOf(r.status)}`, 'data-instrument': r.instrument.id, 'data-status': r.status, 'data-year': String(r.year ?? '') },
        el('a', { href: routeHash('instrument', r.instrument.id), title: r.instrument.name }, r.instrument.id),
        el('span', { class: 'tile-status' }, statusWords(r.status)),
        el('span', { class: 'tile-year' }, r.year ? String(r.year) : r.observedIn ? `${t('observedIn')} ${r.observedIn}` : ''),
      ),
    ),
  );
}

/**
 * The country's statuses plus UNKNOWN for each instrument whose table does not name it (a partial
 * ILO table): it has data, just none on this country, which the grid says rather than omits.
 */
function withUnknowns(ratifications: Ratification[], instruments: CountryProfileData['instruments']): Ratification[] {
  const listed = new Set(ratifications.map((r) => r.instrument.id));
  const unknown = instruments
    .filter((i) => i.ratificationStatusKnown && !listed.has(i.id))
    .map((i): Ratification => ({ instrument: i, status: 'UNKNOWN', year: null, observedIn: null }));
  return [...ratifications, ...unknown];
}

function timeline(ratifications: Ratification[]): HTMLElement {
  const dated = ratifications.filter((r) => r.year !== null).sort((a, b) => a.year! - b.year! || a.instrument.id.localeCompare(b.instrument.id));
  if (dated.length === 0) return el('p', { class: 'empty-note' }, t('timelineEmpty'));
  const data = dated.map((r) => ({
    id: r.instrument.id,
    year: r.year!,
    category: categoryOf(r.status),
    name: r.instrument.name,
    status: statusWords(r.status),
  }));
  const svg = plotSvg({
    width: 640,
    height: 40 + 18 * data.length,
    marginLeft: 90,
    marginRight: 40,
    x: { label: t('year'), tickFormat: 'd', nice: true },
    y: { label: null, domain: data.map((d) => d.id) },
    color: { domain: CATEGORIES.map((c) => c.id), range: CATEGORIES.map((c) => c.color) },
    marks: [
      Plot.ruleY(data, { y: 'id', stroke: '#e3e6ea' }),
      Plot.dot(data, { x: 'year', y: 'id', fill: 'category', r: 5, stroke: '#333', title: (d: (typeof data)[number]) => `${d.name}: ${d.status}, ${d.year}` }),
      Plot.text(data, { x: 'year', y: 'id', text: (d: (typeof data)[number]) => String(d.year), dx: 9, textAnchor: 'start' }),
    ],
  });
  const first = data[0]!;
  const last = data[data.length - 1]!;
  const summary = `${data.length} ${t('instrument').toLowerCase()}s, ${first.year} (${first.id}) – ${last.year} (${last.id}).`;
  return chartFigure(
    'ratification-timeline',
    t('timeline'),
    summary,
    svg,
    table(
      t('timeline'),
      [t('instrument'), t('status'), t('year')],
      data.map((d) => [d.id, d.status, String(d.year)]),
    ),
  );
}

function practiceCharts(country: Country): HTMLElement[] {
  const practices = country.practices.edges.map((e) => e.node);
  if (practices.length === 0) return [el('p', { class: 'empty-note' }, t('noPractices'))];
  const themes = countBy(
    practices.flatMap((p) => p.themes),
    (th) => th.id,
  ).map((c) => ({ ...c, label: practices.flatMap((p) => p.themes).find((th) => th.id === c.key)!.name }));
  const partners = new Map(practices.flatMap((p) => p.partners).map((p) => [p.id, p]));
  const kinds = countBy([...partners.values()], (p) => p.kind).map((c) => ({
    ...c,
    label: kindWords(c.key),
    detail: [...partners.values()]
      .filter((p) => p.kind === c.key)
      .map((p) => p.name)
      .join('; '),
  }));
  return [
    barChart('practices-by-theme', t('practicesByTheme'), themes, { fill: '#1f77b4' }),
    kinds.length
      ? barChart('partners-by-kind', t('partnersByKind'), kinds, { fill: '#1f77b4' })
      : el('p', { class: 'empty-note' }, `${t('partnersByKind')}: ${t('noPartners')}`),
  ];
}

/**
 * Renders a country's profile into `container`: its treaty status for every instrument with a
 * table (grid and timeline), its practices by theme, its partners by kind, then its gaps and
 * candidate partners (a second request, so the first part shows at once). Resolves when all
 * is drawn; an unknown id shows a note, not an error.
 */
export async function renderCountryProfile(container: HTMLElement, iso3: string, lang: Lang): Promise<void> {
  container.replaceChildren(el('p', { class: 'status' }, t('loading')));
  const { country, instruments } = await profileApi.country(iso3, lang);
  if (!country) {
    container.replaceChildren(el('p', { class: 'empty-note' }, `${iso3}: ${t('notFound')}`));
    return;
  }
  const gaps = el('div', { class: 'gaps' }, el('p', { class: 'status' }, t('loading')));
  container.replaceChildren(
    el(
      'article',
      { class: 'profile', 'data-profile': `country/${country.id}`, 'aria-labelledby': 'profile-title' },
      profileHeader('country', country.name, `Country:${country.id}`, [
        country.id,
        [country.region, country.subregion].filter(Boolean).join(', '),
        country.unMember ? t('unMember') : t('notUnMember'),
        `${country.practices.totalCount} ${t('practices').toLowerCase()}`,
      ]),
      section(
        'treaties',
        t('treatyStatus'),
        el('p', { class: 'hint' }, t('treatyStatusHint')),
        statusLegend(),
        statusGrid(withUnknowns(country.ratifications, instruments)),
        timeline(country.ratifications),
      ),
      section('practices', t('practices'), el('div', { class: 'chart-pair' }, ...practiceCharts(country))),
      section('gaps', t('gapsTitle'), gaps),
    ),
  );
  const themes = new Map(country.practices.edges.flatMap((e) => e.node.themes).map((th) => [th.id, th.name]));
  await renderCountryGaps(gaps, { id: country.id, name: country.name, practiceCount: country.practices.totalCount, themes }, lang);
}

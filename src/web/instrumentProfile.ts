import { barChart, chartFigure, table } from './chartFigure';
import { el } from './dom';
import { t, type Lang } from './i18n';
import { profileApi, type InstrumentProfileData } from './profileApi';
import { graphLink, profileHeader, section, statusBadge, statusLegend } from './profileParts';
import { categoryLabel, categoryOf, CATEGORIES, SPECIFICITIES, specificityWords, statusWords } from './statusCategory';
import { worldMap, type MapCountry } from './worldMap';

type Instrument = NonNullable<InstrumentProfileData['instrument']>;

function mapSection(instrument: Instrument, countries: InstrumentProfileData['countries']): HTMLElement {
  const byIso3 = new Map<string, MapCountry>(
    countries.map((c) => [c.id, { category: categoryOf(c.treatyStatus), title: `${c.name}: ${statusWords(c.treatyStatus)}` }]),
  );
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(categoryOf(c.treatyStatus), (counts.get(categoryOf(c.treatyStatus)) ?? 0) + 1);
  const summary = CATEGORIES.map((c) => `${categoryLabel(c.id)}: ${counts.get(c.id) ?? 0}`).join('; ');
  const sorted = [...countries].sort(
    (a, b) =>
      CATEGORIES.findIndex((c) => c.id === categoryOf(a.treatyStatus)) - CATEGORIES.findIndex((c) => c.id === categoryOf(b.treatyStatus)) ||
      a.name.localeCompare(b.name),
  );
  return section(
    'map',
    t('worldMap'),
    el('p', { class: 'hint' }, instrument.ratificationStatusKnown ? t('mapHint') : t('noTable')),
    statusLegend(counts),
    chartFigure(
      'world-map',
      `${instrument.id} — ${t('worldMap')}`,
      summary,
      worldMap(byIso3),
      table(
        t('worldMap'),
        [t('country'), t('status')],
        sorted.map((c) => [c.name, statusBadge(c.treatyStatus)]),
      ),
    ),
  );
}

function backedSection(instrument: Instrument, matrix: InstrumentProfileData['instrumentPracticeMatrix']): HTMLElement {
  const rows = matrix.rows
    .map((r) => ({ practice: r.practice, specificity: r.cells.find((c) => c.instrumentId === instrument.id)?.specificity ?? 'THEMATIC' }))
    .sort((a, b) => SPECIFICITIES.indexOf(a.specificity) - SPECIFICITIES.indexOf(b.specificity) || a.practice.title.localeCompare(b.practice.title));
  if (rows.length === 0) return section('backed', t('backedPractices'), el('p', { class: 'empty-note' }, t('noBackedPractices')));
  const counts = SPECIFICITIES.map((s) => ({ s, label: specificityWords(s), count: rows.filter((r) => r.specificity === s).length })).filter(
    (c) => c.count > 0,
  );
  return section(
    'backed',
    `${t('backedPractices')} (${matrix.totalCount})`,
    barChart('backing-specificity', t('bySpecificity'), counts, { fill: '#9467bd', axisLabel: t('practices'), labelHead: t('specificity') }),
    el(
      'ul',
      { class: 'backed-list' },
      ...rows.map((r) =>
        el(
          'li',
          { 'data-practice': r.practice.id, 'data-specificity': r.specificity },
          graphLink(`Practice:${r.practice.id}`, r.practice.title),
          ' ',
          el('span', { class: `specificity specificity-${r.specificity.toLowerCase()}` }, specificityWords(r.specificity)),
        ),
      ),
    ),
  );
}

function provisionSection(instrument: Instrument): HTMLElement {
  const themes = el('p', {}, `${t('themesGrounded')}: ${instrument.grounds.map((g) => g.name).join(', ') || '—'}`);
  if (instrument.provisions.length === 0) return section('provisions', t('provisions'), themes, el('p', { class: 'empty-note' }, t('noProvisions')));
  return section(
    'provisions',
    t('provisions'),
    themes,
    table(
      t('provisions'),
      [t('provisions'), '', t('themesGrounded')],
      instrument.provisions.map((p) => [p.article, p.label, p.grounds.map((g) => g.name).join(', ')]),
    ),
  );
}

/**
 * Renders an instrument's profile into `container`: a world map of every country's status for
 * it (with a table of the same), the practices it backs ranked by specificity, and the provisions
 * and themes it grounds. An unknown id shows a note, not an error.
 */
export async function renderInstrumentProfile(container: HTMLElement, id: string, lang: Lang): Promise<void> {
  container.replaceChildren(el('p', { class: 'status' }, t('loading')));
  const data = await profileApi.instrument(id, lang);
  const instrument = data.instrument;
  if (!instrument) {
    container.replaceChildren(el('p', { class: 'empty-note' }, `${id}: ${t('notFound')}`));
    return;
  }
  container.replaceChildren(
    el(
      'article',
      { class: 'profile', 'data-profile': `instrument/${instrument.id}`, 'aria-labelledby': 'profile-title' },
      profileHeader('instrument', instrument.name, `Instrument:${instrument.id}`, [
        instrument.id,
        instrument.kind,
        `${t('adopted')} ${instrument.adopted}`,
        instrument.body,
        `${t('parties')}: ${instrument.ratificationCount ?? t('partiesUnknown')}`,
      ]),
      mapSection(instrument, data.countries),
      backedSection(instrument, data.instrumentPracticeMatrix),
      provisionSection(instrument),
    ),
  );
}

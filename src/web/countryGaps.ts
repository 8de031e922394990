import { el } from './dom';
import { t, tf, type Lang, type StringKey } from './i18n';
import { profileApi, type GapRow } from './profileApi';
import { statusBadge } from './profileParts';
import { kindWords } from './statusCategory';

function gapItem(row: GapRow, label: string): HTMLElement {
  return el(
    'li',
    { class: 'gap' },
    el('strong', {}, label),
    row.status ? statusBadge(row.status) : '',
    el('span', { class: 'gap-reason' }, row.reason),
    ...(row.candidates?.length
      ? [
          el(
            'ul',
            { class: 'gap-candidates' },
            ...row.candidates.map((c) => el('li', {}, el('strong', {}, c.partner.name), el('span', { class: 'cand-reason' }, ` — ${c.reason}`))),
          ),
        ]
      : []),
  );
}

/**
 * One question's gaps: each row with the API's reason, or, when there is none, a sentence
 * saying why the list is empty (no practice to compare is not the same as no gap).
 */
function gapGroup(name: string, title: StringKey, items: HTMLElement[], emptyReason: string, collapse = false): HTMLElement {
  const body = items.length
    ? collapse
      ? el('details', { class: 'gap-more' }, el('summary', {}, `${items.length}`), el('ul', { class: 'gap-list' }, ...items))
      : el('ul', { class: 'gap-list' }, ...items)
    : el('p', { class: 'gap-empty' }, emptyReason);
  return el('section', { class: 'gap-group', 'data-gap': name, 'data-count': String(items.length) }, el('h4', {}, t(title)), body);
}

/**
 * Renders a country's gaps (PartnershipGaps questions a, c, d and f) with their reasons, and the
 * candidate partners for each theme it acts on (question e).
 */
export async function renderCountryGaps(
  container: HTMLElement,
  country: { id: string; name: string; practiceCount: number; themes: Map<string, string> },
  lang: Lang,
): Promise<void> {
  const { id: iso3, name: countryName, practiceCount, themes } = country;
  const vars = { country: countryName };
  // The candidates do not depend on the gaps: both are asked for at once.
  const candidates = candidateSection(iso3, themes, tf('emptyNoPractices', vars));
  // Marked handled: should the gaps fail first, their error is the one the view shows.
  candidates.catch(() => undefined);
  const { partnershipGaps: g } = await profileApi.countryGaps(iso3, lang);
  const none = (key: StringKey) => (practiceCount === 0 ? tf('emptyNoPractices', vars) : tf(key, vars));
  const kindRows = (
    [
      ['NGO', g.ngo],
      ['CIVIL_SOCIETY', g.civilSociety],
      ['INTERNATIONAL_ORGANIZATION', g.internationalOrganization],
      ['PRIVATE_SECTOR', g.privateSector],
    ] as const
  ).flatMap(([kind, rows]) => rows.map((r) => gapItem(r, `${r.theme?.name ?? ''} — ${kindWords(kind)}`)));
  container.replaceChildren(
    gapGroup(
      'ratification',
      'gapRatification',
      g.ratificationGaps.notRatified.map((r) => gapItem(r, `${r.instrument?.id ?? ''} · ${r.theme?.name ?? ''}`)),
      none('emptyRatification'),
    ),
    gapGroup(
      'ratification-unknown',
      'gapRatificationUnknown',
      g.ratificationGaps.unknown.map((r) => gapItem(r, `${r.instrument?.id ?? ''} · ${r.theme?.name ?? ''}`)),
      none('emptyRatificationUnknown'),
    ),
    gapGroup('partner-kind', 'gapPartnerKind', kindRows, none('emptyPartnerKind')),
    gapGroup(
      'unbacked',
      'gapUnbacked',
      g.unbackedInstruments.map((r) => gapItem(r, `${r.instrument?.id ?? ''} · ${r.theme?.name ?? ''}`)),
      none('emptyUnbacked'),
      true,
    ),
    gapGroup(
      'objectives',
      'gapObjectives',
      practiceCount === 0 ? [] : g.objectiveGaps.map((r) => gapItem({ reason: r.reason }, `${r.objective.id} ${r.objective.name}`)),
      none('emptyObjectives'),
      true,
    ),
    await candidates,
  );
}

async function candidateSection(iso3: string, themes: Map<string, string>, emptyReason: string): Promise<HTMLElement> {
  const lists = await Promise.all([...themes].map(async ([id, name]) => ({ id, name, candidates: await profileApi.candidates(id, iso3) })));
  return el(
    'section',
    { class: 'gap-group', 'data-gap': 'candidates' },
    el('h4', {}, t('candidatePartners')),
    ...(lists.length === 0
      ? [el('p', { class: 'gap-empty' }, emptyReason)]
      : lists.map((l) =>
          el(
            'div',
            { class: 'candidates', 'data-theme': l.id },
            el('h5', {}, l.name),
            l.candidates.length
              ? el(
                  'ul',
                  {},
                  ...l.candidates.map((c) =>
                    el('li', {}, el('strong', {}, `${c.partner.name} (${kindWords(c.partner.kind)})`), el('span', { class: 'cand-reason' }, ` — ${c.reason}`)),
                  ),
                )
              : el('p', { class: 'gap-empty' }, tf('noCandidatesFor', { theme: l.name })),
          ),
        )),
  );
}

import { useSeededApollo } from '../../support/seededApollo';

const FACETS = ['countries', 'themes', 'partnerKinds', 'partners', 'groups', 'stages', 'instruments', 'objectives', 'targets'] as const;
type Facet = (typeof FACETS)[number];
type Filter = Partial<Record<Facet, string[]>> & { text?: string };
interface FacetCount {
  value: string;
  label: string;
  count: number;
}
type Facets = { totalCount: number } & Record<Facet, FacetCount[]>;

const FACETS_QUERY = `query ($f: PracticeFilter, $lang: Lang) { practiceFacets(filter: $f) { totalCount ${FACETS.map(
  (f) => `${f} { value label(lang: $lang) count }`,
).join(' ')} } }`;

describe('Query.practiceFacets: the practice list’s facet counts', () => {
  const seeded = useSeededApollo();
  const { run, execute } = seeded;

  const facets = async (filter: Filter, lang = 'EN') => (await run<{ practiceFacets: Facets }>(FACETS_QUERY, { f: filter, lang })).practiceFacets;
  const total = async (filter: Filter) =>
    (await run<{ practices: { totalCount: number } }>('query ($f: PracticeFilter) { practices(filter: $f, first: 0) { totalCount } }', { f: filter })).practices
      .totalCount;

  // Many totalCounts in one operation (one alias each, 25 at most: the armour allows 30), so the
  // check does not take a round trip per value.
  const totals_ = async (filters: Filter[]): Promise<number[]> => {
    if (filters.length > 25) return [...(await totals_(filters.slice(0, 25))), ...(await totals_(filters.slice(25)))];
    const query = `query (${filters.map((_f, i) => `$f${i}: PracticeFilter`).join(', ')}) { ${filters
      .map((_f, i) => `t${i}: practices(filter: $f${i}, first: 0) { totalCount }`)
      .join(' ')} }`;
    const data = await run<Record<string, { totalCount: number }>>(query, Object.fromEntries(filters.map((f, i) => [`f${i}`, f])));
    return filters.map((_f, i) => data[`t${i}`]!.totalCount);
  };

  // Each value's count is the totalCount of the filter with that facet set to that value alone.
  // Every value for one filter; the first values of each facet for the others (all of them, some
  // 400 counts, take minutes on a loaded machine).
  it.each<[string, Filter, number]>([
    ['the detention theme', { themes: ['detention'] }, Infinity],
    ['no filter', {}, 3],
    ['Mexico and the violence theme', { countries: ['MEX'], themes: ['violence'] }, 3],
    ['full text "health" and NGO partners', { text: 'health', partnerKinds: ['NGO'] }, 3],
    ['two groups (either)', { groups: ['women', 'children'] }, 3],
  ])(
    '%s: the counts equal practices(filter).totalCount for the same filter',
    async (_name, filter, perFacet) => {
      const got = await facets(filter);
      expect(got.totalCount).toBe(await total(filter));
      const cases = FACETS.flatMap((facet) => got[facet].slice(0, perFacet).map(({ value, count }) => ({ facet, value, count })));
      expect(cases.length).toBeGreaterThan(0);
      const totals = await totals_(cases.map(({ facet, value }) => ({ ...filter, [facet]: [value] })));
      expect(cases.map((c, i) => [c.facet, c.value, totals[i]])).toEqual(cases.map((c) => [c.facet, c.value, c.count]));
    },
    180_000,
  );

  it('counts the seed as it is: 27 practices, 3 on detention, the Compact objective 13 among theirs', async () => {
    const all = await facets({});
    expect(all.totalCount).toBe(27);
    expect(all.themes.find((t) => t.value === 'detention')).toEqual({ value: 'detention', label: 'Detention', count: 3 });
    // Within a facet the values are alternatives: choosing detention still offers the other themes,
    // and every other facet counts only among the three detention practices.
    const detention = await facets({ themes: ['detention'] });
    expect(detention.totalCount).toBe(3);
    expect(detention.themes.map((t) => t.value)).toEqual(all.themes.map((t) => t.value));
    expect(detention.objectives.find((o) => o.value === 'GCM-13')?.count).toBe(3);
    for (const facet of FACETS.filter((f) => f !== 'themes')) for (const v of detention[facet]) expect(v.count).toBeLessThanOrEqual(3);
    // Most practices first, and no value without a practice.
    for (const facet of FACETS) {
      const counts = all[facet].map((v) => v.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(Math.min(...counts)).toBeGreaterThan(0);
    }
  });

  it('names the values in French when asked, and a partner kind by its value', async () => {
    const fr = await facets({}, 'FR');
    const { themes } = await run<{ themes: Array<{ id: string; nameFr: string }> }>('{ themes { id nameFr } }');
    for (const t of fr.themes) expect(t.label).toBe(themes.find((x) => x.id === t.value)?.nameFr);
    expect(fr.countries.find((c) => c.value === 'MEX')?.label).toBe('Mexique');
    expect(fr.partnerKinds.every((k) => k.label === k.value)).toBe(true);
  });

  it('refuses an unknown theme as the practices query does, naming the argument', async () => {
    const result = await execute(FACETS_QUERY, { f: { themes: ['helth'] } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/filter\.themes\[0\]/);
  });
});

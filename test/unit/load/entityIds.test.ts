import fs from 'node:fs';
import path from 'node:path';
import { allCountries } from '../../../src/ingest/countryMatcher';
import { graphSeed } from '../../../src/ingest/graphSeedSchema';
import { loadReferenceData, SEEDS_DIR } from '../../../src/ingest/referenceData';
import { claimIds, referenceIdOwners, sharedIdIssues } from '../../../src/load/entityIds';

const ref = loadReferenceData();
const countryIds = allCountries().map((c) => c.id);
const seed = graphSeed.parse(JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'graph', 'gfmd-2015-rt1.1.json'), 'utf8')));
const FILE = 'seeds/graph/gfmd-2015-rt1.1.json';

describe('an id names one entity across all types', () => {
  it('holds for the reference data and the paper seed', () => {
    const owners = referenceIdOwners(ref, countryIds);
    expect(owners.get('MEX')).toEqual({ type: 'Country', file: 'world-countries (npm)' });
    expect(owners.get('health')).toEqual({ type: 'Theme', file: 'seeds/reference/themes.yaml' });
    expect(sharedIdIssues(seed, owners, FILE)).toEqual([]);
  });

  it('refuses two reference files that give one id to two types, naming both', () => {
    const clash = { ...ref, groups: [...ref.groups, { ...ref.groups[0]!, id: 'detention' }] };
    expect(() => referenceIdOwners(clash, countryIds)).toThrow(
      'seeds/reference/groups.yaml: Group id "detention" is also the id of a Theme (seeds/reference/themes.yaml); an id names one entity across all types',
    );
  });

  it('points at each seed id another type holds: in the reference data, or earlier in the seed', () => {
    const owners = referenceIdOwners(ref, countryIds);
    const practice = seed.practices[3]!;
    const bad = {
      ...seed,
      partners: [...seed.partners, { ...seed.partners[0]!, id: 'ICESCR' }, { ...seed.partners[0]!, id: practice.id }],
    };
    const n = seed.partners.length;
    expect(sharedIdIssues(bad, owners, FILE)).toEqual([
      {
        path: ['partners', n, 'id'],
        message: 'Partner id "ICESCR" is also the id of an Instrument (seeds/reference/instruments.yaml); an id names one entity across all types',
      },
      {
        path: ['partners', n + 1, 'id'],
        message: `Partner id "${practice.id}" is also the id of the Practice at practices[3] in ${FILE}; an id names one entity across all types`,
      },
    ]);
  });

  it('lets a partner recur in another seed as itself, but not as another type', () => {
    const owners = referenceIdOwners(ref, countryIds);
    claimIds(owners, 'Partner', ['iom'], 'seeds/graph/a.json');
    expect(() => claimIds(owners, 'Partner', ['iom'], 'seeds/graph/b.json')).not.toThrow();
    expect(() => claimIds(owners, 'Practice', ['iom'], 'seeds/curated/curation.yaml')).toThrow(
      'seeds/curated/curation.yaml: Practice id "iom" is also the id of a Partner (seeds/graph/a.json); an id names one entity across all types',
    );
  });
});

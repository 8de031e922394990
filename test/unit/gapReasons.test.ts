import { instrumentGapReason, partnerKindGapReason, ratificationGapReason, themeGroupGapReason } from '../../src/gaps/gapReasons';
import type { ReferenceSnapshot } from '../../src/reference/referenceCache';

// The few reference rows the reasons name; everything else in a snapshot is irrelevant here.
const ref = {
  country: new Map([['MEX', { name: 'Mexico' }]]),
  theme: new Map([['health', { name: 'Physical and mental health' }]]),
  group: new Map([['women', { name: 'Women' }]]),
  instrument: new Map([
    ['ICRMW', { name: 'Migrant Workers Convention' }],
    ['ICESCR', { name: 'ICESCR' }],
  ]),
  provision: new Map([['ICESCR/12', { article: 'art. 12' }]]),
} as unknown as ReferenceSnapshot;

describe('gap reasons, in words', () => {
  it('names the kinds a cell has, or says it has no partner at all', () => {
    const base = { country: 'MEX', theme: 'health', kind: 'NGO' as const, practiceIds: ['a', 'b'] };
    expect(partnerKindGapReason({ ...base, kindsPresent: ['STATE'] }, ref)).toMatch(
      /^Mexico acts on physical and mental health through 2 practices \(a, b\), none with a partner of kind .+; they have .+\.$/,
    );
    expect(partnerKindGapReason({ ...base, practiceIds: ['a'], kindsPresent: [] }, ref)).toContain('1 practice (a)');
    expect(partnerKindGapReason({ ...base, kindsPresent: [] }, ref)).toContain('no partner at all');
  });

  it('counts the practices on each side of an empty theme × group cell', () => {
    expect(themeGroupGapReason({ theme: 'health', group: 'women', practicesOnTheme: 3, practicesForGroup: 1 }, ref)).toBe(
      'No practice addresses physical and mental health for women: 3 practices address the theme for other groups, and 1 practice benefits the group on other themes.',
    );
  });

  it('cites the provision when there is one, and says when the country has no practice', () => {
    expect(instrumentGapReason({ country: 'MEX', instrument: 'ICESCR', provision: 'ICESCR/12', theme: 'health', countryPracticeIds: [] }, ref)).toBe(
      'ICESCR (art. 12) grounds physical and mental health, but backs no practice of Mexico: it has no practice in the graph.',
    );
  });

  it('keeps "unknown" apart from "not ratified", with the evidence', () => {
    const base = { country: 'MEX', theme: 'health', instrument: 'ICRMW', practiceCount: 2, practiceIds: [] };
    expect(ratificationGapReason({ ...base, status: 'SIGNED', evidence: '' }, ref)).toContain('signed but has not ratified the Migrant Workers Convention');
    expect(ratificationGapReason({ ...base, status: 'NO_ACTION', evidence: '' }, ref)).toContain('neither signed nor ratified');
    expect(ratificationGapReason({ ...base, status: 'UNKNOWN', evidence: 'no table' }, ref)).toMatch(/is unknown: no table\.$/);
  });
});

import { gql } from './api';
import type { Lang } from './i18n';
import type { TreatyStatus } from './statusCategory';

interface Named {
  id: string;
  name: string;
}

/** What the country profile reads in its first request. */
export interface CountryProfileData {
  instruments: Array<Named & { kind: string; ratificationStatusKnown: boolean }>;
  country: {
    id: string;
    name: string;
    region: string;
    subregion: string;
    unMember: boolean;
    ratifications: Array<{ instrument: Named & { kind: string }; status: TreatyStatus; year: number | null; observedIn: number | null }>;
    practices: {
      totalCount: number;
      edges: Array<{ node: { id: string; title: string; themes: Named[]; partners: Array<Named & { kind: string }> } }>;
    };
  } | null;
}

/** A gap row: the reason the API gives and what it names. */
export interface GapRow {
  reason: string;
  theme?: Named;
  instrument?: Named;
  status?: TreatyStatus;
  candidates?: Array<{ partner: Named; reason: string }>;
}

/** The country's gaps, one list per question of PartnershipGaps. */
export interface CountryGapsData {
  partnershipGaps: {
    ratificationGaps: { notRatified: GapRow[]; unknown: GapRow[] };
    unbackedInstruments: GapRow[];
    objectiveGaps: Array<{ reason: string; practicesInScope: number; objective: { id: string; name: string } }>;
    ngo: GapRow[];
    civilSociety: GapRow[];
    internationalOrganization: GapRow[];
    privateSector: GapRow[];
  };
}

// Gaps of kind (a) for the partner kinds a researcher asks about first.
const KIND_GAP = 'theme { id name(lang: $lang) } reason candidates(first: 3) { partner { id name } reason }';

const COUNTRY = `query ($id: ID!, $lang: Lang) { instruments { id name(lang: $lang) kind ratificationStatusKnown } country(id: $id) {
  id name(lang: $lang) region subregion unMember
  ratifications { instrument { id name(lang: $lang) kind } status year observedIn }
  practices(first: 100) { totalCount edges { node { id title themes { id name(lang: $lang) } partners { id name kind } } } }
} }`;

const GAPS = `query ($id: ID!, $lang: Lang) { partnershipGaps {
  ratificationGaps(countries: [$id]) {
    notRatified { status reason theme { id name(lang: $lang) } instrument { id name(lang: $lang) } }
    unknown { status reason theme { id name(lang: $lang) } instrument { id name(lang: $lang) } }
  }
  unbackedInstruments(country: $id) { reason theme { id name(lang: $lang) } instrument { id name(lang: $lang) } }
  objectiveGaps(country: $id) { reason practicesInScope objective { id name(lang: $lang) } }
  ngo: withoutPartnerKind(kind: NGO, countries: [$id]) { ${KIND_GAP} }
  civilSociety: withoutPartnerKind(kind: CIVIL_SOCIETY, countries: [$id]) { ${KIND_GAP} }
  internationalOrganization: withoutPartnerKind(kind: INTERNATIONAL_ORGANIZATION, countries: [$id]) { ${KIND_GAP} }
  privateSector: withoutPartnerKind(kind: PRIVATE_SECTOR, countries: [$id]) { ${KIND_GAP} }
} }`;

const CANDIDATES = `query ($theme: ID!, $id: ID!) { partnershipGaps { candidatePartners(theme: $theme, country: $id, first: 5) { partner { id name kind } reason } } }`;

/** What the instrument profile reads. */
export interface InstrumentProfileData {
  instrument: {
    id: string;
    name: string;
    kind: string;
    adopted: number;
    body: string;
    ratificationStatusKnown: boolean;
    ratificationCount: number | null;
    grounds: Named[];
    provisions: Array<{ id: string; article: string; label: string; grounds: Named[] }>;
  } | null;
  countries: Array<{ id: string; name: string; treatyStatus: TreatyStatus }>;
  instrumentPracticeMatrix: {
    totalCount: number;
    rows: Array<{ practice: { id: string; title: string }; cells: Array<{ instrumentId: string; specificity: string }> }>;
  };
}

const INSTRUMENT = `query ($id: ID!, $lang: Lang) {
  instrument(id: $id) {
    id name(lang: $lang) kind adopted body ratificationStatusKnown ratificationCount
    grounds { id name(lang: $lang) }
    provisions { id article label grounds { id name(lang: $lang) } }
  }
  countries { id name(lang: $lang) treatyStatus(instrument: $id) }
  instrumentPracticeMatrix(filter: { instruments: [$id] }, first: 100) { totalCount rows { practice { id title } cells { instrumentId specificity } } }
}`;

/** What the Country and Instrument views list when no profile is named. */
export interface ProfileChoices {
  countries: Named[];
  instruments: Array<Named & { kind: string; ratificationCount: number | null }>;
  practiceFacets: { countries: Array<{ value: string; label: string; count: number }>; instruments: Array<{ value: string; count: number }> };
}

const CHOICES = `query ($lang: Lang) {
  countries { id name(lang: $lang) }
  instruments { id name(lang: $lang) kind ratificationCount }
  practiceFacets { countries { value label(lang: $lang) count } instruments { value count } }
}`;

/** The profiles' requests, in the page's language. */
export const profileApi = {
  country: (id: string, lang: Lang) => gql<CountryProfileData>(COUNTRY, { id, lang }),
  countryGaps: (id: string, lang: Lang) => gql<CountryGapsData>(GAPS, { id, lang }),
  candidates: (theme: string, id: string) =>
    gql<{ partnershipGaps: { candidatePartners: Array<{ partner: Named & { kind: string }; reason: string }> } }>(CANDIDATES, { theme, id }).then(
      (d) => d.partnershipGaps.candidatePartners,
    ),
  instrument: (id: string, lang: Lang) => gql<InstrumentProfileData>(INSTRUMENT, { id, lang }),
  choices: (lang: Lang) => gql<ProfileChoices>(CHOICES, { lang }),
};

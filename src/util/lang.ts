import type { Lang } from '../generated/graphql';

/** A name in the requested language; French falls back to English where no French name exists. */
export function localized(row: { name: string; nameFr?: string | null }, lang: Lang | null | undefined): string {
  return lang === 'FR' && row.nameFr ? row.nameFr : row.name;
}

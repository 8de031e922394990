import { distance as editDistance } from 'fastest-levenshtein';

/** The words of a name, for matching: `practice/pageByTitle:TITLE_ASC` → practice page by title title asc. */
function words(name: string): Set<string> {
  return new Set(
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

const afterFolder = (name: string) => name.slice(name.lastIndexOf('/') + 1);

/**
 * Up to `max` of `names` that `wanted` may have meant, closest first: a typo away, or sharing
 * most of the words after its folder (an old or partial name: `pageTitleAsc` →
 * `practice/pageByTitle:TITLE_ASC`; the folder alone, shared by many, does not make a name close).
 */
export function closeNames(wanted: string, names: readonly string[], max = 5): string[] {
  const lower = wanted.toLowerCase();
  const wantedWords = words(afterFolder(wanted));
  return names
    .map((name) => {
      const nameWords = words(afterFolder(name));
      const shared = [...wantedWords].filter((w) => nameWords.has(w)).length / Math.max(1, wantedWords.size);
      const whole = editDistance(lower, name.toLowerCase());
      // A name typed without its folder is compared with the names' last parts too.
      return { name, shared, whole, distance: Math.min(whole, editDistance(afterFolder(lower), afterFolder(name.toLowerCase()))) };
    })
    .filter((c) => c.shared >= 0.5 || c.distance <= Math.max(2, Math.floor(afterFolder(lower).length / 3)))
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.whole - b.whole || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((c) => c.name);
}

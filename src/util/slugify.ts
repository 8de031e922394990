const TRAILING_SMALL_WORDS = /-(a|an|and|at|by|for|in|of|on|or|the|to|with|de|la|le|les|des|du|et)$/;

/**
 * A stable, readable id from a title: lower case ASCII words joined by hyphens, cut at a word
 * boundary after `max` characters. Accents are folded ("intégré" → "integre").
 */
export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  let short = (lastHyphen > 20 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
  // A cut title should not end on a small word ("...-of-the", "...-and").
  while (TRAILING_SMALL_WORDS.test(short)) short = short.replace(TRAILING_SMALL_WORDS, '');
  return short;
}

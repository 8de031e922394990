import crypto from 'node:crypto';
import anyAscii from 'any-ascii';

const HASH_LENGTH = 6;
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/** The first hex characters of the SHA-256 of the title in NFC, the same in every run. */
function shortHash(text: string, length = HASH_LENGTH): string {
  return crypto.createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, length);
}

const TRAILING_SMALL_WORDS = /-(a|an|and|at|by|for|in|of|on|or|the|to|with|de|la|le|les|des|du|et)$/;

/**
 * A stable, readable id from a title: lower case ASCII words joined by hyphens, cut at a word
 * boundary after `max` characters. Accents are folded ("intégré" → "integre") and other scripts
 * transliterated ("移民" → "yimin", "🏠" → "house"); a title with no letter or digit at all
 * ("???") gets a short hash of itself, so the id is never empty and differs between titles.
 * Transliteration loses what tells some titles apart (移民 and 遗民 are both "yimin"), so a title
 * with letters of a script other than Latin keeps its readable slug and adds a short hash of the
 * title: ids stay unique for any Unicode title, and stable.
 */
export function slugify(text: string, max = 80): string {
  const slug = cutAt(
    toAscii(text)
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, ''),
    NON_LATIN_LETTER.test(text) ? max - HASH_LENGTH - 1 : max,
  );
  if (slug === '') return shortHash(text, 10);
  return NON_LATIN_LETTER.test(text) ? `${slug}-${shortHash(text)}` : slug;
}

/** A slug cut at a word boundary after `max` characters, never ending on a small word. */
function cutAt(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  let short = (lastHyphen > 20 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
  // A cut title should not end on a small word ("...-of-the", "...-and").
  while (TRAILING_SMALL_WORDS.test(short)) short = short.replace(TRAILING_SMALL_WORDS, '');
  return short;
}

// Accents are folded first, as ids made before transliteration were, so those ids do not change
// (NFC then puts back together what NFKD split and is not an accent, such as Hangul syllables);
// any-ascii spells out what is left (other scripts, ß, ø, emoji). Its emoji names come wrapped
// in colons (":house:"), which the slug turns into word breaks.
function toAscii(text: string): string {
  return anyAscii(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC'),
  );
}

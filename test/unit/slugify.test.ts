import { slugify } from '../../src/util/slugify';

const ASCII_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('slugify', () => {
  it('keeps ordinary Latin titles readable, accents folded', () => {
    expect(slugify('Safe shelters for migrant women in transit')).toBe('safe-shelters-for-migrant-women-in-transit');
    expect(slugify('Programme intégré de la malnutrition aigüe')).toBe('programme-integre-de-la-malnutrition-aigue');
    expect(slugify('Protección consular: “niñas y niños”')).toBe('proteccion-consular-ninas-y-ninos');
    expect(slugify('Straße der Solidarität')).toBe('strasse-der-solidaritat');
  });

  it('transliterates Arabic and Chinese titles to a non-empty ASCII id', () => {
    const arabic = slugify('برنامج حماية المهاجرين');
    const chinese = slugify('移民保护计划');
    expect(arabic).toMatch(ASCII_ID);
    expect(chinese).toMatch(ASCII_ID);
    expect(arabic).toMatch(/^brnmj-hmyh-lmhjryn-[0-9a-f]{6}$/);
    expect(chinese).toMatch(/^yiminbaohujihua-[0-9a-f]{6}$/);
    expect(arabic).not.toBe(chinese);
  });

  it('keeps apart titles that transliterate alike (homophones, letters any-ascii merges)', () => {
    expect(slugify('移民保护计划')).not.toBe(slugify('遗民保护计划'));
    expect(slugify('حماية')).not.toBe(slugify('هماية'));
    expect(slugify('移民保护计划')).toBe(slugify('移民保护计划'));
    expect(slugify('Москва', 12).length).toBeLessThanOrEqual(12);
  });

  it('names emoji in words', () => {
    expect(slugify('🏠 for 👩')).toBe('house-for-woman');
  });

  it('falls back to a short stable hash when nothing alphanumeric remains', () => {
    const a = slugify('!!! ???');
    const b = slugify('… — …');
    expect(a).toMatch(ASCII_ID);
    expect(b).toMatch(ASCII_ID);
    expect(a.length).toBeGreaterThan(0);
    expect(a.length).toBeLessThanOrEqual(12);
    // Stable: the same title gives the same id in every run; unique: another title another id.
    expect(slugify('!!! ???')).toBe(a);
    expect(a).not.toBe(b);
    expect(slugify('')).toMatch(ASCII_ID);
  });

  it('never returns an empty id, whatever the script', () => {
    for (const title of ['Ἀθῆναι', 'Москва', 'ⵜⴰⵎⴰⵣⵉⵖⵜ', '𓀀𓀁', '   ', '---', '\u0301\u0301']) {
      expect({ title, id: slugify(title) }).toEqual({ title, id: expect.stringMatching(ASCII_ID) });
    }
  });

  it('cuts long titles at a word boundary', () => {
    const long = slugify('A very long title about the protection of migrant workers and their families in the countries of transit and of destination');
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^a-very-long-title-about-the-protection-of-migrant-workers-and-their-families/);
    expect(long).not.toMatch(/-(and|of|the|in)$/);
  });
});

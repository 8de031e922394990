import { fillSlots, readVariants } from '../../src/db/cypherVariants';

const TEMPLATE = [
  '// Sorted by {{key}} in either direction.',
  '// @variant UP    dir=ASC  beyond=>',
  '// @variant DOWN  dir=DESC beyond=<',
  'MATCH (n) WHERE n.k {{beyond}} $after',
  'RETURN n ORDER BY n.k {{dir}}',
].join('\n');

describe('Cypher variants', () => {
  it('reads one variant a line, with its slot values', () => {
    const variants = readVariants('t/page', TEMPLATE);
    expect(variants.map((v) => [v.name, Object.fromEntries(v.values)])).toEqual([
      ['UP', { dir: 'ASC', beyond: '>' }],
      ['DOWN', { dir: 'DESC', beyond: '<' }],
    ]);
    expect(readVariants('t/plain', 'RETURN 1')).toEqual([]);
  });

  it('fills the slots of the Cypher lines, not of comments, and keeps only its own @variant line', () => {
    const [, down] = readVariants('t/page', TEMPLATE);
    expect(fillSlots('t/page', TEMPLATE, down!)).toBe(
      ['// Sorted by {{key}} in either direction.', '// @variant DOWN  dir=DESC beyond=<', 'MATCH (n) WHERE n.k < $after', 'RETURN n ORDER BY n.k DESC'].join(
        '\n',
      ),
    );
    expect(fillSlots('t/plain', '// {{not a slot}}\nRETURN {a: {b: 1}}', null)).toBe('// {{not a slot}}\nRETURN {a: {b: 1}}');
  });

  it('fails on a slot without a value, a value without a slot, and a slot in a file without variants', () => {
    const [up] = readVariants('t/page', TEMPLATE);
    expect(() => fillSlots('t/page', `${TEMPLATE}\nLIMIT {{limit}}`, up!)).toThrow('cypher/t/page.cypher, variant UP: no value for {{limit}}');
    expect(() => fillSlots('t/page', TEMPLATE.replace('{{dir}}', 'ASC'), up!)).toThrow('cypher/t/page.cypher, variant UP: its Cypher has no slot {{dir}}');
    expect(() => fillSlots('t/plain', 'RETURN {{x}}', null)).toThrow('cypher/t/plain.cypher has the slot {{x}} but no "// @variant" line to fill it');
  });

  it('fails on a malformed or repeated @variant line', () => {
    expect(() => readVariants('t/v', '// @variant UP dir ASC')).toThrow('cypher/t/v.cypher, variant UP: "dir" is not slot=value');
    expect(() => readVariants('t/v', '// @variant UP dir=')).toThrow('"dir=" is not slot=value');
    expect(() => readVariants('t/v', '// @variant')).toThrow('cypher/t/v.cypher: "// @variant" does not start with a variant name');
    expect(() => readVariants('t/v', '// @variant UP a=1\n// @variant UP a=2')).toThrow('cypher/t/v.cypher declares variant UP twice');
  });
});

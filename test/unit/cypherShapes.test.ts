import { parseShapes, shapeConditions, shapeStatement, StatementShapes } from '../../src/db/cypherShapes';
import { loadCypherCatalog } from '../../src/db/cypherCatalog';

const text = [
  'MATCH (p:Practice)',
  'WHERE true',
  '// @when $countries',
  '  AND EXISTS { (p)-[:IMPLEMENTED_BY]->(c:Country) WHERE c.id IN $countries }',
  '// @end',
  'RETURN p.id AS id,',
  '// @when $with.partners',
  '  COLLECT { MATCH (p)-[:PARTNERS_WITH]->(x) RETURN x {.*} } AS partners,',
  '// @else',
  '// @when $with.partnerIds',
  '  COLLECT { MATCH (p)-[:PARTNERS_WITH]->(x) RETURN x.id } AS partners,',
  '// @end',
  '// @end',
  '  p.title AS title',
].join('\n');

describe('statement shapes (// @when $param ... // @else ... // @end)', () => {
  it('keeps a part only when its parameter is set: not null, absent or false', () => {
    const none = shapeStatement(text, { countries: null, with: { partners: false, partnerIds: false } });
    expect(none).toBe(['MATCH (p:Practice)', 'WHERE true', 'RETURN p.id AS id,', '  p.title AS title'].join('\n'));
    const countries = shapeStatement(text, { countries: ['MEX'], with: {} });
    expect(countries).toContain('WHERE c.id IN $countries');
    // An empty list is set: it is a filter that matches nothing, not an absent one.
    expect(shapeStatement(text, { countries: [] })).toContain('WHERE c.id IN $countries');
    expect(shapeStatement(text, {})).not.toContain('$countries');
  });

  it('takes the @else part when the condition does not hold, and nests', () => {
    const whole = shapeStatement(text, { with: { partners: true, partnerIds: true } });
    expect(whole).toContain('RETURN x {.*}');
    expect(whole).not.toContain('RETURN x.id');
    const ids = shapeStatement(text, { with: { partners: false, partnerIds: true } });
    expect(ids).toContain('RETURN x.id');
    expect(ids).not.toContain('RETURN x {.*}');
    // A path through a missing or non-object parameter does not hold.
    expect(shapeStatement(text, { with: null })).not.toContain('PARTNERS_WITH');
    expect(shapeStatement(text, { with: 'partners' })).not.toContain('PARTNERS_WITH');
  });

  it('names its conditions, and sends no marker', () => {
    expect(shapeConditions(parseShapes('t', text))).toEqual(['countries', 'with.partners', 'with.partnerIds']);
    expect(shapeStatement(text, { countries: ['MEX'], with: { partners: true } })).not.toMatch(/@(when|else|end)/);
  });

  it.each([
    ['// @when $a\nX', '"// @when $a" has no "// @end"'],
    ['X\n// @end', '"// @end" has no "// @when" before it'],
    ['// @else', '"// @else" has no "// @when" before it'],
    ['// @when $a\n// @else\n// @else\n// @end', '"// @else" has no "// @when" before it'],
    ['// @when a\n// @end', '"// @when a" is not "// @when $parameter", "// @else" or "// @end"'],
  ])('refuses a malformed statement, naming its file: %j', (bad, message) => {
    expect(() => parseShapes('practice/x', bad)).toThrow(`cypher/practice/x.cypher: ${message}`);
  });

  it('builds each shape once and gives the same text as shaping anew; a statement without markers is sent as it is', () => {
    const shapes = new StatementShapes();
    const params = { countries: ['MEX'], with: { partnerIds: true } };
    const first = shapes.textFor('t', text, params);
    expect(first).toBe(shapeStatement(text, params));
    expect(shapes.textFor('t', text, { ...params, countries: ['FRA'] })).toBe(first);
    expect(shapes.textFor('t', text, { countries: null })).toBe(shapeStatement(text, { countries: null }));
    expect(shapes.textFor('plain', 'RETURN 1 AS one', {})).toBe('RETURN 1 AS one');
  });
});

describe('the catalog keeps shape markers', () => {
  it('through fragments: the page and backings statements are shaped by their filters and selection', () => {
    const catalog = loadCypherCatalog();
    const conditionsOf = (name: Parameters<typeof catalog.get>[0]) => shapeConditions(parseShapes(name, catalog.get(name)!));
    expect(conditionsOf('practice/pageByTitle:TITLE_ASC')).toEqual(
      expect.arrayContaining(['countries', 'themes', 'asOf', 'with.implementedBy', 'with.partners', 'with.partnerIds', 'withRow']),
    );
    expect(conditionsOf('practice/backedBy')).toEqual(['withSteps', 'withRules', 'withEnds', 'withReasons', 'withRow']);
    expect(conditionsOf('practice/count')).toEqual(expect.arrayContaining(['text', 'countries', 'asOf']));
  });
});

import { loadCypherCatalog } from '../../../src/db/cypherCatalog';
import { parseShapes, shapeConditions, shapeStatement } from '../../../src/db/cypherShapes';
import { TestHelper } from '../../support/TestHelper';

/** Parameters under which exactly `on` of a statement's conditions hold (`with.partners` nests). */
function paramsHolding(on: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const condition of on) {
    const [head, ...rest] = condition.split('.');
    if (rest.length === 0) params[head!] = true;
    else params[head!] = { ...(params[head!] as object | undefined), [rest.join('.')]: true };
  }
  return params;
}

// A shape is built the first time a request asks its question; a part that only compiles beside
// another would fail then, in production. Neo4j compiles here, without running: every shaped
// statement with none of its conditions, with all, and with each alone.
describe('every shape of every shaped statement compiles', () => {
  let helper: TestHelper;
  beforeAll(() => {
    helper = TestHelper.create();
  });
  afterAll(() => helper?.close());

  const shaped = [...loadCypherCatalog()]
    .map(([name, text]) => ({ name, text, conditions: shapeConditions(parseShapes(name, text)) }))
    .filter((s) => s.conditions.length > 0);

  it('has shaped statements to check', () => {
    expect(shaped.map((s) => s.name)).toEqual(expect.arrayContaining(['practice/backedBy', 'practice/pageByTitle:TITLE_ASC', 'practice/count']));
  });

  it.each(shaped.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const shapes = [[], s.conditions, ...s.conditions.map((c) => [c])];
    for (const on of shapes) {
      const cypher = shapeStatement(s.text, paramsHolding(on));
      await expect(helper.driver.executeQuery(`EXPLAIN ${cypher}`, {}, { database: helper.executor.database })).resolves.toBeDefined();
    }
  });
});

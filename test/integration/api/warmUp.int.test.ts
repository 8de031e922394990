import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../../src/context/requestContext';
import { warmUp } from '../../../src/server/warmUp';
import { dataOf, executeOp } from '../../support/graphqlClient';
import { TestHelper } from '../../support/TestHelper';

const GAP_TABLE = '{ coverage(rows: COUNTRY, columns: THEME) { emptyCells } }';

describe('warm-up at start', () => {
  let helper: TestHelper;
  let apollo: ApolloServer<RequestContext>;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    apollo = await helper.apollo();
  });
  afterAll(async () => {
    await apollo.stop();
    await helper.close();
  });

  it('runs the first research operations, so the gap table is already computed when a researcher asks', async () => {
    const cold = helper.services();
    const coldAnswer = await executeOp<{ coverage: { emptyCells: number } }>(apollo, helper.context(cold), GAP_TABLE);

    const warm = helper.services();
    const messages: string[] = [];
    await warmUp(apollo, warm, (m) => messages.push(m));
    expect(messages).toEqual([expect.stringMatching(/^query plans warmed in \d+ ms$/)]);
    const warmAnswer = await executeOp<{ coverage: { emptyCells: number } }>(apollo, helper.context(warm), GAP_TABLE);

    expect(dataOf(warmAnswer).coverage.emptyCells).toBe(dataOf(coldAnswer).coverage.emptyCells);
    expect(dataOf(warmAnswer).coverage.emptyCells).toBeGreaterThan(0);
    expect(warmAnswer.context.roundTrips.count).toBeLessThan(coldAnswer.context.roundTrips.count);
  });
});

import { prng } from '../../../src/util/prng';
import { FuzzOperations } from '../../support/fuzzOperations';
import { postGraphql } from '../../support/graphqlClient';
import { TestHelper, type TestServer } from '../../support/TestHelper';

const OPERATIONS = 600;
const SEED = Number(process.env.KG_FUZZ_SEED ?? 20151028);

describe(`fuzzing: ${OPERATIONS} generated malformed and hostile operations (seed ${SEED})`, () => {
  let helper: TestHelper;
  let server: TestServer;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    server = await helper.startServer();
  });
  afterAll(async () => {
    await server.close();
    await helper.close();
  });

  it('gets no 5xx and no uncoded error, and the server still answers afterwards', async () => {
    const fuzz = new FuzzOperations(prng(SEED));
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    const send = async () => {
      const op = fuzz.next();
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: op.kind === 'raw' ? op.body : JSON.stringify(op.body),
        signal: AbortSignal.timeout(30_000),
      });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const text = await res.text();
      let body: { errors?: Array<{ extensions?: { code?: unknown } }> } = {};
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        problems.push(`${res.status} non-JSON answer to ${JSON.stringify(op.body).slice(0, 200)}: ${text.slice(0, 200)}`);
        return;
      }
      const uncoded = (body.errors ?? []).filter((e) => typeof e.extensions?.code !== 'string' || e.extensions.code === 'INTERNAL_SERVER_ERROR');
      if (res.status >= 500 || uncoded.length)
        problems.push(`${res.status} ${JSON.stringify(op.body).slice(0, 300)} -> ${JSON.stringify(uncoded).slice(0, 300)}`);
    };
    // Four at a time, as several careless clients would.
    for (let i = 0; i < OPERATIONS; i += 4) await Promise.all([send(), send(), send(), send()]);
    expect(problems).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(OPERATIONS);
    const after = await postGraphql<{ practices: { totalCount: number } }>(server.url, '{ practices { totalCount } }');
    expect(after).toEqual({ status: 200, body: { data: { practices: { totalCount: 27 } } } });
  }, 300_000);
});

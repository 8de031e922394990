import { PassThrough } from 'node:stream';
import { loadCypherCatalog } from '../../../src/db/cypherCatalog';
import { Executor } from '../../../src/db/executor';
import { createLogger } from '../../../src/logging/logger';
import { startServer, type RunningServer } from '../../../src/server/startServer';
import { TestHelper } from '../../support/TestHelper';

/** The value of one sample of a Prometheus text exposition: `name{labels} value`, labels matched as a subset. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z0-9_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) total += Number(m[3]);
  }
  return total;
}

describe('GET /metrics and request ids, on the real server', () => {
  let helper: TestHelper;
  let server: RunningServer;
  let logText = '';

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    const logs = new PassThrough();
    logs.on('data', (d: Buffer) => (logText += d.toString()));
    const logger = createLogger('debug', false, logs);
    // The server's executor logs every statement (debug) into the same lines, to see their request ids.
    const services = { ...helper.services(), executor: new Executor(helper.driver, helper.executor.database, loadCypherCatalog(), logger, 60_000) };
    server = await startServer({ logger, options: TestHelper.serverOptions(), services, port: 0, host: '127.0.0.1', graceMs: 2_000 });
  });
  afterAll(async () => {
    await server?.stop();
    await helper?.close();
  });

  const metrics = async () => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    return res.text();
  };
  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it("answers in Prometheus's text format, with the process's own metrics", async () => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE kg_graphql_requests_total counter');
    expect(text).toContain('# TYPE kg_neo4j_statement_duration_seconds histogram');
    expect(sample(text, 'kg_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'kg_neo4j_pool_max_connections')).toBe(100);
  });

  it('counts and times operations by name and outcome', async () => {
    const before = await metrics();
    for (let i = 0; i < 2; i++) expect((await post('query MetricsProbe { apiVersion }')).status).toBe(200);
    expect((await post('query MetricsBroken { noSuchField }')).status).toBe(400);
    await post('query MetricsFailing { apiVersion neighborhood(id: "Nowhere:x") { truncated } }');
    const after = await metrics();
    const moved = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(moved('kg_graphql_requests_total', { operation: 'MetricsProbe', outcome: 'ok' })).toBe(2);
    expect(moved('kg_graphql_request_duration_seconds_count', { operation: 'MetricsProbe', outcome: 'ok' })).toBe(2);
    expect(moved('kg_graphql_requests_total', { operation: 'MetricsBroken', outcome: 'rejected' })).toBe(1);
    expect(moved('kg_graphql_requests_total', { operation: 'MetricsFailing', outcome: 'error' })).toBe(1);
    expect(moved('kg_http_request_duration_seconds_count', { route: 'graphql', method: 'POST', status: '200' })).toBeGreaterThanOrEqual(2);
    expect(moved('kg_http_request_duration_seconds_count', { route: 'graphql', method: 'POST', status: '400' })).toBe(1);
  });

  it('times the Neo4j statements a request runs, and closes every session it opens', async () => {
    const before = await metrics();
    const res = await post('{ practices(first: 3) { totalCount edges { node { id countries { id } } } } }');
    expect(res.status).toBe(200);
    const statements = Number(res.headers.get('x-kg-db-statements') ?? NaN);
    const after = await metrics();
    const timed = sample(after, 'kg_neo4j_statement_duration_seconds_count') - sample(before, 'kg_neo4j_statement_duration_seconds_count');
    // Another request's statements cannot interleave: this test sends one at a time.
    expect(timed).toBeGreaterThanOrEqual(2);
    if (!Number.isNaN(statements)) expect(timed).toBe(statements);
    const movedStatements = [...after.matchAll(/^kg_neo4j_statement_duration_seconds_count\{statement="([^"]+)",outcome="ok"\} (\d+)$/gm)]
      .filter((m) => Number(m[2]) > sample(before, 'kg_neo4j_statement_duration_seconds_count', { statement: m[1]!, outcome: 'ok' }))
      .map((m) => m[1]);
    expect(movedStatements).toEqual(expect.arrayContaining([expect.stringMatching(/^practice\//)]));
    expect(sample(after, 'kg_neo4j_sessions_open')).toBe(0);
  });

  it('counts the result cache: the same coverage twice is a miss, then a hit', async () => {
    const before = await metrics();
    const query = '{ coverage(rows: THEME, columns: STAGE) { emptyCells } }';
    const first = (await (await post(query)).json()) as unknown;
    const second = (await (await post(query)).json()) as unknown;
    expect(second).toEqual(first);
    const after = await metrics();
    expect(sample(after, 'kg_result_cache_lookups_total', { result: 'miss' }) - sample(before, 'kg_result_cache_lookups_total', { result: 'miss' })).toBe(1);
    expect(sample(after, 'kg_result_cache_lookups_total', { result: 'hit' }) - sample(before, 'kg_result_cache_lookups_total', { result: 'hit' })).toBe(1);
  });

  it('gives every request an id, in a response header and on every log line of the request', async () => {
    const fresh = await post('{ apiVersion }');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((await fetch(`${server.url}/health`)).headers.get('x-request-id')).not.toBe(fresh.headers.get('x-request-id'));
    // A proxy's id is kept; one that is not a plain token is replaced.
    expect((await post('{ apiVersion }', { 'x-request-id': 'not a token' })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    logText = '';
    const res = await post('{ practice(id: "beta-groups") { title themes { id } backedBy { instrument { id } } } }', { 'x-request-id': 'probe-42' });
    expect(res.headers.get('x-request-id')).toBe('probe-42');
    await res.json();
    await new Promise((r) => setTimeout(r, 50));
    const lines = logText
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; requestId?: string; query?: string; path?: string; status?: number });
    const statements = lines.filter((l) => l.msg === 'cypher');
    expect(statements.length).toBeGreaterThanOrEqual(2);
    // The request line names the path the client asked for, not the rest of it below a mounted router.
    expect(lines.filter((l) => l.msg === 'request').map((l) => [l.path, l.status])).toEqual([['/graphql', 200]]);
    expect(lines.map((l) => l.requestId)).toEqual(lines.map(() => 'probe-42'));
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { apolloCeilingApp } from '../../../bench/ceiling/apolloCeilingApp';
import { queryArmor } from '../../../src/server/queryArmor';
import { designTable, sharesTable, type CeilingRow } from '../../../bench/ceiling/ceilingReport';
import { cpuMillis } from '../../../bench/ceiling/cpuTime';
import { echoHandler } from '../../../bench/ceiling/echoHandler';
import { graphqlJsHandler } from '../../../bench/ceiling/graphqlJsHandler';
import type { Measurement } from '../../../bench/ceiling/measure';
import { recordedRoot, type RecordedAnswer } from '../../../bench/ceiling/recordedAnswers';
import { loadConfig } from '../../../src/config/config';
import { serverOptionsFrom } from '../../../src/config/serverOptions';
import { createLogger } from '../../../src/logging/logger';
import { loadTypeDefs } from '../../../src/schema/loadTypeDefs';

// Two answers shaped as our API gives them for two of the benchmark's queries (one with the JSON
// scalar), as the ceiling servers are fed them at the start of a run.
const answers: RecordedAnswer[] = [
  {
    name: 'backedPractices',
    query: '{ instrument(id: "ICESCR") { backedPractices(first: 2) { edges { node { id } } } } }',
    variables: {},
    data: { instrument: { backedPractices: { edges: [{ node: { id: 'syn-1' } }, { node: { id: 'syn-2' } }] } } },
    bytes: 0,
  },
  {
    name: 'neighborhood',
    query:
      'query ($id: ID!) { neighborhood(id: $id, depth: 2, relationshipTypes: ["PARTNERS_WITH"], limit: 500) { truncated nodes { id type label } edges { source target type properties } } }',
    variables: { id: 'Partner:p1' },
    data: {
      neighborhood: {
        truncated: false,
        nodes: [
          { id: 'Partner:p1', type: 'Partner', label: 'P one' },
          { id: 'Practice:syn-1', type: 'Practice', label: 'A practice' },
        ],
        edges: [{ source: 'Practice:syn-1', target: 'Partner:p1', type: 'PARTNERS_WITH', properties: { basis: 'dataset', evidence: 'synthetic:1' } }],
      },
    },
    bytes: 0,
  },
];

async function serve(listener: http.RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function ask(url: string, a: RecordedAnswer): Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: a.query, variables: a.variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}

describe('the ceiling servers (bench/ceiling)', () => {
  const options = serverOptionsFrom(loadConfig({ NODE_ENV: 'production' }));
  const typeDefs = loadTypeDefs();
  const root = recordedRoot(answers);

  it.each([
    ['echo', () => Promise.resolve(echoHandler(answers))],
    ['graphql-js', () => Promise.resolve(graphqlJsHandler(typeDefs, root, queryArmor(options).validationRules, options.maxTokens))],
    ['apollo', async () => (await apolloCeilingApp(typeDefs, root, options, createLogger('silent', false))) as http.RequestListener],
    // As the GraphQL floor runs: graphql-jit, and root resolvers (here handing back the recorded objects).
    [
      'apollo with graphql-jit and root resolvers',
      async () =>
        (await apolloCeilingApp(typeDefs, {}, options, createLogger('silent', false), {
          jit: true,
          queryResolvers: Object.fromEntries(Object.entries(root).map(([field, value]) => [field, () => Promise.resolve(value)])),
        })) as http.RequestListener,
    ],
  ])('%s gives back exactly the recorded answer of each query, through our schema', async (_mode, make) => {
    const server = await serve(await make());
    try {
      for (const a of answers) {
        const { status, body } = await ask(server.url, a);
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect(JSON.stringify(body.data)).toBe(JSON.stringify(a.data));
      }
    } finally {
      await server.close();
    }
  });

  it('validates with our rules: graphql-js refuses a query deeper than our limit, as our API would', async () => {
    const tight = serverOptionsFrom(loadConfig({ NODE_ENV: 'production', KG_MAX_DEPTH: '2' }));
    const server = await serve(graphqlJsHandler(typeDefs, root, queryArmor(tight).validationRules, tight.maxTokens));
    try {
      const { status, body } = await ask(server.url, answers[0]!);
      expect(status).toBe(400);
      expect(JSON.stringify(body.errors)).toMatch(/depth/i);
    } finally {
      await server.close();
    }
  });

  it('refuses two answers on one root field rather than serving one of them', () => {
    expect(() => recordedRoot([answers[0]!, answers[0]!])).toThrow(/root field instrument/);
  });
});

describe('cpuMillis (bench/ceiling/cpuTime.ts)', () => {
  it("reads a process's CPU time as Node counts its own", () => {
    const before = cpuMillis(process.pid);
    const usage = process.cpuUsage();
    let x = 0;
    // Work until Node's own count says 300 ms of CPU: wall time says nothing on a shared machine.
    while (process.cpuUsage(usage).user < 300_000) x += Math.sqrt(x + 1);
    const spent = process.cpuUsage(usage);
    expect(x).toBeGreaterThan(0);
    // /proc counts in clock ticks (10 ms) and counts every thread; a few ticks apart at most.
    expect(Math.abs(cpuMillis(process.pid) - before - (spent.user + spent.system) / 1000)).toBeLessThan(50);
  });
});

describe('sharesTable and designTable (bench/ceiling/ceilingReport.ts)', () => {
  const m = (cpu: number, mean: number, neo4j?: number, requestsPerSecond = 1): Measurement => ({
    requestsPerSecond,
    p50: mean,
    p99: mean,
    mean,
    requests: 1,
    errors: 0,
    cpuMsPerRequest: neo4j === undefined ? { server: cpu } : { server: cpu, neo4j },
  });
  it("gives GraphQL's share of ours − HTTP floor in CPU and in latency", () => {
    const row: CeilingRow = {
      name: 'q',
      bytes: 10,
      figures: { ours: m(5, 20), httpFloor: m(2, 10), echo: m(0.1, 0.5), 'graphql-js': m(1.0, 2), apollo: m(0.85, 3) },
    };
    // CPU: (0.85 − 0.1) / (5 − 2) = 25 %; latency: (3 − 0.5) / (20 − 10) = 25 %.
    expect(sharesTable([row]).split('\n')[2]).toBe('| q | 3.00 | 0.75 | 0.90 | 25 % | 10.0 | 2.5 | 25 % |');
  });

  it('splits ours − HTTP floor at the GraphQL floor: what the stack costs, and what our design adds', () => {
    const row: CeilingRow = {
      name: 'q',
      bytes: 10,
      figures: { ours: m(1.5, 10, 0.7, 700), httpFloor: m(0.5, 4, 0.45, 1500), graphqlFloor: m(0.9, 6, 0.5, 1100) },
    };
    expect(designTable([row]).split('\n')[2]).toBe('| q | 0.50 | 0.90 | 1.50 | 0.40 | 0.60 | 0.45 | 0.50 | 0.70 | 1100 | 700 |');
  });
});

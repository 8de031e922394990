import autocannon from 'autocannon';
import { Command } from 'commander';
import { startServerProcess } from './serverProcess';

// `npm run soak -- --seconds 60 --connections 50`: mixed research queries against the seeded
// graph for a while; reports errors (must be 0), latency percentiles and the server's memory
// before and after, so a leak shows. Not a CI test: its figures go in the README.

// Each mixed query with a short name, for the per-query percentiles.
const MIXED: Array<[string, string]> = [
  [
    'practices',
    '{ practices(first: 20, filter: { themes: ["health"] }) { totalCount edges { node { id title countries { id } partners { name } themes { id } } } } }',
  ],
  ['backedBy', '{ practice(id: "beta-groups") { backedBy { instrument { id } provision { id } path { type provenance { evidence } } } } }'],
  ['backedPractices', '{ instrument(id: "ICESCR") { backedPractices(first: 50) { totalCount edges { node { id } } } } }'],
  ['neighborhood', '{ neighborhood(id: "Country:MEX", depth: 2, limit: 100) { truncated nodes { id } edges { id } } }'],
  ['search', '{ search(text: "trafficking", first: 10) { id type score } }'],
  ['coverage', '{ coverage(rows: COUNTRY, columns: THEME) { emptyCells cells { count } } }'],
  ['gaps', '{ partnershipGaps { withoutPartnerKind(kind: NGO) { reason } ratificationGaps { notRatified { reason } unknown { reason } } } }'],
  ['candidatePartners', '{ partnershipGaps { candidatePartners(theme: "detention", country: "PHL") { reason } } }'],
  ['shortestPath', '{ shortestPath(from: "Practice:beta-groups", to: "Instrument:ICERD") { edges { type } } }'],
];

/** The per-connection context autocannon passes to a request's hooks. */
interface SentAt {
  sentAt?: number;
}

/** Count, p50, p99 and max of some latencies (ms), rounded to the millisecond. */
function percentiles(ms: number[]): { count: number; p50: number; p99: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: Math.round(sorted[sorted.length - 1] ?? 0) };
}

async function main(): Promise<void> {
  const opts = new Command('soak')
    .description('Sustained mixed load on a server of its own; reports errors, p99 and memory.')
    .option('--seconds <n>', 'duration of the load', '60')
    .option('--connections <n>', 'concurrent connections', '50')
    .parse(process.argv)
    .opts<{ seconds: string; connections: string }>();
  const server = await startServerProcess({}, (m) => process.stdout.write(`${m}\n`));
  try {
    // Warm up: every query once, so plans are compiled before we measure.
    for (const [, query] of MIXED)
      await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const rssBefore = server.rssMiB();
    let graphqlErrors = 0;
    // autocannon reports latency for all requests together; to see which query makes the tail,
    // each connection notes when it sends (one request at a time per connection) and each
    // answer is timed against that.
    const latencies = MIXED.map(() => [] as number[]);
    const codes = new Map<string, number>();
    process.stdout.write(`load: ${opts.connections} connections for ${opts.seconds} s...\n`);
    const result = await autocannon({
      url: `${server.url}/graphql`,
      connections: Number(opts.connections),
      duration: Number(opts.seconds),
      // A request still waiting after 30 s counts as an error (a timeout).
      timeout: 30,
      requests: MIXED.map(([, query], i) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        setupRequest: (request: autocannon.Request, context: SentAt) => {
          context.sentAt = performance.now();
          return request;
        },
        onResponse: (status: number, body: string, context: SentAt) => {
          if (context.sentAt !== undefined) latencies[i]!.push(performance.now() - context.sentAt);
          if (status !== 200 || body.includes('"errors"')) {
            graphqlErrors += 1;
            const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? `HTTP ${status}`;
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
        },
      })),
    });
    const rssAfter = server.rssMiB();
    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    const report = {
      seconds: Number(opts.seconds),
      connections: Number(opts.connections),
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      errors,
      errorCodes: Object.fromEntries(codes),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      perQueryMs: Object.fromEntries(MIXED.map(([name], i) => [name, percentiles(latencies[i]!)])),
      serverRssMiB: { before: Math.round(rssBefore), after: Math.round(rssAfter) },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.exitCode = errors === 0 ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

import autocannon from 'autocannon';
import { Command } from 'commander';
import { startServerProcess } from './serverProcess';

// `npm run soak -- --seconds 60 --connections 50`: mixed research queries against the seeded
// graph for a while; reports errors (must be 0), latency percentiles and the server's memory
// before and after, so a leak shows. Not a CI test: its figures go in the README.
const MIXED = [
  '{ practices(first: 20, filter: { themes: ["health"] }) { totalCount edges { node { id title countries { id } partners { name } themes { id } } } } }',
  '{ practice(id: "beta-groups") { backedBy { instrument { id } provision { id } path { type provenance { evidence } } } } }',
  '{ instrument(id: "ICESCR") { backedPractices(first: 50) { totalCount edges { node { id } } } } }',
  '{ neighborhood(id: "Country:MEX", depth: 2, limit: 100) { truncated nodes { id } edges { id } } }',
  '{ search(text: "trafficking", first: 10) { id type score } }',
  '{ coverage(rows: COUNTRY, columns: THEME) { emptyCells cells { count } } }',
  '{ partnershipGaps { withoutPartnerKind(kind: NGO) { reason } ratificationGaps { notRatified { reason } unknown { reason } } } }',
  '{ partnershipGaps { candidatePartners(theme: "detention", country: "PHL") { reason } } }',
  '{ shortestPath(from: "Practice:beta-groups", to: "Instrument:ICERD") { edges { type } } }',
];

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
    for (const query of MIXED)
      await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const rssBefore = server.rssMiB();
    let graphqlErrors = 0;
    const codes = new Map<string, number>();
    process.stdout.write(`load: ${opts.connections} connections for ${opts.seconds} s...\n`);
    const result = await autocannon({
      url: `${server.url}/graphql`,
      connections: Number(opts.connections),
      duration: Number(opts.seconds),
      // A request still waiting after 30 s counts as an error (a timeout).
      timeout: 30,
      requests: MIXED.map((query) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        onResponse: (status: number, body: string) => {
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

import autocannon from 'autocannon';
import { cpuMillis } from './cpuTime';

/** What one contender did for one query at one number of connections. */
export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Mean latency in ms (autocannon's p50 is whole milliseconds; the mean is not). */
  mean: number;
  requests: number;
  errors: number;
  /** CPU time per request of each process watched (the server; for ours and the HTTP floor, also Neo4j), in ms. */
  cpuMsPerRequest: Record<string, number>;
}

/**
 * Drives `url` with autocannon as bench/run.ts does (a warm-up of a third of the time, not
 * recorded, then `seconds` measured), reading the watched processes' CPU time around the
 * measured part only.
 */
export async function measure(url: string, body: string, seconds: number, connections: number, watched: Record<string, number>): Promise<Measurement> {
  const opts = { url, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, connections, timeout: 60 };
  await autocannon({ ...opts, duration: Math.max(1, Math.round(seconds / 3)) });
  const before = Object.fromEntries(Object.entries(watched).map(([name, pid]) => [name, cpuMillis(pid)]));
  const r = await autocannon({ ...opts, duration: seconds });
  const requests = r.requests.total;
  const cpuMsPerRequest = Object.fromEntries(
    Object.entries(watched).map(([name, pid]) => [name, requests > 0 ? (cpuMillis(pid) - before[name]!) / requests : Number.NaN]),
  );
  return {
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    mean: r.latency.mean,
    requests,
    errors: r.errors + r.timeouts + r.non2xx,
    cpuMsPerRequest,
  };
}

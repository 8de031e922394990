import autocannon from 'autocannon';
import { postOptions } from '../postOptions';
import { cpuMillis } from './cpuTime';

/** What one contender did for one query at one number of connections. */
export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /**
   * Mean latency in ms, from the connections kept busy and the requests done in the time
   * (Little's law): autocannon's own latencies are whole milliseconds, too coarse for the echo.
   */
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
  const opts = postOptions(url, body, connections);
  await autocannon({ ...opts, duration: Math.max(1, Math.round(seconds / 3)) });
  const before = Object.fromEntries(Object.entries(watched).map(([name, pid]) => [name, cpuMillis(pid)]));
  const started = performance.now();
  const r = await autocannon({ ...opts, duration: seconds });
  const elapsedMs = performance.now() - started;
  const requests = r.requests.total;
  const cpuMsPerRequest = Object.fromEntries(
    Object.entries(watched).map(([name, pid]) => [name, requests > 0 ? (cpuMillis(pid) - before[name]!) / requests : Number.NaN]),
  );
  return {
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    mean: requests > 0 ? (connections * elapsedMs) / requests : Number.NaN,
    requests,
    errors: r.errors + r.timeouts + r.non2xx,
    cpuMsPerRequest,
  };
}

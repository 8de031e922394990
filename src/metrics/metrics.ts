import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, served on `GET /metrics`. One registry per process, like
 * the process itself: every server, executor and cache of the process counts into it (so tests
 * compare before and after, never absolute values). Names and labels are documented in the README.
 */
export const metricsRegistry = new Registry();

// Node's own: CPU, memory, event-loop lag, garbage collection, open handles.
collectDefaultMetrics({ register: metricsRegistry, prefix: 'kg_' });

// Seconds, from a 5 ms statement to a 30 s export.
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** GraphQL operations by name and outcome (ok, error: some field failed, rejected: no execution). */
export const graphqlRequests = new Counter({
  name: 'kg_graphql_requests_total',
  help: 'GraphQL operations served, by operation name and outcome (ok, error, rejected).',
  labelNames: ['operation', 'outcome'] as const,
  registers: [metricsRegistry],
});

/** How long GraphQL operations took, from request to response. */
export const graphqlDuration = new Histogram({
  name: 'kg_graphql_request_duration_seconds',
  help: 'Time from receiving a GraphQL operation to sending its response, by operation name and outcome.',
  labelNames: ['operation', 'outcome'] as const,
  buckets: SECONDS,
  registers: [metricsRegistry],
});

/** Every HTTP request, by route (a fixed set) and status. */
export const httpDuration = new Histogram({
  name: 'kg_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method, route (graphql, export, health, metrics, web, other) and status code.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: SECONDS,
  registers: [metricsRegistry],
});

/** Each Cypher statement's time in Neo4j, by its name in cypher/ (a fixed set). */
export const statementDuration = new Histogram({
  name: 'kg_neo4j_statement_duration_seconds',
  help: 'Time of a Cypher statement, sent until its records are read, by statement name (cypher/<domain>/<file>) and outcome (ok, error).',
  labelNames: ['statement', 'outcome'] as const,
  buckets: SECONDS,
  registers: [metricsRegistry],
});

/** Sessions the executor holds open: each holds at most one of the driver pool's connections. */
export const sessionsOpen = new Gauge({
  name: 'kg_neo4j_sessions_open',
  help: "Neo4j sessions open now; each holds at most one connection of the driver's pool while it runs.",
  registers: [metricsRegistry],
});

/** The driver pool's size, to read sessionsOpen against. */
export const poolMax = new Gauge({
  name: 'kg_neo4j_pool_max_connections',
  help: "The driver's maximum connection pool size: requests queue for a connection beyond it.",
  registers: [metricsRegistry],
});

/** Lookups in the result cache of whole-graph aggregations (coverage, gaps). */
export const resultCacheLookups = new Counter({
  name: 'kg_result_cache_lookups_total',
  help: 'Lookups in the result cache of whole-graph aggregations (coverage, gap tables), by result (hit, miss).',
  labelNames: ['result'] as const,
  registers: [metricsRegistry],
});

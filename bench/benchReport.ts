import type { LoadFigures } from './benchDatabase';
import { TARGETS, targetMarks, type Ratios, type TargetsMet } from './benchTargets';

/** One contender's figures for one query. */
export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  /** CPU per measured request (ms) of the contender's server process and of Neo4j, from /proc. */
  cpuMsPerRequest?: Record<string, number>;
}

/** One query's line of the results: answers compared, each contender's figures, ratios and targets. */
export interface QueryResult {
  name: string;
  description: string;
  agree: { peer: boolean | null; floor: boolean; httpFloor: boolean };
  answerSize: number;
  ours: Figures & { dbStatements: number };
  peer: Figures | null;
  floor: Figures;
  httpFloor: Figures;
  ratios: Ratios;
  targetsMet: TargetsMet;
}

/** Whether every contender gave our answer (ratios mean nothing otherwise). */
const agrees = (r: QueryResult) => r.agree.floor && r.agree.httpFloor && r.agree.peer !== false;

/** The results as the markdown report (bench/results/<scale>.md). */
export function benchMarkdown(scale: string, load: LoadFigures, results: QueryResult[], meta: Record<string, unknown>): string {
  const ms = (x: number) => x.toFixed(1);
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
  const fixed = (x: number | null) => (x === null || !Number.isFinite(x) ? '–' : x.toFixed(2));
  const lines = [
    `# Benchmark at ${scale} practices`,
    '',
    `${String(meta.date)} · ${String(meta.machine)} · commit ${String(meta.commit)} · ${String(meta.connections)} connections, ${String(meta.seconds)} s per measurement after a warm-up${meta.warmUpSeconds ? ` (and first a round in which every contender answers every query for ${Number(meta.warmUpSeconds)} s, so that none meets a cold JVM)` : ''}`,
    '',
    `Graph: ${load.practices} synthetic practices plus the 27 of the paper; ${load.nodes} nodes, ${load.relationships} relationships.` +
      (load.skipped
        ? ' (Store reused.)'
        : ` Loaded in ${load.seconds.toFixed(1)} s (${load.nodesPerSecond} nodes/s, ${load.relationshipsPerSecond} relationships/s).`),
    '',
    'Latencies in ms; throughput in requests/s. Four contenders: **ours** and the **peer** (`@neo4j/graphql`) over HTTP, both servers with `NODE_ENV=production` (as deployed: graphql-js skips its development checks); the **floor**, the hand-written Cypher through neo4j-driver alone (no HTTP, no JSON); the **HTTP floor**, the same Cypher behind a minimal `node:http` server (own process, one driver, `NODE_ENV=production`) returning the JSON our API returns, measured with autocannon like ours. HTTP floor − floor is what HTTP and JSON cost; ours − HTTP floor is what GraphQL costs.',
    '',
    '| query | same answers | ours p50 | p95 | p99 | req/s | statements/request | peer p50 | peer req/s | HTTP floor p50 | HTTP floor req/s | floor p50 | floor req/s |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${agrees(r) ? 'yes' : 'NO'} | ${ms(r.ours.p50)} | ${ms(r.ours.p95)} | ${ms(r.ours.p99)} | ${r.ours.requestsPerSecond.toFixed(0)} | ${r.ours.dbStatements} | ${r.peer ? ms(r.peer.p50) : '–'} | ${r.peer ? r.peer.requestsPerSecond.toFixed(0) : '–'} | ${ms(r.httpFloor.p50)} | ${r.httpFloor.requestsPerSecond.toFixed(0)} | ${ms(r.floor.p50)} | ${r.floor.requestsPerSecond.toFixed(0)} |`,
    ),
    '',
    `Ratios and issue 19's targets (they apply at 10k without the result cache). Targets met: ✓ or ✗ for, in order, ours/floor p50 ≤ ${TARGETS.maxOursFloorP50}, ours/peer req/s ≥ ${TARGETS.minOursPeerRps} (– without a peer), ours/HTTP floor p50 ≤ ${TARGETS.maxOursHttpFloorP50}.`,
    '',
    `| query | ours/floor p50 (≤ ${TARGETS.maxOursFloorP50}) | ours/peer req/s (≥ ${TARGETS.minOursPeerRps}) | ours/HTTP floor p50 (≤ ${TARGETS.maxOursHttpFloorP50}) | HTTP floor/floor p50 | ours/peer p50 | targets met |`,
    '|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${fixed(r.ratios.oursFloorP50)} | ${fixed(r.ratios.oursPeerRps)} | ${fixed(r.ratios.oursHttpFloorP50)} | ${ratio(r.httpFloor.p50, r.floor.p50)} | ${r.peer ? ratio(r.ours.p50, r.peer.p50) : '–'} | ${agrees(r) ? targetMarks(r.targetsMet) : 'answers differ'} |`,
    ),
    '',
    "CPU per request (ms, user + system, read from `/proc` over the measured requests; the load generator is not counted): what each HTTP contender's server process and Neo4j spent on one answer. Ours − HTTP floor in each column is what GraphQL and our statements cost over the hand-written Cypher behind HTTP.",
    '',
    '| query | ours server | ours Neo4j | peer server | peer Neo4j | HTTP floor server | HTTP floor Neo4j |',
    '|---|---|---|---|---|---|---|',
    ...results.map((r) => {
      const cpu = (f: Figures | null, of: string) => fixed(f?.cpuMsPerRequest?.[of] ?? null);
      return `| ${r.name} | ${cpu(r.ours, 'server')} | ${cpu(r.ours, 'neo4j')} | ${cpu(r.peer, 'server')} | ${cpu(r.peer, 'neo4j')} | ${cpu(r.httpFloor, 'server')} | ${cpu(r.httpFloor, 'neo4j')} |`;
    }),
    '',
    `Targets met: ${results.filter((r) => agrees(r) && Object.values(r.targetsMet).every((t) => t !== false)).length} of ${results.length} queries meet all that apply.`,
    '',
    `Our server's memory (RSS): ${String(meta.rssBefore)} MiB before, ${String(meta.rssAfter)} MiB after.`,
    '',
    meta.resultCacheMs === 0
      ? 'Our result cache was off (`--result-cache-ms 0`): every request of ours ran its statements; statements/request counts them.'
      : `Our result cache was on (${Number(meta.resultCacheMs) / 1000} s, the default): coverage and gap tables are read from the database by the answer check, then served from the cache until it expires or a write clears it. statements/request counts the statements of that first, uncached request.`,
    '',
    `Versions: ${Object.entries(meta.versions as Record<string, string>)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
    `Reproduce: \`npm run bench -- --scale ${scale}${meta.resultCacheMs === 0 ? ' --result-cache-ms 0' : ''}\`.`,
    '',
  ];
  return lines.join('\n');
}

import type { Measurement } from './measure';

/** One query's figures at one number of connections, by contender (ours, httpFloor, graphqlFloor, echo, graphql-js, apollo). */
export interface CeilingRow {
  name: string;
  bytes: number;
  figures: Record<string, Measurement>;
}

const CONTENDERS: Array<[string, string]> = [
  ['ours', 'ours'],
  ['httpFloor', 'HTTP floor'],
  ['graphqlFloor', 'GraphQL floor'],
  ['echo', 'HTTP echo'],
  ['graphql-js', 'graphql-js'],
  ['apollo', 'Apollo'],
];

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(100 * x)} %` : '–');

function cell(m: Measurement | undefined): string {
  if (!m) return '–';
  const db = m.cpuMsPerRequest.neo4j;
  return `${m.requestsPerSecond.toFixed(0)} · ${f2(m.mean)} · ${f2(m.cpuMsPerRequest.server ?? Number.NaN)}${db === undefined ? '' : ` (+${f2(db)})`}${m.errors ? ` · ${m.errors} errors` : ''}`;
}

/** The figures table: req/s · mean latency ms · server CPU ms per request (+ Neo4j's) per contender. */
export function figuresTable(rows: CeilingRow[]): string {
  const head = `| query | answer bytes | ${CONTENDERS.map(([, label]) => label).join(' | ')} |`;
  const rule = `|---|--:|${CONTENDERS.map(() => '--:').join('|')}|`;
  const body = rows.map((r) => `| ${r.name} | ${r.bytes} | ${CONTENDERS.map(([key]) => cell(r.figures[key])).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

/**
 * What share of ours − HTTP floor GraphQL itself takes: Apollo − echo (Apollo, Express and
 * graphql-js serving the same answer with no database) over ours − HTTP floor, in server CPU per
 * request and in mean latency. The rest is our resolvers, loaders, repositories and middleware.
 */
export function sharesTable(rows: CeilingRow[]): string {
  const head =
    '| query | ours − HTTP floor CPU ms/req | Apollo − echo CPU ms/req | graphql-js − echo | GraphQL share (CPU) | ours − HTTP floor mean ms | Apollo − echo mean ms | GraphQL share (latency) |';
  const rule = '|---|--:|--:|--:|--:|--:|--:|--:|';
  const body = rows.map((r) => {
    const { ours, httpFloor, echo, apollo } = r.figures;
    const gjs = r.figures['graphql-js'];
    const cpu = (m: Measurement | undefined) => m?.cpuMsPerRequest.server ?? Number.NaN;
    const oursCpu = cpu(ours) - cpu(httpFloor);
    const apolloCpu = cpu(apollo) - cpu(echo);
    const oursMean = (ours?.mean ?? Number.NaN) - (httpFloor?.mean ?? Number.NaN);
    const apolloMean = (apollo?.mean ?? Number.NaN) - (echo?.mean ?? Number.NaN);
    return `| ${r.name} | ${f2(oursCpu)} | ${f2(apolloCpu)} | ${f2(cpu(gjs) - cpu(echo))} | ${pct(apolloCpu / oursCpu)} | ${f1(oursMean)} | ${f1(apolloMean)} | ${pct(apolloMean / oursMean)} |`;
  });
  return [head, rule, ...body].join('\n');
}

/**
 * Ours against the GraphQL floor, both with Neo4j: the same stack (Express, Apollo, graphql-jit,
 * the driver) answering the same JSON, the floor with one hand-written statement in a root
 * resolver. Its distance to the HTTP floor is what serving GraphQL on this stack costs; ours −
 * GraphQL floor is what our design adds (loaders, repositories, the executor, named statements,
 * request scope, result mapping), in the server and in Neo4j.
 */
export function designTable(rows: CeilingRow[]): string {
  const head =
    '| query | server CPU ms/req: HTTP floor | GraphQL floor | ours | GraphQL floor − HTTP floor | ours − GraphQL floor | Neo4j CPU ms/req: HTTP floor | GraphQL floor | ours | req/s: GraphQL floor | ours |';
  const rule = '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const body = rows.map((r) => {
    const { ours, httpFloor, graphqlFloor } = r.figures;
    const server = (m: Measurement | undefined) => m?.cpuMsPerRequest.server ?? Number.NaN;
    const neo4j = (m: Measurement | undefined) => m?.cpuMsPerRequest.neo4j ?? Number.NaN;
    const rps = (m: Measurement | undefined) => (m ? m.requestsPerSecond.toFixed(0) : '–');
    return `| ${r.name} | ${f2(server(httpFloor))} | ${f2(server(graphqlFloor))} | ${f2(server(ours))} | ${f2(server(graphqlFloor) - server(httpFloor))} | ${f2(server(ours) - server(graphqlFloor))} | ${f2(neo4j(httpFloor))} | ${f2(neo4j(graphqlFloor))} | ${f2(neo4j(ours))} | ${rps(graphqlFloor)} | ${rps(ours)} |`;
  });
  return [head, rule, ...body].join('\n');
}

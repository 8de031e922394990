import type { Measurement } from './measure';

/** One query's figures at one number of connections, by contender (ours, httpFloor, echo, graphql-js, apollo). */
export interface CeilingRow {
  name: string;
  bytes: number;
  figures: Record<string, Measurement>;
}

const CONTENDERS: Array<[string, string]> = [
  ['ours', 'ours'],
  ['httpFloor', 'HTTP floor'],
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

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { loadScale, openBenchDatabase, type BenchDatabase } from '../benchDatabase';
import { benchQueries, type BenchQuery } from '../benchQueries';
import { postOptions } from '../postOptions';
import { startServerProcess, type ServerProcess } from '../serverProcess';
import { startChildServer, type ChildServer } from './childServer';
import { designTable, figuresTable, sharesTable, type CeilingRow } from './ceilingReport';
import { CEILING_MODES } from './ceilingModes';
import { measure } from './measure';
import { writeRecordedAnswers, type RecordedAnswer } from './recordedAnswers';

// `npm run bench:ceiling -- --scale 10k`: what a GraphQL server of our kind costs per request
// with no database. Records our API's answer to each read query once, then serves our schema
// with that answer and nothing else through a bare node:http echo, graphql-js alone and Apollo
// Server on Express, checks that each gives the recorded answer, and measures each (and, unless
// --no-ours, our API, the HTTP floor and the GraphQL floor on the same data first: the GraphQL
// floor is the same Apollo with graphql-jit, each query's root field resolved by the floor's
// Cypher, see graphqlFloorResolvers.ts) with autocannon and the server process's CPU time per
// request. Prints markdown; writes nothing.

const READ_QUERIES = ['practicesPage', 'backedBy', 'backedPractices', 'neighborhood'];

const graphqlBody = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** POSTs a GraphQL request and returns its body as sent and its `data`; an answer with errors fails the run. */
async function post(url: string, body: string): Promise<{ text: string; data: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  const answer = JSON.parse(text) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (res.status !== 200 || answer.errors?.length || !answer.data) throw new Error(`${url}: ${res.status} ${answer.errors?.[0]?.message ?? 'no data'}`);
  return { text, data: answer.data };
}

async function main(): Promise<void> {
  const opts = new Command('bench:ceiling')
    .description('What Apollo and graphql-js cost per request for our read queries, with no database, against our API and the HTTP floor.')
    .option('--scale <scale>', 'the bench store whose answers are recorded', '10k')
    .option('--seconds <n>', 'measuring time per query, contender and number of connections', '10')
    .option('--connections <list>', 'numbers of concurrent connections to measure at, comma-separated', '8,1')
    .option('--no-ours', 'measure only the ceiling servers, not our API and the HTTP floor')
    .option('--warm-up <s>', 'seconds each contender with a database answers each query before anything is measured, so none meets a cold Neo4j', '5')
    .parse(process.argv)
    .opts<{ scale: string; seconds: string; connections: string; ours: boolean; warmUp: string }>();
  const seconds = Number(opts.seconds);
  const warmUpSeconds = Number(opts.warmUp);
  const connectionCounts = opts.connections.split(',').map(Number);
  if (!(warmUpSeconds >= 0)) throw new Error(`--warm-up must be a number of seconds, got ${opts.warmUp}`);
  if (!(seconds > 0) || connectionCounts.some((c) => !Number.isInteger(c) || c < 1))
    throw new Error(`--seconds must be positive and --connections whole numbers, got ${opts.seconds} and ${opts.connections}`);
  const say = (m: string) => process.stderr.write(`${m}\n`);
  const rows = new Map<number, CeilingRow[]>(connectionCounts.map((c) => [c, []]));
  const rowOf = (c: number, name: string, bytes: number) => {
    const list = rows.get(c)!;
    let row = list.find((r) => r.name === name);
    if (!row) list.push((row = { name, bytes, figures: {} }));
    return row;
  };

  let db: BenchDatabase | undefined;
  let ours: ServerProcess | undefined;
  let httpFloor: ChildServer | undefined;
  let graphqlFloor: ChildServer | undefined;
  const ceilings: ChildServer[] = [];
  const answersFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ceiling-')), 'answers.json');
  try {
    db = await openBenchDatabase(opts.scale, say);
    const load = await loadScale(db, opts.scale, (line) => process.stderr.write(`\r${line}\u001b[K`));
    process.stderr.write('\n');
    // The same graph parameters as bench/run.ts picks.
    const partnerCount = Math.max(50, Math.round(load.practices / 5));
    const [pick] = await db.executor.read<{ id: string }>('practice/byIds', { ids: [`syn-${load.practices}-7`] });
    const params = { practiceId: pick ? `syn-${load.practices}-7` : 'beta-groups', partnerId: `syn-partner-${Math.floor(partnerCount / 2)}` };
    const queries: BenchQuery[] = benchQueries(params).filter((q) => READ_QUERIES.includes(q.name));

    ours = await startServerProcess(
      {
        NEO4J_URI: db.uri,
        KG_LOAD_SEED: 'false',
        KG_MAX_COST: '10000000',
        NEO4J_TX_TIMEOUT_MS: '120000',
        KG_RESULT_CACHE_MS: '0',
        NODE_ENV: 'production',
        KG_WARM_UP: 'false',
      },
      say,
    );
    const recorded: RecordedAnswer[] = [];
    for (const q of queries) {
      const { text, data } = await post(`${ours.url}/graphql`, graphqlBody(q.ours.query, q.ours.variables));
      recorded.push({ name: q.name, query: q.ours.query, variables: q.ours.variables, data, bytes: Buffer.byteLength(text) });
      say(`${q.name}: recorded our answer, ${Buffer.byteLength(text)} bytes`);
    }
    writeRecordedAnswers(answersFile, recorded);

    if (opts.ours) {
      httpFloor = await startChildServer(path.join(__dirname, '..', 'httpFloor', 'server.ts'), 'HTTP_FLOOR_READY', { NEO4J_URI: db.uri });
      graphqlFloor = await startChildServer(path.join(__dirname, 'server.ts'), 'CEILING_READY', {
        CEILING_MODE: 'graphql-floor',
        NEO4J_URI: db.uri,
        CEILING_QUERIES: READ_QUERIES.join(','),
        CEILING_PRACTICE_ID: params.practiceId,
        CEILING_PARTNER_ID: params.partnerId,
        KG_MAX_COST: '10000000',
      });
      const neo4jPid = db.neo4j?.pid;
      // Neo4j compiles its operators as they run: whoever is measured first on a freshly
      // started store would pay for it (see bench/run.ts's warm-up round).
      if (warmUpSeconds > 0) {
        say(`warm-up: every query, ours, the HTTP floor and the GraphQL floor, ${warmUpSeconds} s each...`);
        const warm = (url: string, body: string) => autocannon({ ...postOptions(url, body, Math.max(...connectionCounts)), duration: warmUpSeconds });
        for (const q of queries) {
          await warm(`${ours.url}/graphql`, graphqlBody(q.ours.query, q.ours.variables));
          await warm(`${httpFloor.url}/q/${q.name}`, JSON.stringify(q.floor.params));
          await warm(`${graphqlFloor.url}/graphql`, graphqlBody(q.ours.query, q.ours.variables));
        }
      }
      for (const q of queries) {
        const bytes = recorded.find((a) => a.name === q.name)!.bytes;
        const floorUrl = `${httpFloor.url}/q/${q.name}`;
        const floorBody = JSON.stringify(q.floor.params);
        const floorData = (await post(floorUrl, floorBody)).data;
        const oursAnswer = JSON.stringify(q.ours.answer(recorded.find((a) => a.name === q.name)!.data));
        if (JSON.stringify(q.ours.answer(floorData)) !== oursAnswer) throw new Error(`${q.name}: the HTTP floor's answer differs from ours`);
        const graphqlFloorUrl = `${graphqlFloor.url}/graphql`;
        const { data: graphqlFloorData } = await post(graphqlFloorUrl, graphqlBody(q.ours.query, q.ours.variables));
        if (JSON.stringify(q.ours.answer(graphqlFloorData)) !== oursAnswer) throw new Error(`${q.name}: the GraphQL floor's answer differs from ours`);
        for (const c of connectionCounts) {
          say(`${q.name}: ours, the HTTP floor and the GraphQL floor, ${c} connection(s), ${seconds} s each...`);
          const withDb = (pid: number): Record<string, number> => (neo4jPid ? { server: pid, neo4j: neo4jPid } : { server: pid });
          rowOf(c, q.name, bytes).figures.ours = await measure(
            `${ours.url}/graphql`,
            graphqlBody(q.ours.query, q.ours.variables),
            seconds,
            c,
            withDb(ours.pid),
          );
          rowOf(c, q.name, bytes).figures.httpFloor = await measure(floorUrl, floorBody, seconds, c, withDb(httpFloor.pid));
          rowOf(c, q.name, bytes).figures.graphqlFloor = await measure(
            graphqlFloorUrl,
            graphqlBody(q.ours.query, q.ours.variables),
            seconds,
            c,
            withDb(graphqlFloor.pid),
          );
        }
      }
    }
    // The ceiling needs no database: stop it all, so that nothing else runs while it is measured.
    await graphqlFloor?.stop();
    graphqlFloor = undefined;
    await httpFloor?.stop();
    httpFloor = undefined;
    await ours.stop();
    ours = undefined;
    await db.stop();
    db = undefined;

    for (const mode of CEILING_MODES) {
      const server = await startChildServer(path.join(__dirname, 'server.ts'), 'CEILING_READY', {
        CEILING_MODE: mode,
        CEILING_ANSWERS: answersFile,
        KG_MAX_COST: '10000000',
      });
      ceilings.push(server);
      const url = `${server.url}/graphql`;
      for (const a of recorded) {
        const body = graphqlBody(a.query, a.variables);
        // No hard-coded answer: the ceiling must give back exactly what our API answered.
        const { data } = await post(url, body);
        if (JSON.stringify(data) !== JSON.stringify(a.data)) throw new Error(`${mode} ${a.name}: the answer differs from our API's`);
        for (const c of connectionCounts) {
          say(`${a.name}: ${mode}, ${c} connection(s), ${seconds} s...`);
          rowOf(c, a.name, a.bytes).figures[mode] = await measure(url, body, seconds, c, { server: server.pid });
        }
      }
      await server.stop();
    }

    const out: string[] = [`## Execution ceiling at ${opts.scale} (result cache off, ${seconds} s per cell, ${os.cpus().length} cores)`];
    for (const c of connectionCounts) {
      const list = rows.get(c)!;
      out.push(
        `\n### ${c} connection${c === 1 ? '' : 's'}\n`,
        'Each cell: req/s · mean latency ms · server CPU ms per request (+ Neo4j CPU ms per request).\n',
        figuresTable(list),
      );
      if (opts.ours) out.push('\n', sharesTable(list), '\n', designTable(list));
    }
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    for (const s of ceilings) await s.stop();
    await graphqlFloor?.stop();
    await httpFloor?.stop();
    await ours?.stop();
    await db?.stop();
    fs.rmSync(path.dirname(answersFile), { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

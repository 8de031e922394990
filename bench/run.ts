import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { loadScale, openBenchDatabase, SCALES, type BenchDatabase } from './benchDatabase';
import { benchQueries, type BenchQuery } from './benchQueries';
import { benchMarkdown, type Figures, type QueryResult } from './benchReport';
import { ratiosOf, targetMarks, targetsMet } from './benchTargets';
import { postOptions } from './postOptions';
import { processCpuMs } from './processCpu';
import { freePort, startServerProcess, type ServerProcess } from './serverProcess';

// `npm run bench -- --scale 10k`: the research queries against our API, the Neo4j GraphQL
// Library serving the same graph, the single hand-written Cypher query for each through the
// driver (the floor), and that same Cypher behind a minimal node:http endpoint returning our JSON
// (the HTTP floor), on one database in one run. Checks first that the four give the same
// answers; then measures throughput and latency percentiles, statements per request and server
// memory; prints tables with the ratios and issue 19's targets and writes
// bench/results/<scale>.json and .md.

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** The body of a GraphQL POST. */
const graphqlBody = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

async function postJson(url: string, body: string): Promise<{ data: unknown; headers: Headers }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (answer.errors?.length) throw new Error(`${url}: ${answer.errors[0]!.message}`);
  return { data: answer.data, headers: res.headers };
}

/** CPU per request (ms) of the processes named, over the measured requests only (not the warm-up). */
export type CpuPerRequest = Record<string, number>;

async function httpFigures(
  url: string,
  body: string,
  seconds: number,
  connections: number,
  pids: Record<string, number> = {},
): Promise<Figures & { cpuMsPerRequest?: CpuPerRequest }> {
  const opts = postOptions(url, body, connections);
  await autocannon({ ...opts, duration: Math.max(1, Math.round(seconds / 3)) }); // warm-up, not recorded
  const before = Object.entries(pids).map(([name, pid]) => [name, pid, processCpuMs(pid)] as const);
  const r = await autocannon({ ...opts, duration: seconds });
  const cpuMsPerRequest = Object.fromEntries(
    before.map(([name, pid, ms]) => [name, Number(((processCpuMs(pid) - ms) / Math.max(1, r.requests.total)).toFixed(2))]),
  );
  return {
    ...(before.length ? { cpuMsPerRequest } : {}),
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p95: r.latency.p97_5,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

async function floorFigures(uri: string, q: BenchQuery, seconds: number, connections: number): Promise<Figures> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true, maxConnectionPoolSize: connections * 2 });
  const run = async () => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(q.floor.cypher, q.floor.params);
    } finally {
      await session.close();
    }
  };
  try {
    const warmUntil = Date.now() + Math.max(1000, (seconds * 1000) / 3);
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < warmUntil) await run();
      }),
    );
    const latencies: number[] = [];
    let errors = 0;
    const until = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < until) {
          const t = performance.now();
          try {
            await run();
            latencies.push(performance.now() - t);
          } catch {
            errors += 1;
          }
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return {
      requestsPerSecond: latencies.length / seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      requests: latencies.length,
      errors,
    };
  } finally {
    await driver.close();
  }
}

/** A contender's server in its own process: where to ask it, whose CPU to read, how to stop it. */
interface ContenderProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a contender's server (the peer, the HTTP floor) as its own process and waits for its ready line. */
async function startContender(name: string, script: string, ready: string, uri: string): Promise<ContenderProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, NEO4J_URI: uri, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes(ready)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the ${name} server exited (${code}): ${stderr}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    pid: child.pid ?? -1,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

function versions(neo4jVersion: string): Record<string, string> {
  const pkg = (name: string) => {
    try {
      const dir = path.join(__dirname, '..', 'node_modules', ...name.split('/'));
      return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return '?';
    }
  };
  return {
    node: process.version,
    neo4j: neo4jVersion,
    '@apollo/server': pkg('@apollo/server'),
    '@neo4j/graphql': pkg('@neo4j/graphql'),
    'neo4j-driver': pkg('neo4j-driver'),
    graphql: pkg('graphql'),
    autocannon: pkg('autocannon'),
  };
}

async function main(): Promise<void> {
  const opts = new Command('bench')
    .description('Benchmark our API against @neo4j/graphql and hand-written Cypher (through the driver and behind node:http) on a synthetic graph.')
    .option('--scale <scale>', `one of ${Object.keys(SCALES).join(', ')}`, '10k')
    .option('--seconds <n>', 'measuring time per query and contender', '10')
    .option('--connections <n>', 'concurrent connections', '8')
    .option('--smoke', 'CI smoke run: short measurements; fails only if the answers disagree')
    .option('--out <dir>', 'results folder', path.join(__dirname, 'results'))
    .option('--warm-up <s>', 'seconds each contender answers each query in a warm-up round before anything is measured, so no contender meets a cold JVM', '5')
    .option('--queries <names>', 'measure only these queries (comma-separated names); results are then not written')
    .option(
      '--result-cache-ms <ms>',
      "our server's result cache for whole-graph aggregations (KG_RESULT_CACHE_MS); 0 measures every request against the database and writes <scale>-uncached.*",
      '60000',
    )
    .parse(process.argv)
    .opts<{
      scale: string;
      seconds: string;
      connections: string;
      smoke?: boolean;
      out: string;
      resultCacheMs: string;
      queries?: string;
      warmUp: string;
    }>();
  const resultCacheMs = Number(opts.resultCacheMs);
  if (!Number.isInteger(resultCacheMs) || resultCacheMs < 0)
    throw new Error(`--result-cache-ms must be a whole number of milliseconds, got ${opts.resultCacheMs}`);
  const seconds = opts.smoke ? 2 : Number(opts.seconds);
  const warmUpSeconds = opts.smoke ? 0 : Number(opts.warmUp);
  if (!(warmUpSeconds >= 0)) throw new Error(`--warm-up must be a number of seconds, got ${opts.warmUp}`);
  const connections = Number(opts.connections);
  const say = (m: string) => process.stderr.write(`${m}\n`);

  let db: BenchDatabase | undefined;
  let ours: ServerProcess | undefined;
  let peer: ContenderProcess | undefined;
  let httpFloor: ContenderProcess | undefined;
  try {
    db = await openBenchDatabase(opts.scale, say);
    const load = await loadScale(db, opts.scale, (line) => process.stderr.write(`\r${line}\u001b[K`));
    process.stderr.write('\n');
    say(
      load.skipped
        ? `store reused: ${load.nodes} nodes, ${load.relationships} relationships`
        : `loaded ${load.nodes} nodes and ${load.relationships} relationships in ${load.seconds.toFixed(1)} s`,
    );

    const partnerCount = Math.max(50, Math.round(load.practices / 5));
    const [pick] = await db.executor.read<{ id: string }>('practice/byIds', { ids: [`syn-${load.practices}-7`] });
    const params = { practiceId: pick ? `syn-${load.practices}-7` : 'beta-groups', partnerId: `syn-partner-${Math.floor(partnerCount / 2)}` };
    const only = opts.queries?.split(',').map((q) => q.trim());
    const queries = benchQueries(params).filter((q) => !only || only.includes(q.name));
    const unknown = only?.filter((name) => !queries.some((q) => q.name === name)) ?? [];
    if (unknown.length > 0)
      throw new Error(
        `--queries: no query named ${unknown.join(', ')}; known: ${benchQueries(params)
          .map((q) => q.name)
          .join(', ')}`,
      );

    ours = await startServerProcess(
      {
        NEO4J_URI: db.uri,
        KG_LOAD_SEED: 'false',
        KG_EXPOSE_DB_STATEMENTS: 'true',
        KG_MAX_COST: '10000000',
        NEO4J_TX_TIMEOUT_MS: '120000',
        KG_RESULT_CACHE_MS: String(resultCacheMs),
        NODE_ENV: 'production',
        KG_WARM_UP: 'false',
      },
      say,
    );
    peer = await startContender('@neo4j/graphql', path.join(__dirname, 'peer', 'server.ts'), 'PEER_READY', db.uri);
    httpFloor = await startContender('HTTP floor', path.join(__dirname, 'httpFloor', 'server.ts'), 'HTTP_FLOOR_READY', db.uri);
    const oursUrl = `${ours.url}/graphql`;
    const driver = neo4j.driver(db.uri, undefined, { disableLosslessIntegers: true });
    const results: QueryResult[] = [];
    const rssBefore = ours.rssMiB();
    let disagreements = 0;
    // Neo4j's JIT compiles its operators as they run: whichever contender is measured first on a
    // freshly started store would pay for it (a cold page ran at a quarter of its warm
    // throughput). So every contender answers every query once before any is measured.
    if (warmUpSeconds > 0) {
      say(`warm-up: every query, every contender, ${warmUpSeconds} s each...`);
      for (const q of queries) {
        const warm = (url: string, body: string) => autocannon({ ...postOptions(url, body, connections), duration: warmUpSeconds });
        await warm(oursUrl, graphqlBody(q.ours.query, q.ours.variables));
        if (q.peer) await warm(peer.url, graphqlBody(q.peer.query, q.peer.variables));
        await warm(`${httpFloor.url}q/${q.name}`, JSON.stringify(q.floor.params));
        await floorFigures(db.uri, q, warmUpSeconds, connections);
      }
    }
    for (const q of queries) {
      say(`${q.name}: checking answers...`);
      const oursBody = graphqlBody(q.ours.query, q.ours.variables);
      const httpFloorUrl = `${httpFloor.url}q/${q.name}`;
      const httpFloorBody = JSON.stringify(q.floor.params);
      const mine = await postJson(oursUrl, oursBody);
      const ourAnswer = q.ours.answer(mine.data);
      const floorRows = (await driver.executeQuery(q.floor.cypher, q.floor.params, { database: 'neo4j' })).records.map((r) => r.toObject());
      const answers: Record<string, string[]> = {
        floor: q.floor.answer(floorRows),
        // The HTTP floor's JSON is read as ours is: it must be our answer's shape as well as its content.
        httpFloor: q.ours.answer((await postJson(httpFloorUrl, httpFloorBody)).data),
      };
      if (q.peer) answers.peer = q.peer.answer((await postJson(peer.url, graphqlBody(q.peer.query, q.peer.variables))).data);
      const same = (name: string) => JSON.stringify(answers[name]) === JSON.stringify(ourAnswer);
      const agree = { floor: same('floor'), httpFloor: same('httpFloor'), peer: q.peer ? same('peer') : null };
      if (!agree.floor || !agree.httpFloor || agree.peer === false) {
        disagreements += 1;
        say(
          `  ANSWERS DIFFER: ours ${ourAnswer.length} items, ${Object.entries(answers)
            .map(([name, a]) => `${name} ${a.length}`)
            .join(', ')}`,
        );
        say(`  ours:  ${JSON.stringify(ourAnswer.slice(0, 3))}`);
        for (const [name, a] of Object.entries(answers)) say(`  ${name}: ${JSON.stringify(a.slice(0, 3))}`);
      }
      const dbStatements = Number(mine.headers.get('x-kg-db-statements') ?? -1);
      say(`${q.name}: measuring ours, ${q.peer ? 'peer, ' : ''}HTTP floor, floor (${seconds} s each)...`);
      // Each HTTP contender's server process and the Neo4j under it (embedded only: /proc).
      const neo4jPid: Record<string, number> = db.neo4j ? { neo4j: db.neo4j.pid } : {};
      const oursFigures = await httpFigures(oursUrl, oursBody, seconds, connections, { server: ours.pid, ...neo4jPid });
      const peerFigures = q.peer
        ? await httpFigures(peer.url, graphqlBody(q.peer.query, q.peer.variables), seconds, connections, { server: peer.pid, ...neo4jPid })
        : null;
      const httpFloorFigures = await httpFigures(httpFloorUrl, httpFloorBody, seconds, connections, { server: httpFloor.pid, ...neo4jPid });
      const floor = await floorFigures(db.uri, q, seconds, connections);
      const ratios = ratiosOf(oursFigures, floor, httpFloorFigures, peerFigures);
      results.push({
        name: q.name,
        description: q.description,
        agree,
        answerSize: ourAnswer.length,
        ours: { ...oursFigures, dbStatements },
        peer: peerFigures,
        floor,
        httpFloor: httpFloorFigures,
        ratios,
        targetsMet: targetsMet(ratios),
      });
      say(
        `  ours p50 ${oursFigures.p50} ms, ${oursFigures.requestsPerSecond.toFixed(0)} req/s, CPU ms/request ${JSON.stringify(oursFigures.cpuMsPerRequest)} · peer ${peerFigures ? `${peerFigures.p50} ms, ${peerFigures.requestsPerSecond.toFixed(0)} req/s` : '–'} · HTTP floor ${httpFloorFigures.p50} ms, ${httpFloorFigures.requestsPerSecond.toFixed(0)} req/s · floor ${floor.p50.toFixed(1)} ms, ${floor.requestsPerSecond.toFixed(0)} req/s · targets ${targetMarks(targetsMet(ratios))}`,
      );
    }
    await driver.close();
    const meta = {
      scale: opts.scale,
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
      commit: await gitCommit(),
      seconds,
      warmUpSeconds,
      connections,
      rssBefore: Math.round(rssBefore),
      rssAfter: Math.round(ours.rssMiB()),
      versions: versions(db.neo4j?.version ?? 'external'),
      smoke: opts.smoke === true,
      resultCacheMs,
    };
    const md = benchMarkdown(opts.scale, load, results, meta);
    process.stdout.write(`\n${md}\n`);
    // A partial run would overwrite a whole run's results with a part of them.
    if (!opts.smoke && !only) {
      fs.mkdirSync(opts.out, { recursive: true });
      const base = path.join(opts.out, resultCacheMs === 0 ? `${opts.scale}-uncached` : opts.scale);
      fs.writeFileSync(`${base}.json`, `${JSON.stringify({ meta, load, results }, null, 2)}\n`);
      fs.writeFileSync(`${base}.md`, md);
      say(`wrote ${base}.json and .md`);
    }
    if (disagreements > 0) {
      say(`${disagreements} queries gave different answers`);
      process.exitCode = 1;
    }
  } finally {
    await httpFloor?.stop();
    await peer?.stop();
    await ours?.stop();
    await db?.stop();
  }
}

async function gitCommit(): Promise<string> {
  return new Promise((resolve) => {
    const git = spawn('git', ['rev-parse', '--short', 'HEAD'], { cwd: path.join(__dirname, '..') });
    let out = '';
    git.stdout.on('data', (d: Buffer) => (out += d.toString()));
    git.on('exit', () => resolve(out.trim() || 'unknown'));
    git.on('error', () => resolve('unknown'));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

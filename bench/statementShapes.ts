import { Command } from 'commander';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypherCatalog } from '../src/db/cypherCatalog';
import { shapeStatement } from '../src/db/cypherShapes';
import type { QueryName } from '../src/db/queryNames';
import type { PracticeFilterParams } from '../src/practice/practiceFilter';
import { NO_LISTS } from '../src/practice/practiceRepository';
import { openBenchDatabase, SCALES } from './benchDatabase';
import { benchQueries, type BenchQuery } from './benchQueries';
import { processCpuMs } from './processCpu';

// `npm run bench:shapes -- --scale 10k`: what our statements cost Neo4j against statements
// written by hand for the one question asked. For the practices page and backedBy it runs,
// through the driver alone (no HTTP, no GraphQL), on the same store:
//   - ours: the statement our API sends, in the shape the executor picks for the benchmark's
//     filter and selection (src/db/cypherShapes.ts);
//   - shaped: that statement as a generator would write it for exactly that filter and selection
//     (only the selected fields, no map per backing beyond what is read), its answers the same;
//   - floor: the benchmark's hand-written Cypher (bench/benchQueries.ts).
// and reports the Neo4j CPU per call (from /proc) and calls per second, several rounds in turn so
// that the JIT's warming is seen and shared. The hand-shaped statements are written here, not in
// cypher/: they measure what is left between our shapes and a generator's.

interface Contender {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
  /** The answer in a form the three share, to check they agree before comparing their costs. */
  answer: (rows: Row[]) => string[];
}

type Row = Record<string, unknown>;
const sortedIds = (xs: unknown): string =>
  (xs as Array<string | { id: string }>)
    .map((x) => (typeof x === 'string' ? x : x.id))
    .sort()
    .join(',');
// A page row of ours or shaped (practice, implementedBy, partners, themes) or of the floor (id, countries, partners, themes).
const pageAnswer = (rows: Row[]): string[] =>
  rows
    .slice(0, 20)
    .map(
      (r) =>
        `${String((r.practice as { id?: string } | undefined)?.id ?? r.id)}|${sortedIds(r.implementedBy ?? r.countries)}|${sortedIds(r.partners)}|${sortedIds(r.themes)}`,
    );
const backingAnswer = (b: Row): string =>
  `${String(b.instrument)}|${(b.provision as string | null) ?? ''}|${(b.theme as string | null) ?? ''}|${((b.pathType ?? b.path) as unknown[]).length}`;

// Typed, so that a filter added to PracticeFilterParams must be added here too.
const NO_FILTER: Omit<PracticeFilterParams, 'themes'> = {
  countries: null,
  involvedCountries: null,
  instruments: null,
  partners: null,
  partnerKinds: null,
  groups: null,
  stages: null,
  objectives: null,
  targets: null,
  text: null,
  asOf: null,
};

function contenders(catalog: ReadonlyMap<QueryName, string>, query: (name: string) => BenchQuery, practiceId: string): Record<string, Contender[]> {
  const page = query('practicesPage');
  const backedBy = query('backedBy');
  // In the shape the executor sends for these parameters (src/db/cypherShapes.ts).
  const ours = (name: QueryName, params: Record<string, unknown>) => ({ name: 'ours', cypher: shapeStatement(catalog.get(name)!, params), params });
  return {
    practicesPage: [
      {
        // As PracticeRepository.page sends it for the benchmark's selection: countries { id }
        // (implementedBy), partners { id } (partner ids only), themes { id }; no row field.
        ...ours('practice/pageByTitle:TITLE_ASC', {
          ...NO_FILTER,
          themes: ['health'],
          after: null,
          limit: neo4j.int(21),
          with: { ...NO_LISTS, implementedBy: true, partnerIds: true, themes: true },
          withRow: false,
        }),
        answer: pageAnswer,
      },
      {
        name: 'shaped',
        cypher: `MATCH (p:Practice) WHERE p.title IS NOT NULL AND EXISTS { (p)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes }
WITH p ORDER BY p.title ASC, p.id ASC LIMIT $limit
RETURN p.title AS sortKey,
COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(c:Country) RETURN c.id ORDER BY c.id } AS implementedBy,
COLLECT { MATCH (p)-[:PARTNERS_WITH]->(x:Partner) RETURN x {.id} AS partner ORDER BY x.name } AS partners,
COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id } AS themes,
p {.id, .title} AS practice`,
        params: { themes: ['health'], limit: neo4j.int(21) },
        answer: pageAnswer,
      },
      { name: 'floor', cypher: page.floor.cypher, params: page.floor.params, answer: pageAnswer },
    ],
    backedBy: [
      {
        // As the backedBy loader sends it for `practice(id) { backedBy { ... path { type provenance { basis evidence } } } }`.
        ...ours('practice/backedBy', { ids: [practiceId], withSteps: true, withRules: false, withEnds: false, withReasons: false, withRow: false }),
        answer: (rows) => ((rows[0]?.backings ?? []) as Row[]).map(backingAnswer).sort(),
      },
      {
        name: 'shaped',
        cypher: `MATCH (p:Practice {id: $id})<-[b:BACKS]-(i:Instrument)
RETURN b {instrument: i.id, .provision, .theme, .pathType, .pathBasis, .pathEvidence} AS backing
ORDER BY b.specificityRank DESC, backing.instrument, backing.theme, backing.provision`,
        params: { id: practiceId },
        answer: (rows) => rows.map((r) => backingAnswer(r.backing as Row)).sort(),
      },
      { name: 'floor', cypher: backedBy.floor.cypher, params: backedBy.floor.params, answer: (rows) => rows.map(backingAnswer).sort() },
    ],
  };
}

async function measure(driver: Driver, c: Contender, neo4jPid: number, seconds: number, connections: number): Promise<{ perSecond: number; cpuMs: number }> {
  const run = () => driver.executeQuery(c.cypher, c.params, { database: 'neo4j', routing: neo4j.routing.READ });
  const before = processCpuMs(neo4jPid);
  const until = Date.now() + seconds * 1000;
  let calls = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        await run();
        calls += 1;
      }
    }),
  );
  return { perSecond: calls / seconds, cpuMs: (processCpuMs(neo4jPid) - before) / Math.max(1, calls) };
}

async function main(): Promise<void> {
  const opts = new Command('bench:shapes')
    .description('Neo4j CPU per call: our generic statement, the same statement shaped for the one question, and the hand-written floor.')
    .option('--scale <scale>', `one of ${Object.keys(SCALES).join(', ')} (its store must be loaded: npm run bench:load)`, '10k')
    .option('--seconds <n>', 'seconds per contender per round', '4')
    .option('--rounds <n>', 'rounds, each contender in turn; the last is reported as warm', '3')
    .option('--connections <n>', 'concurrent callers', '8')
    .parse(process.argv)
    .opts<{ scale: string; seconds: string; rounds: string; connections: string }>();
  const db = await openBenchDatabase(opts.scale, (m) => process.stderr.write(`${m}\n`));
  if (!db.neo4j) throw new Error('bench:shapes reads Neo4j CPU from /proc: it needs the embedded Neo4j (NEO4J_URI unset)');
  const driver = neo4j.driver(db.uri, undefined, { disableLosslessIntegers: true, maxConnectionPoolSize: Number(opts.connections) * 2 });
  try {
    const practices = SCALES[opts.scale]!;
    const practiceId = `syn-${practices}-7`;
    const queries = benchQueries({ practiceId, partnerId: 'syn-partner-0' });
    const byName = (name: string) => queries.find((q) => q.name === name)!;
    const all = contenders(loadCypherCatalog(), byName, practiceId);
    for (const [query, cs] of Object.entries(all)) {
      // The three must agree before their costs mean anything.
      const answers = await Promise.all(
        cs.map(async (c) => c.answer((await driver.executeQuery(c.cypher, c.params, { database: 'neo4j' })).records.map((r) => r.toObject()))),
      );
      const differ = cs.filter((_c, i) => JSON.stringify(answers[i]) !== JSON.stringify(answers[0]));
      if (differ.length > 0) throw new Error(`${query}: ${differ.map((c) => c.name).join(' and ')} answer differently from ours`);
      process.stdout.write(`${query}: the three give the same ${answers[0]!.length} answers\n`);
      for (let round = 1; round <= Number(opts.rounds); round += 1) {
        const line: string[] = [];
        for (const c of cs) {
          const r = await measure(driver, c, db.neo4j.pid, Number(opts.seconds), Number(opts.connections));
          line.push(`${c.name} ${r.cpuMs.toFixed(2)} ms CPU, ${r.perSecond.toFixed(0)}/s`);
        }
        process.stdout.write(`  round ${round}: ${line.join(' · ')}\n`);
      }
    }
  } finally {
    await driver.close();
    await db.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

import neo4j from 'neo4j-driver';
import { openBenchDatabase } from './bench/benchDatabase';
import { startServerProcess } from './bench/serverProcess';
import { benchQueries } from './bench/benchQueries';
(async () => {
  const db = await openBenchDatabase('10k', () => {});
  const srv = await startServerProcess({ NEO4J_URI: db.uri, KG_LOAD_SEED: 'false', KG_MAX_COST: '10000000' });
  const d = neo4j.driver(db.uri, undefined, { disableLosslessIntegers: true });
  for (const q of benchQueries({ practiceId: 'syn-10000-7', partnerId: 'syn-partner-1000' })) {
    const ours: number[] = []; const floor: number[] = [];
    for (let i = 0; i < 30; i++) {
      let t = performance.now();
      await fetch(`${srv.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.ours.query, variables: q.ours.variables }) }).then((r) => r.text());
      ours.push(performance.now() - t);
      t = performance.now();
      const s = d.session({ defaultAccessMode: neo4j.session.READ }); await s.run(q.floor.cypher, q.floor.params); await s.close();
      floor.push(performance.now() - t);
    }
    ours.sort((a, b) => a - b); floor.sort((a, b) => a - b);
    console.log(q.name.padEnd(16), 'ours p50', ours[15]!.toFixed(1), ' floor p50', floor[15]!.toFixed(1));
  }
  await d.close(); await srv.stop(); await db.stop();
})();

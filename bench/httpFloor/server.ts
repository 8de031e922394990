import http from 'node:http';
import neo4j from 'neo4j-driver';
import { benchQueries, type BenchQuery } from '../benchQueries';

// The HTTP floor: each research query's hand-written Cypher (its `floor.cypher`) behind the least
// HTTP that serves it, `node:http` and one driver, answering `POST /q/<name>` (the body is the
// query's parameters as JSON) with `{"data": ...}` shaped as our GraphQL answer. What it costs
// over the driver floor is what HTTP and JSON cost; what ours costs over it is GraphQL's share.
// Started by the benchmark as its own process, like the peer.

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const password = process.env.NEO4J_PASSWORD ?? '';
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const driver = neo4j.driver(uri, password ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', password) : undefined, {
    disableLosslessIntegers: true,
  });
  await driver.verifyConnectivity({ database });
  // The Cypher and the answer's shape do not depend on the graph's parameters; the request brings those.
  const byName = new Map<string, BenchQuery>(benchQueries({ practiceId: '', partnerId: '' }).map((q) => [q.name, q]));

  const answer = async (q: BenchQuery, body: string): Promise<string> => {
    const params = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(q.floor.cypher, params);
      return JSON.stringify({ data: q.floor.data(result.records.map((r) => r.toObject())) });
    } finally {
      await session.close();
    }
  };

  const server = http.createServer((req, res) => {
    const q = req.method === 'POST' && req.url?.startsWith('/q/') ? byName.get(req.url.slice(3)) : undefined;
    if (!q) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"message":"no such query"}]}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      answer(q, Buffer.concat(chunks).toString('utf8')).then(
        (json) => res.writeHead(200, { 'content-type': 'application/json' }).end(json),
        (err: unknown) =>
          res
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ errors: [{ message: err instanceof Error ? err.message : String(err) }] })),
      );
    });
  });
  const port = Number(process.env.PORT ?? 4002);
  server.listen(port, '127.0.0.1', () => process.stdout.write(`HTTP_FLOOR_READY http://127.0.0.1:${port}/\n`));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { writeBackup } from '../../../src/backup/writeBackup';
import { DatabaseNotEmptyError, restoreBackup } from '../../../src/backup/restoreBackup';
import { BackupFileError } from '../../../src/backup/readBackup';
import { TestHelper } from '../../support/TestHelper';
import { graphFingerprint, type GraphFingerprint } from '../../support/graphFingerprint';

const ROOT = path.join(__dirname, '..', '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-backup-'));

/** Runs `bin/kg.js` against the suite's Neo4j. */
function kg(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: process.env.KG_TEST_NEO4J_URI ?? '', LOG_LEVEL: 'warn' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

const gzLines = (file: string) => zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
const writeGz = (file: string, lines: string[]) => fs.writeFileSync(file, zlib.gzipSync(`${lines.join('\n')}\n`));

/**
 * A writer that commits in bursts: each write adds a Probe numbered after the last, links it to
 * the one before (NEXT) and sets the counter to its number, all in one transaction. A backup that
 * is one moment of the graph holds a chain 1..n and the counter n; one that is not may hold a
 * counter ahead of the chain, or a chain with a gap.
 */
function startWriter(helper: TestHelper, burstMs: number, pauseMs: number) {
  let running = true;
  let failure: Error | undefined;
  const commits: number[] = [];
  let onBurst: (() => void) | undefined;
  const loop = (async () => {
    while (running) {
      onBurst?.();
      const end = Date.now() + burstMs;
      while (running && Date.now() < end) {
        await helper.cypher(
          `MERGE (c:ProbeCounter {id: 'probe'})
           WITH c, coalesce(c.value, 0) + 1 AS seq
           SET c.value = seq
           CREATE (p:Probe {seq: seq})
           WITH p, seq
           OPTIONAL MATCH (prev:Probe {seq: seq - 1})
           FOREACH (_ IN CASE WHEN prev IS NULL THEN [] ELSE [1] END | CREATE (prev)-[:NEXT]->(p))`,
        );
        commits.push(Date.now());
      }
      if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
    }
  })().catch((err: unknown) => (failure = err instanceof Error ? err : new Error(String(err))));
  return {
    commits,
    /** Resolves when the next burst begins. */
    nextBurst: () => new Promise<void>((resolve) => (onBurst = () => ((onBurst = undefined), resolve()))),
    async stop() {
      running = false;
      await loop;
      if (failure) throw failure;
    },
  };
}

/** Readers that keep asking while the backup runs, as the API would. */
function startReaders(helper: TestHelper) {
  let running = true;
  let reads = 0;
  const loops = [0, 1].map(async () => {
    while (running) {
      await helper.executor.read('stats/graph');
      await helper.executor.read('health/counts');
      reads += 2;
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return reads;
    },
  };
}

async function totals(helper: TestHelper): Promise<{ nodes: number; relationships: number }> {
  const [row] = await helper.executor.read<{ nodes: number; relationships: number }>('health/counts');
  return row!;
}

describe('kg backup and kg restore', () => {
  let helper: TestHelper;
  let original: GraphFingerprint;
  const file = path.join(tmp, 'graph.jsonl.gz');

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    // Values a JSON round trip would lose (a float 2.0, NaN, -0.0, an integer beyond 2^53, times
    // in a zone, durations), names that need quoting, a node with nothing, a loop.
    await helper.cypher(`
      MATCH (beta:Practice {id: 'beta-groups'})
      CREATE (e:Extra:\`Odd Label\` {id: 'extra', f: 2.0, nan: sqrt(-1.0), inf: exp(1000.0), negZero: -0.0,
        big: 9007199254740993, at: datetime('2026-01-31T10:00:00.123456789[Europe/Paris]'), lt: localtime('12:34:56.789'),
        t: time('10:00+02:00'), ldt: localdatetime('2026-01-31T10:00'), day: date('2015-10-14'),
        span: duration('P1Y2M3DT4H5M6.007S'), fl: [1.5, 2.0], il: [1, 9007199254740993], bl: [true, false], sl: ['a', 'b'],
        days: [date('2020-01-01')], empty: [], quote: 'a "quoted"\\nline'})
      CREATE (e)-[:\`ODD TYPE\` {w: 0.5, since: date('2020-01-01')}]->(beta)
      CREATE (e)-[:SELF]->(e)
      CREATE ()`);
    original = await graphFingerprint(helper);
  }, 180_000); // loading the seed takes a while on a loaded machine
  afterAll(async () => {
    await helper.cypher('MATCH (n) WHERE n:Extra OR n:Probe OR n:ProbeCounter OR (size(labels(n)) = 0 AND size(keys(n)) = 0) DETACH DELETE n');
    await helper.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('backup → wipe (schema too) → restore gives the same nodes, relationships and properties, and the schema back', async () => {
    const report = await writeBackup(helper.executor, file, { source: 'test' });
    expect(report.manifest).toMatchObject({ snapshot: true, skippedRelationships: 0 });
    expect(report.manifest.labels.Practice).toBe(27);
    expect(report.manifest.labels.Extra).toBe(1);
    expect(report.manifest.types['ODD TYPE']).toBe(1);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    await helper.wipe();
    await helper.cypher('DROP CONSTRAINT practice_id');
    await helper.cypher('DROP INDEX practice_text');
    const restored = await restoreBackup(helper.executor, file);
    expect(restored.manifest.nodes).toBe(report.manifest.nodes);

    const after = await graphFingerprint(helper);
    expect(Object.keys(after.labels).sort()).toEqual(Object.keys(original.labels).sort());
    expect(after).toEqual(original);
    const constraints = (await helper.cypher<{ name: string }>('SHOW CONSTRAINTS YIELD name')).map((r) => r.name);
    const indexes = (await helper.cypher<{ name: string }>('SHOW INDEXES YIELD name')).map((r) => r.name);
    expect(constraints).toContain('practice_id');
    expect(indexes).toContain('practice_text');
    expect(indexes).not.toContain('kg_restore_key');
    const [marks] = await helper.cypher<{ n: number }>('MATCH (n:_KgRestore) RETURN count(n) AS n');
    expect(marks?.n).toBe(0);
    // The restored graph serves: the API's reads see it.
    const [practices] = await helper.executor.read<{ total: number }>('practice/countAll');
    expect(practices?.total).toBe(27);
  });

  it('refuses a non-empty database unless forced, and a damaged or foreign file changes nothing even then', async () => {
    await expect(restoreBackup(helper.executor, file)).rejects.toThrow(DatabaseNotEmptyError);
    await expect(restoreBackup(helper.executor, file)).rejects.toThrow(/holds \d+ nodes and \d+ relationships; a restore loads only into an empty one/);

    const lines = gzLines(file);
    const bad = (name: string) => path.join(tmp, name);
    fs.writeFileSync(bad('text.gz'), 'not a backup\n');
    fs.writeFileSync(bad('cut.gz'), fs.readFileSync(file).subarray(0, Math.floor(fs.statSync(file).size / 2)));
    writeGz(bad('no-manifest.gz'), lines.slice(0, -1));
    writeGz(
      bad('tampered.gz'),
      lines.map((l) => l.replace('"Beta Groups"', '"Beta Gr0ups"')),
    );
    writeGz(bad('newer.gz'), [lines[0]!.replace('"version":1', '"version":2'), ...lines.slice(1)]);
    writeGz(bad('foreign.gz'), ['{"hello": "world"}']);
    writeGz(bad('shape.gz'), [lines[0]!, '{"n":0,"l":"Practice","p":{}}', ...lines.slice(2)]);
    writeGz(bad('dangling.gz'), [...lines.slice(0, -1), '{"r":"NEXT","s":0,"e":999999,"p":{}}', lines.at(-1)!]);
    writeGz(bad('float.gz'), [lines[0]!, '{"n":0,"l":["X"],"p":{"x":1.5}}', ...lines.slice(2)]);
    const cases: Array<[string, RegExp]> = [
      ['text.gz', /text\.gz is not a readable kg backup: incorrect header check \(not gzip, or damaged\)/],
      ['cut.gz', /cut\.gz is not a readable kg backup: unexpected end of file/],
      ['no-manifest.gz', /no-manifest\.gz ends at line \d+ without its manifest: the file was cut short/],
      ['tampered.gz', /tampered\.gz: checksum mismatch \(manifest [0-9a-f]{64}, content [0-9a-f]{64}\): the file was damaged/],
      ['newer.gz', /newer\.gz is a backup of format version 2; this kg reads version 1/],
      ['foreign.gz', /foreign\.gz is not a kg backup/],
      ['shape.gz', /shape\.gz:2: l: /],
      ['dangling.gz', /dangling\.gz:\d+: relationship NEXT names node 999999, which the file does not hold/],
      ['float.gz', /float\.gz:2: p\.x: /],
      ['missing.gz', /missing\.gz: no such file/],
    ];
    for (const [name, message] of cases) {
      const attempt = restoreBackup(helper.executor, bad(name), { force: true });
      await expect(attempt).rejects.toThrow(BackupFileError);
      await expect(restoreBackup(helper.executor, bad(name), { force: true })).rejects.toThrow(message);
    }
    expect(await graphFingerprint(helper)).toEqual(original);

    // --force replaces what is there with the backup, which is not merged with it.
    await helper.cypher("CREATE (:Extra {id: 'added after the backup'})");
    const held = await totals(helper);
    const forced = await restoreBackup(helper.executor, file, { force: true });
    expect(forced.deleted).toEqual(held);
    expect(forced.deleted.nodes).toBe(forced.manifest.nodes + 1);
    expect(await graphFingerprint(helper)).toEqual(original);
  });

  it('a backup taken while writes and reads run is one moment of the graph', async () => {
    const rest = 'NOT x:Probe AND NOT x:ProbeCounter';
    const before = await graphFingerprint(helper, rest);
    // The writer pauses long enough for a whole backup to fit in a pause, however loaded the machine.
    const quietStart = Date.now();
    await writeBackup(helper.executor, file, { source: 'test' });
    const pauseMs = Math.max(2_500, 3 * (Date.now() - quietStart) + 1_000);
    fs.rmSync(file);
    const readers = startReaders(helper);
    const writer = startWriter(helper, 400, pauseMs);
    // The first burst began at once; the backup starts with the second, so its first attempt sees writes.
    await writer.nextBurst();
    const started = Date.now();
    const backup = await writeBackup(helper.executor, file, { source: 'test', attempts: 10, onRetry: () => undefined });
    const ended = Date.now();
    await writer.stop();
    const reads = await readers.stop();
    expect(reads).toBeGreaterThan(0);
    expect(writer.commits.some((t) => t >= started && t <= ended)).toBe(true);
    expect(backup.attempts).toBeGreaterThan(1);
    expect(backup.manifest.snapshot).toBe(true);
    const [live] = await helper.cypher<{ value: number }>('MATCH (c:ProbeCounter) RETURN c.value AS value');

    await helper.wipe();
    await restoreBackup(helper.executor, file);
    const [probes] = await helper.cypher<{ counter: number; count: number; max: number; links: number; chained: number }>(
      `MATCH (c:ProbeCounter) OPTIONAL MATCH (p:Probe)
       WITH c, count(p) AS count, max(p.seq) AS max
       RETURN c.value AS counter, count, max, COUNT { ()-[:NEXT]->() } AS links,
              COUNT { MATCH (a:Probe)-[:NEXT]->(b:Probe) WHERE b.seq = a.seq + 1 } AS chained`,
    );
    expect(probes!.counter).toBeGreaterThan(0);
    expect(probes!.counter).toBeLessThanOrEqual(live!.value);
    expect(probes).toEqual({
      counter: probes!.counter,
      count: probes!.counter,
      max: probes!.counter,
      links: probes!.counter - 1,
      chained: probes!.counter - 1,
    });
    expect(await graphFingerprint(helper, rest)).toEqual(before);
  }, 300_000);

  it('when writes never pause, the last attempt is kept and says it is not a snapshot; it still restores whole', async () => {
    const rest = 'NOT x:Probe AND NOT x:ProbeCounter';
    const before = await graphFingerprint(helper, rest);
    const writer = startWriter(helper, 600_000, 0);
    while (writer.commits.length < 3) await new Promise((r) => setTimeout(r, 50));
    const backup = await writeBackup(helper.executor, file, { source: 'test', attempts: 1 });
    await writer.stop();
    expect(backup.manifest.snapshot).toBe(false);
    await restoreBackup(helper.executor, file, { force: true });
    // Every relationship in the file joins nodes the file holds; the graph apart from the probes is whole.
    const [restored] = await helper.cypher<{ relationships: number }>('MATCH ()-[r]->() RETURN count(r) AS relationships');
    expect(restored?.relationships).toBe(backup.manifest.relationships);
    expect(await graphFingerprint(helper, rest)).toEqual(before);
  }, 120_000);

  it('on the command line: backup, a refused restore, a forced one, a damaged file', async () => {
    await helper.cypher('MATCH (n) WHERE n:Probe OR n:ProbeCounter DETACH DELETE n');
    const out = path.join(tmp, 'cli.jsonl.gz');
    const held = await totals(helper);
    const backup = await kg(['backup', '--out', out]);
    expect(backup).toMatchObject({ code: 0, err: expect.stringContaining(`: ${held.nodes} nodes, ${held.relationships} relationships`) });
    // The file exists: not replaced without --force.
    expect(await kg(['backup', '--out', out])).toMatchObject({
      code: 2,
      err: expect.stringContaining(`error: ${out} exists; choose another name or pass --force`),
    });
    const refused = await kg(['restore', out]);
    expect(refused).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^error: the database neo4j holds \d+ nodes .* \(--force deletes everything in it first\)/m),
    });
    const restored = await kg(['restore', out, '--force']);
    expect(restored).toMatchObject({ code: 0, out: expect.stringMatching(/^Restored \d+ nodes and \d+ relationships from /) });
    expect(await graphFingerprint(helper)).toEqual(original);
    fs.writeFileSync(path.join(tmp, 'junk.gz'), 'junk');
    const damaged = await kg(['restore', path.join(tmp, 'junk.gz'), '--force']);
    expect(damaged).toMatchObject({ code: 1, err: expect.stringMatching(/junk\.gz is not a readable kg backup/) });
    expect(await graphFingerprint(helper)).toEqual(original);
  }, 120_000);
});

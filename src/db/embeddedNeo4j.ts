import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { ensureLauncherBuilt } from './neo4jLauncherBuild';

/** How to start an embedded Neo4j. */
export interface EmbeddedNeo4jOptions {
  storeDir: string;
  port: number;
  heap: string;
  pagecache: string;
  startTimeoutMs: number;
  /** Server-side transaction timeout; 0 disables it. */
  txTimeoutMs?: number;
  log?: (msg: string) => void;
}

/** A running embedded Neo4j. */
export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly version: string;
  readonly pid: number;
  /** Stops Neo4j and waits for the JVM to exit. Safe to call twice. */
  stop(): Promise<void>;
}

const STDERR_TAIL_LINES = 60;

/**
 * Starts Neo4j 5.26 Community in a child JVM (see neo4j-embedded/) and resolves once its Bolt
 * connector accepts connections. The JVM watches its stdin, so it exits with this process even
 * when this process is killed without a chance to clean up.
 */
export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const build = await ensureLauncherBuilt(log);
  fs.mkdirSync(opts.storeDir, { recursive: true });

  const args = [
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-cp',
    build.classpath,
    'org.migrantrights.kg.EmbeddedNeo4j',
    '--store',
    opts.storeDir,
    '--port',
    String(opts.port),
    '--pagecache',
    opts.pagecache,
    '--plugins',
    build.pluginDir,
    '--tx-timeout',
    `${Math.round((opts.txTimeoutMs ?? 0) / 1000)}s`,
  ];
  log(`Starting embedded Neo4j on bolt://127.0.0.1:${opts.port} (store ${opts.storeDir})...`);
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
  });

  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = await waitForReady(child, exited, opts.startTimeoutMs, () => stderrTail.join('\n'));

  let stopping: Promise<void> | undefined;
  return {
    uri: ready.uri,
    version: ready.version,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= stopChild(child, exited);
      return stopping;
    },
  };
}

async function waitForReady(
  child: ChildProcessWithoutNullStreams,
  exited: Promise<number | null>,
  timeoutMs: number,
  stderrTail: () => string,
): Promise<{ uri: string; version: string }> {
  const lines = readline.createInterface({ input: child.stdout });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${timeoutMs / 1000} s (NEO4J_START_TIMEOUT_MS). Its last output:\n${stderrTail()}`));
    }, timeoutMs);
    lines.on('line', (line) => {
      if (line.startsWith('NEO4J_READY ')) {
        clearTimeout(timer);
        const [, uri = '', version = ''] = line.split(' ');
        resolve({ uri, version });
      } else if (line.startsWith('NEO4J_FAILED ')) {
        clearTimeout(timer);
        reject(new Error(`Embedded Neo4j could not start: ${line.slice('NEO4J_FAILED '.length)}`));
      }
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Could not run java: ${err.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Embedded Neo4j exited (code ${code}) before it was ready. Its last output:\n${stderrTail()}`));
    });
  });
}

async function stopChild(child: ChildProcessWithoutNullStreams, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(killer);
}

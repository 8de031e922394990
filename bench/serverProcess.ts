import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A server started as its own process (as `npm start` would), for load tests and benchmarks. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** The resident memory of the server process, in MiB (from /proc). */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `src/main.ts` with its own embedded Neo4j on free ports and a throwaway store (or the
 * NEO4J_URI server when set), and waits for /health to say the database is up.
 */
export async function startServerProcess(env: Record<string, string> = {}, log: (m: string) => void = () => {}): Promise<ServerProcess> {
  const port = await freePort();
  const store = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-'));
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (node refuses
  // --cpu-prof in NODE_OPTIONS), to find where a measured request spends our server's time.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(__dirname, '..', 'src', 'main.ts')], {
    env: { ...process.env, PORT: String(port), NEO4J_EMBEDDED_PORT: String(await freePort()), NEO4J_DATA_DIR: store, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  log(`starting the server (embedded Neo4j, store ${store})...`);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${stderr}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the server did not become healthy in 240 s:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  return {
    url,
    pid: child.pid ?? -1,
    rssMiB() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      fs.rmSync(store, { recursive: true, force: true });
    },
  };
}

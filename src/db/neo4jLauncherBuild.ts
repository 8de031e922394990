import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';

/** Where the Maven project of the embedded launcher lives. */
export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-embedded');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const CLASSPATH_FILE = path.join(TARGET, 'classpath.txt');
const CLASS_FILE = path.join(TARGET, 'classes', 'org', 'migrantrights', 'kg', 'EmbeddedNeo4j.class');
const SOURCES = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'org', 'migrantrights', 'kg', 'EmbeddedNeo4j.java')];

/** The JVM classpath and plugin directory of a built launcher. */
export interface LauncherBuild {
  classpath: string;
  pluginDir: string;
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function isUpToDate(): boolean {
  const built = Math.min(mtime(CLASSPATH_FILE), mtime(CLASS_FILE));
  return built > 0 && SOURCES.every((src) => mtime(src) <= built);
}

function requireCommand(cmd: string, args: string[], hint: string): void {
  const res = spawnSync(cmd, args, { stdio: 'ignore' });
  if (res.error || res.status !== 0) {
    throw new Error(`\`${cmd}\` was not found or does not run: ${hint}`);
  }
}

/**
 * Builds the launcher with Maven when its classes or classpath are missing or older than its
 * sources. The first build downloads Neo4j and APOC into ~/.m2 (about 150 MB), so it reports
 * what it is doing instead of sitting silent.
 */
export async function ensureLauncherBuilt(log: (msg: string) => void = () => {}): Promise<LauncherBuild> {
  if (!isUpToDate()) {
    requireCommand('java', ['-version'], 'install Java 17 or newer (Debian: apt-get install openjdk-17-jdk-headless)');
    requireCommand('mvn', ['-v'], 'install Maven 3.8 or newer (Debian: apt-get install maven)');
    log('Building the embedded Neo4j launcher with Maven (the first run downloads Neo4j 5.26 into ~/.m2)...');
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn('mvn', ['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`Maven could not build the Neo4j launcher (exit ${code}):\n${output.slice(-4000)}`));
      });
    });
    // Maven leaves an unchanged classpath.txt as it was, older than the changed source: without
    // this, every later start would find the build stale and run Maven again.
    const now = new Date();
    fs.utimesSync(CLASSPATH_FILE, now, now);
    log(`Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  const deps = fs.readFileSync(CLASSPATH_FILE, 'utf8').trim();
  const pluginDir = path.join(TARGET, 'plugins');
  // APOC must be on the classpath for its kernel extension and in the plugin directory for its
  // procedures, as in a Neo4j server, where plugins/* is on the classpath too.
  const classpath = [path.join(TARGET, 'classes'), deps, path.join(pluginDir, '*')].join(path.delimiter);
  return { classpath, pluginDir };
}

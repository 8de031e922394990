import { spawn } from 'node:child_process';
import path from 'node:path';
import { run } from '../../src/cli/kg';
import { loadCypherCatalog } from '../../src/db/cypherCatalog';
import { QUERY_NAMES } from '../../src/db/queryNames';

const ROOT = path.join(__dirname, '..', '..');

/** Runs the command line in-process and returns its exit code and output. */
async function kg(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['node', 'kg', ...args], {
    out: (t) => out.push(t),
    write: (t) => Promise.resolve(void out.push(t)),
    err: (t) => err.push(t),
    progress: () => undefined,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs `bin/kg.js` as a user would; `closeStdout` stops reading its output at once. */
function kgProcess(args: string[], env: Record<string, string>, closeStdout = false): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    if (closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('kg cypher (reads cypher/ only)', () => {
  const catalog = loadCypherCatalog();

  it('show prints a statement exactly as the executor runs it', async () => {
    const res = await kg('cypher', 'show', 'practice/pageByTitle:TITLE_DESC');
    expect(res.code).toBe(0);
    expect(res.out).toBe(catalog.get('practice/pageByTitle:TITLE_DESC'));
    expect(res.out).toMatch(/ORDER BY p\.title DESC, p\.id ASC/);
    expect(res.out).toMatch(/p\.title < \$after\.key/);
    const cypherLines = res.out.split('\n').filter((l) => !l.trim().startsWith('//'));
    expect(cypherLines.join('\n')).not.toMatch(/\{\{|\}\}/);
    expect(res.out).not.toMatch(/@include|@variant TITLE_ASC/);
  });

  it('an unknown name is exit 2 with the close names', async () => {
    const res = await kg('cypher', 'show', 'practice/pageTitleAsc');
    expect(res.code).toBe(2);
    expect(res.out).toBe('');
    expect(res.err).toMatch(
      /no Cypher statement is named "practice\/pageTitleAsc"; close names:\n {2}practice\/pageByTitle:TITLE_ASC\n {2}practice\/pageOfTextMatches:TITLE_ASC\n/,
    );
    const typo = await kg('cypher', 'show', 'partner/pge');
    expect(typo.err).toMatch(/close names:\n {2}partner\/page\n\(`kg cypher list` lists every name\)/);
    const far = await kg('cypher', 'show', 'nothing-like-it');
    expect(far.code).toBe(2);
    expect(far.err).toBe('error: no Cypher statement is named "nothing-like-it"\n(`kg cypher list` lists every name)');
  });

  it('a fragment is not a statement: exit 2, with the statements it is spliced into', async () => {
    const res = await kg('cypher', 'show', 'practice/_conditions');
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/practice\/_conditions is a fragment, not a statement; it is spliced into:\n {2}export\/practices\n/);
  });

  it('list prints every name; --including only the statements a fragment is spliced into', async () => {
    const all = await kg('cypher', 'list');
    expect(all.code).toBe(0);
    expect(all.out.split('\n')).toEqual([...QUERY_NAMES]);
    const including = await kg('cypher', 'list', '--including', 'practice/_conditions');
    expect(including.out.split('\n')).toEqual([
      'export/practices',
      'export/subgraph',
      'gaps/coverage',
      'instrument/matrix',
      'practice/count',
      'practice/facetCounts',
      'practice/pageByTitle:TITLE_ASC',
      'practice/pageByTitle:TITLE_DESC',
      'practice/pageOfTextMatches:TITLE_ASC',
      'practice/pageOfTextMatches:TITLE_DESC',
      'practice/pageOfTextMatches:RELEVANCE',
    ]);
    const typo = await kg('cypher', 'list', '--including', 'practice/_condition');
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/no fragment is named "practice\/_condition"; close names:\n {2}practice\/_conditions\n/);
  });

  it('has --help', async () => {
    expect((await kg('--help')).out).toMatch(/\n {2}cypher\s+The Cypher statements as they run/);
    const help = await kg('cypher', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/list \[options\][\s\S]*show <name>/);
    expect((await kg('cypher', 'list', '--help')).out).toMatch(/--including <fragment>/);
  });

  it('runs with no database to reach', async () => {
    // Port 1 answers nobody: a command that connected would fail.
    const res = await kgProcess(['cypher', 'show', 'practice/count'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(res).toEqual({ code: 0, out: `${catalog.get('practice/count')}\n`, err: '' });
  });

  it('stops quietly when its reader stops reading (kg cypher list | head)', async () => {
    const res = await kgProcess(['cypher', 'list'], { NEO4J_URI: 'bolt://127.0.0.1:1' }, true);
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
  });
});

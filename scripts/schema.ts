import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { printedSchema } from '../src/schema/printedSchema';

// `npm run schema:print` writes schema.graphql, the sorted printed schema; `npm run schema:check`
// (CI) fails when the committed file differs from what schema/ builds, and lists the breaking
// changes (graphql-inspector) against the schema.graphql of a git ref (KG_SCHEMA_BASE, default
// HEAD~1, the commit before this one): each must be named, by its path, in CHANGELOG.md.
const root = path.join(__dirname, '..');
const file = path.join(root, 'schema.graphql');
const changelog = path.join(root, 'CHANGELOG.md');
const now = printedSchema();

function committedAt(ref: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${ref}:schema.graphql`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

async function check(): Promise<number> {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed !== now) {
    process.stderr.write('schema.graphql differs from what schema/*.graphql builds: run `npm run schema:print` and commit it.\n');
    return 1;
  }
  const base = process.env.KG_SCHEMA_BASE ?? 'HEAD~1';
  const before = committedAt(base);
  if (before === undefined) {
    process.stdout.write(`schema.graphql is up to date (no schema.graphql at ${base} to compare with).\n`);
    return 0;
  }
  const changes = await diff(buildSchema(before), buildSchema(now));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
  const recorded = fs.existsSync(changelog) ? fs.readFileSync(changelog, 'utf8') : '';
  // A path counts when named whole: `Query.node` is not recorded by `Query.nodes`.
  const named = (p: string) => new RegExp(`(^|[^\\w.])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`).test(recorded);
  const unrecorded = breaking.filter((c) => !c.path || !named(c.path));
  for (const c of breaking) process.stdout.write(`BREAKING  ${c.path ?? ''}: ${c.message}${unrecorded.includes(c) ? '  <- not in CHANGELOG.md' : ''}\n`);
  for (const c of dangerous) process.stdout.write(`dangerous ${c.path ?? ''}: ${c.message}\n`);
  process.stdout.write(
    `schema.graphql is up to date; against ${base}: ${changes.length} changes, ${breaking.length} breaking, ${dangerous.length} dangerous.\n`,
  );
  if (unrecorded.length > 0) {
    process.stderr.write(`${unrecorded.length} breaking change(s) not recorded in CHANGELOG.md: name each path there, with what clients must do.\n`);
    return 1;
  }
  return 0;
}

if (process.argv.includes('--check')) {
  check().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    },
  );
} else {
  fs.writeFileSync(file, now);
  process.stdout.write('schema.graphql written\n');
}

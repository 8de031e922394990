import type { TxRunner } from '../db/executor';
import { SourceError } from '../ingest/SourceError';
import type { CuratedRows } from './curatedSeed';
import { NEW_PRACTICE_DEFAULTS } from '../practice/practiceProperties';

/**
 * Applies seeds/curated/curation.yaml inside the load's transaction, after the paper's seeds:
 * removals, then practices, then links. Only the practices the store holds at an older version
 * than the file (or not at all) are touched, so a load never undoes a curator's later change and
 * loading the same file twice changes nothing. Returns the practices brought up to the file.
 */
export async function applyCurated(tx: TxRunner, curated: CuratedRows): Promise<number> {
  const ids = [...curated.versions.keys()];
  if (ids.length === 0) return 0;
  const stored = new Map((await tx.run<{ id: string; version: number }>('curation/versions', { ids })).map((r) => [r.id, r.version]));
  const behind = new Set(ids.filter((id) => (stored.get(id) ?? 0) < curated.versions.get(id)!));
  if (behind.size === 0) return 0;
  const of = (key: string) => (row: Record<string, unknown>) => behind.has(row[key] as string);
  await tx.run('load/curatedTombstones', { rows: curated.tombstones.filter(of('practice')) });
  await tx.run('load/curatedPractices', { rows: curated.practices.filter(of('id')), defaults: NEW_PRACTICE_DEFAULTS });
  const links = curated.links.filter(of('practice'));
  const [made] = await tx.run<{ made: string[] }>('load/curatedLinks', { rows: links });
  const key = (l: Record<string, unknown>) => `${String(l.practice)} ${String(l.type)} ${String(l.target)}`;
  const missing = links.map(key).filter((k) => !made?.made.includes(k));
  if (missing.length > 0)
    throw new SourceError(curated.file, undefined, `links whose practice or target the graph does not hold: ${missing.slice(0, 5).join('; ')}`);
  return behind.size;
}

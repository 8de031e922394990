import type { TxRunner } from '../db/executor';
import { BACKING_RULE, BackingRule, type BackingEdge, type BackingRuleInputs, type BackingStep, type BackingSubject } from './backingRule';

/** Which subjects to derive for: some practices (null: every practice), and the themes or not. */
export interface BackingScope {
  practiceIds: string[] | null;
  withThemes: boolean;
}

/** Edges per write statement: a whole load's are millions, too many for one parameter list. */
const WRITE_ROWS = 20_000;

/**
 * Writes derived edges (cypher/backing/write.cypher): each edge as one list of integers, each
 * shared step and text sent once per statement. Sent as maps, 1,000 practices' edges were 14 MB,
 * and sending them was most of the write's time.
 */
export async function writeBackings(tx: TxRunner, edges: BackingEdge[]): Promise<void> {
  for (const label of ['Practice', 'Theme'] as const) {
    const own = edges.filter((e) => e.subjectLabel === label);
    for (let i = 0; i < own.length; i += WRITE_ROWS) {
      const steps = new Map<BackingStep, number>();
      // The first text is null, so a null field is index 0.
      const texts = new Map<BackingStep['basis'], number>([[null, 0]]);
      const step = (s: BackingStep): number => steps.get(s) ?? steps.set(s, steps.size).size - 1;
      const text = (t: BackingStep['basis']): number => texts.get(t) ?? texts.set(t, texts.size).size - 1;
      const rows = own
        .slice(i, i + WRITE_ROWS)
        .map((e) => [
          text(e.target),
          text(e.subject),
          text(e.theme),
          text(e.provision),
          text(e.basis),
          text(e.specificity),
          e.specificityRank,
          e.path.length,
          ...e.path.map(step),
          ...e.reasons.map(text),
        ]);
      const name = label === 'Practice' ? 'backing/write:PRACTICE' : 'backing/write:THEME';
      await tx.run(name, { edges: rows, steps: [...steps.keys()], texts: [...texts.keys()], rule: BACKING_RULE });
    }
  }
}

/** The rule, prepared from the graph's reference side as it stands in this transaction. */
export async function readBackingRule(tx: TxRunner): Promise<BackingRule> {
  const [inputs] = await tx.run<BackingRuleInputs>('backing/rules');
  if (!inputs) throw new Error('backing/rules returned no row');
  return new BackingRule(inputs);
}

/**
 * Derives the scope's backings anew inside the caller's transaction: deletes their BACKS edges,
 * reads each practice with the edges the rule follows, applies the rule (src/backing/backingRule.ts)
 * and writes what it derived. A load passes the rule it read once; a curation write reads it here.
 * Returns the number of edges written.
 */
export async function rederiveBackings(tx: TxRunner, scope: BackingScope, rule?: BackingRule): Promise<number> {
  const use = rule ?? (await readBackingRule(tx));
  await tx.run('backing/clear', { ...scope });
  const edges: BackingEdge[] = scope.withThemes ? use.themeBackings() : [];
  if (scope.practiceIds === null || scope.practiceIds.length > 0) {
    for (const subject of await tx.run<BackingSubject>('backing/subjects', { practiceIds: scope.practiceIds })) edges.push(...use.practiceBackings(subject));
  }
  await writeBackings(tx, edges);
  return edges.length;
}

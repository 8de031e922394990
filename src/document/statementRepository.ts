import type { Executor } from '../db/executor';
import type { StatementRow } from './statementRows';

/** Which statements of a policy part: its recommendations or its guiding questions. */
export type StatementKind = 'RECOMMENDATION' | 'GUIDING_QUESTION';

/** A document's recommendations or guiding questions in its order; `document` and `themes` narrow them (null: all). */
export async function readStatements(executor: Executor, kind: StatementKind, document: string | null, themes: string[] | null): Promise<StatementRow[]> {
  const rows = await executor.read<{ statement: StatementRow }>(`document/statements:${kind}`, { document, themes });
  return rows.map((r) => r.statement);
}

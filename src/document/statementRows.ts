/** What a recommendation or guiding question speaks of: a theme, group or stage (a SPEAKS_OF edge). */
export interface StatementTopicRow {
  type: 'Theme' | 'Group' | 'Stage';
  id: string;
  basis: string;
  evidence: string;
  rule: string | null;
}

/** A recommendation or a guiding question of a document's policy part. */
export interface StatementRow {
  id: string;
  number: number;
  text: string;
  document: string;
  sourceLines: number[];
  basis: string;
  evidence: string;
  speaksOf: StatementTopicRow[];
}

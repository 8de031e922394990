import fs from 'node:fs';

/** One read query as the ceiling servers are asked it, with the answer our API gave to it. */
export interface RecordedAnswer {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The `data` of our API's answer, as parsed from its JSON. */
  data: Record<string, unknown>;
  /** The answer's JSON body as our API sent it, in bytes. */
  bytes: number;
}

/** Writes the recorded answers for a ceiling server process to read at its start. */
export function writeRecordedAnswers(file: string, answers: RecordedAnswer[]): void {
  fs.writeFileSync(file, JSON.stringify(answers));
}

/** Reads the recorded answers written by `writeRecordedAnswers`. */
export function readRecordedAnswers(file: string): RecordedAnswer[] {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as RecordedAnswer[];
}

/**
 * The root object whose fields are the recorded answers' root fields (the four read queries ask
 * distinct ones), so that default resolvers return the recorded objects and nothing else runs.
 */
export function recordedRoot(answers: RecordedAnswer[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const a of answers) {
    for (const [field, value] of Object.entries(a.data)) {
      if (field in root) throw new Error(`two recorded answers share the root field ${field}; the ceiling serves one answer per root field`);
      root[field] = value;
    }
  }
  return root;
}

import path from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { readDataFile, type DataIssue } from '../ingest/readDataFile';
import { readTextFile } from '../ingest/readTextFile';
import type { ReferenceData } from '../ingest/referenceData';

/** Where the scope table lives, relative to the project. */
export const INSTRUMENT_SCOPE_FILE = 'seeds/reference/instrument-scope.yaml';

const entrySchema = z
  .object({
    instrument: z.string().min(1),
    groups: z.array(z.string().min(1)).default([]),
    stages: z.array(z.string().min(1)).default([]),
    themes: z.array(z.string().min(1)).default([]),
    names: z.array(z.string().min(2)).default([]),
    reason: z.string().min(10),
  })
  .strict()
  .refine((e) => e.groups.length + e.stages.length + e.themes.length + e.names.length > 0, {
    message: 'an entry names at least one group, stage, theme or name',
  });

/** One instrument's scope, with the line of its entry (the evidence of what derive concludes from it). */
export interface InstrumentScope extends z.infer<typeof entrySchema> {
  line: number;
}

function checkScope(entries: Array<z.infer<typeof entrySchema>>, ref: ReferenceData): DataIssue[] {
  const issues: DataIssue[] = [];
  const known = {
    instrument: new Set(ref.instruments.map((i) => i.id)),
    groups: new Set(ref.groups.map((g) => g.id)),
    stages: new Set(ref.stages.map((s) => s.id)),
    themes: new Set(ref.themes.map((t) => t.id)),
  };
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (!known.instrument.has(e.instrument))
      issues.push({ path: [i, 'instrument'], message: `unknown instrument ${e.instrument}; add it to seeds/reference/instruments.yaml first` });
    if (seen.has(e.instrument)) issues.push({ path: [i, 'instrument'], message: `instrument ${e.instrument} has two entries` });
    seen.add(e.instrument);
    for (const key of ['groups', 'stages', 'themes'] as const) {
      e[key].forEach((id, j) => {
        if (!known[key].has(id)) issues.push({ path: [i, key, j], message: `unknown ${key.slice(0, -1)} ${id}; the ${key} are ${[...known[key]].join(', ')}` });
      });
    }
  });
  return issues;
}

/**
 * Reads seeds/reference/instrument-scope.yaml: which groups each instrument protects, which
 * stages and themes are its whole scope, and how a practice's text may name it. Unknown ids fail
 * with file and line.
 */
export function readInstrumentScope(seedsDir: string, ref: ReferenceData): InstrumentScope[] {
  const file = path.join(seedsDir, 'reference', 'instrument-scope.yaml');
  const shown = `${path.basename(seedsDir)}/reference/instrument-scope.yaml`;
  const entries = readDataFile(file, z.array(entrySchema), shown, (data) => checkScope(data, ref));
  // The schema passed, so the document is a sequence of one map per entry: read each one's line.
  const lineCounter = new LineCounter();
  const doc = parseDocument(readTextFile(file, shown).text, { lineCounter });
  const items = isSeq(doc.contents) ? doc.contents.items : [];
  return entries.map((e, i) => {
    const node = items[i] as { range?: [number, number, number] } | undefined;
    return { ...e, line: node?.range ? lineCounter.linePos(node.range[0]).line : 0 };
  });
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Java's \s (what Cypher's =~ meant when the rule was Cypher, and what the paper's texts were
// matched with since): ASCII whitespace only, where JavaScript's would take a no-break space too.
const WHITESPACE = '[ \\t\\n\\x0B\\f\\r]+';

/**
 * The regular expression that finds `name` in a practice's text (src/backing/backingRule.ts): an
 * abbreviation in capitals (CRC, ICRMW, C182) case-sensitively as a whole word, anything else
 * case-insensitively, as whole words, whitespace-tolerant.
 */
export function nameRegExp(name: string): RegExp {
  const abbreviation = /^[A-Z0-9-]+$/.test(name) && /[A-Z]/.test(name);
  const words = name
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegex(w.replace(/[’']/g, "'")).replace(/'/g, "['’]"))
    .join(WHITESPACE);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, abbreviation ? 'su' : 'isu');
}

import type { NumberedLine } from './joinLines';
import type { TextFile } from './readTextFile';
import { SourceError } from './SourceError';

/** The fields of the GFMD Policy and Practice Database format, in the order they appear. */
export const ANNEX_FIELDS = [
  ['title', 'Title of M&D Policy or Practice'],
  ['country', 'Country'],
  ['partners', 'Partner(s)'],
  ['thematicAreas', 'Thematic Area(s)'],
  ['tags', 'Tags'],
  ['summary', 'Summary'],
  ['webLinks', 'Web Links'],
] as const;

/** One of the annex's field keys. */
export type AnnexField = (typeof ANNEX_FIELDS)[number][0];

/** One practice as it stands in the annex: each field's content lines, noise removed. */
export interface RawPractice {
  /** Line of its `Title of M&D Policy or Practice:` label. */
  start: number;
  /** Last line with content before the next practice or the end of the file. */
  end: number;
  fields: Record<AnnexField, NumberedLine[]>;
  /** Line of each field's label. */
  labelLines: Record<AnnexField, number>;
}

/** Lines that are layout, not content. */
export interface NoiseRules {
  /** Exact (trimmed) lines that are page artefacts, such as a URL repeated in every page footer. */
  artifactLines: string[];
}

const LABEL = new RegExp(`^(${ANNEX_FIELDS.map(([, label]) => label.replace(/[()&]/g, '\\$&')).join('|')})\\s*:\\s*(.*)$`);
const LABEL_TO_KEY = new Map<string, AnnexField>(ANNEX_FIELDS.map(([key, label]) => [label, key]));

/** True for lines a PDF extraction leaves between content: page numbers, footnote markers. */
export function isNoiseLine(trimmed: string, rules: NoiseRules): boolean {
  return trimmed === '' || /^\d{1,3}$/.test(trimmed) || /^[ivxlc]{1,6}$/.test(trimmed) || rules.artifactLines.includes(trimmed);
}

/**
 * Parses every practice of a GFMD-format annex. The annex starts after a line reading `ANNEX`
 * when there is one (the policy part before it is skipped), else at the first title label.
 * Fields may be empty, wrapped over several lines and interleaved with page noise; a missing,
 * repeated or out-of-order label is an error with its line.
 */
export function parseAnnex(file: TextFile, rules: NoiseRules): RawPractice[] {
  const annexLine = file.lines.findIndex((l) => /^\s*ANNEX\s*$/.test(l));
  const practices: RawPractice[] = [];
  let current: { start: number; fields: Partial<Record<AnnexField, NumberedLine[]>>; labelLines: Partial<Record<AnnexField, number>> } | undefined;
  let field: AnnexField | undefined;
  let lastContent = 0;

  const finish = () => {
    if (!current) return;
    const title = current.fields.title
      ?.map((l) => l.text)
      .join(' ')
      .trim();
    for (const [key, label] of ANNEX_FIELDS) {
      if (current.fields[key] === undefined) {
        const truncated = key === 'webLinks' || key === 'summary';
        throw new SourceError(
          file.file,
          current.start,
          `the practice ${JSON.stringify(title ?? '?')} has no "${label}:" field${truncated && practices.length >= 0 ? ' (is the file truncated?)' : ''}`,
        );
      }
    }
    if (!title) throw new SourceError(file.file, current.start, 'a practice has an empty title');
    practices.push({
      start: current.start,
      end: Math.max(lastContent, current.start),
      fields: current.fields as Record<AnnexField, NumberedLine[]>,
      labelLines: current.labelLines as Record<AnnexField, number>,
    });
  };

  for (let i = annexLine + 1; i < file.lines.length; i++) {
    const n = i + 1;
    const trimmed = (file.lines[i] ?? '').trim();
    const label = LABEL.exec(trimmed);
    if (label) {
      const key = LABEL_TO_KEY.get(label[1]!)!;
      if (key === 'title') {
        finish();
        current = { start: n, fields: {}, labelLines: {} };
      } else if (!current) {
        throw new SourceError(file.file, n, `"${label[1]}:" appears before any "Title of M&D Policy or Practice:"`);
      } else if (current.fields[key] !== undefined) {
        throw new SourceError(file.file, n, `"${label[1]}:" appears twice in the same practice (a missing title label above?)`);
      } else {
        const expected = ANNEX_FIELDS.findIndex(([k]) => k === key);
        const missing = ANNEX_FIELDS.slice(0, expected).find(([k]) => current!.fields[k] === undefined);
        if (missing) {
          const title =
            current.fields.title
              ?.map((l) => l.text)
              .join(' ')
              .trim() ?? '?';
          throw new SourceError(file.file, n, `the practice ${JSON.stringify(title)} has no "${missing[1]}:" field before "${label[1]}:"`);
        }
      }
      field = key;
      current.fields[key] = [];
      current.labelLines[key] = n;
      if (label[2]!.trim()) {
        current.fields[key].push({ n, text: label[2]!.trim() });
        lastContent = n;
      }
      continue;
    }
    if (!current || !field || isNoiseLine(trimmed, rules)) continue;
    current.fields[field]!.push({ n, text: trimmed });
    lastContent = n;
  }
  finish();
  if (practices.length === 0) {
    throw new SourceError(
      file.file,
      annexLine >= 0 ? annexLine + 1 : undefined,
      'no practice found (expected lines reading "Title of M&D Policy or Practice:")',
    );
  }
  return practices;
}

import { joinLines, type JoinedText, type NumberedLine } from './joinLines';
import type { TextFile } from './readTextFile';

/** A footnote of the policy part: its roman numeral, its text and where it stands. */
export interface Footnote {
  id: string;
  text: JoinedText;
  lines: [number, number];
}

/** A theme's section and its "Cadre international des droits de l'homme" paragraph. */
export interface ThemeSection {
  theme: string;
  heading: number;
  framework: { text: JoinedText; lines: [number, number] } | undefined;
}

/** A numbered item (a recommendation or a guiding question). */
export interface NumberedItem {
  number: number;
  text: JoinedText;
  lines: [number, number];
}

/** What the policy part of a background paper yields. */
export interface PolicyPart {
  footnotes: Map<string, Footnote>;
  /** The notes at the foot of a page, numbered in arabic (the paper's first note names its authors). */
  notes: Map<string, Footnote>;
  sections: ThemeSection[];
  recommendations: NumberedItem[];
  guidingQuestions: NumberedItem[];
}

const ROMAN: Array<[number, string]> = [
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 1 → i, 29 → xxix. */
export function toRoman(n: number): string {
  let out = '';
  for (const [value, numeral] of ROMAN)
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  return out;
}

function numbered(lines: string[], from: number, to: number): NumberedLine[] {
  const out: NumberedLine[] = [];
  for (let i = from; i < to; i++) {
    const text = (lines[i] ?? '').trim();
    if (text && !/^\d{1,3}$/.test(text) && !/^[ivxl]{1,6}$/.test(text)) out.push({ n: i + 1, text });
  }
  return out;
}

function items(lines: NumberedLine[]): NumberedItem[] {
  const groups: NumberedLine[][] = [];
  for (const line of lines) {
    if (/^\d+\.\s/.test(line.text)) groups.push([line]);
    else groups.at(-1)?.push(line);
  }
  return groups.map((g) => ({
    number: Number(/^(\d+)\./.exec(g[0]!.text)![1]),
    text: joinLines(g.map((l, i) => (i === 0 ? { n: l.n, text: l.text.replace(/^\d+\.\s*/, '') } : l))),
    lines: [g[0]!.n, g.at(-1)!.n],
  }));
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Reads the French policy part: footnotes (roman numerals, numbered in sequence, at the end),
 * page-foot notes (arabic numerals),
 * each theme's section and framework paragraph (found by the headings in themes.yaml), the
 * recommendations and the guiding questions. Parts it cannot find are simply absent.
 */
export function parsePolicyPart(file: TextFile, themes: Array<{ id: string; heading: string }>): PolicyPart {
  const lines = file.lines;
  const annex = lines.findIndex((l) => /^\s*ANNEX\s*$/.test(l));
  const end = annex >= 0 ? annex : lines.length;
  const find = (re: RegExp, from = 0) => {
    for (let i = from; i < end; i++) if (re.test(lines[i] ?? '')) return i;
    return -1;
  };

  // Footnotes: lines that start with the next numeral in sequence followed by text.
  const footnotes = new Map<string, Footnote>();
  const recsAt = find(/^\s*Recommandations\s*:?\s*$/);
  const questionsAt = find(/^\s*Questions directrices\s*$/);
  let next = 1;
  let current: { id: string; lines: NumberedLine[] } | undefined;
  const close = () => {
    if (!current || current.lines.length === 0) return;
    footnotes.set(current.id, { id: current.id, text: joinLines(current.lines), lines: [current.lines[0]!.n, current.lines.at(-1)!.n] });
  };
  const footStart = Math.max(questionsAt, recsAt, 0);
  let firstFootnoteLine = end;
  for (let i = footStart; i < end; i++) {
    const raw = lines[i] ?? '';
    const m = new RegExp(`^\\s?${toRoman(next)}\\s+(\\S.*)$`).exec(raw);
    if (m) {
      close();
      if (next === 1) firstFootnoteLine = i;
      current = { id: toRoman(next), lines: [{ n: i + 1, text: m[1]!.trim() }] };
      next += 1;
    } else if (current && raw.trim()) {
      current.lines.push({ n: i + 1, text: raw.trim() });
    }
  }
  close();

  // Page-foot notes: after the PDF's separator (a line of blanks), lines `<n> <text>` open a note
  // and unindented lines continue it, until the body text resumes (the extraction indents it by a space).
  const notes = new Map<string, Footnote>();
  const closeNote = (note: { id: string; lines: NumberedLine[] } | undefined) => {
    if (note) notes.set(note.id, { id: note.id, text: joinLines(note.lines), lines: [note.lines[0]!.n, note.lines.at(-1)!.n] });
  };
  for (let i = 0; i < end; i++) {
    if (!/^\s{20,}$/.test(lines[i] ?? '')) continue;
    let note: { id: string; lines: NumberedLine[] } | undefined;
    for (let k = i + 1; k < end; k++) {
      const raw = lines[k] ?? '';
      if (!raw.trim()) continue;
      if (/^\s/.test(raw)) break;
      const m = /^(\d{1,2})\s+(\S.*)$/.exec(raw);
      if (m) {
        closeNote(note);
        note = { id: m[1]!, lines: [{ n: k + 1, text: m[2]!.trim() }] };
      } else if (note) note.lines.push({ n: k + 1, text: raw.trim() });
      else break;
    }
    closeNote(note);
  }

  const headings = themes.map((t) => ({ theme: t.id, at: find(new RegExp(`^\\s*${norm(t.heading).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)) }));
  const stops = [...headings.map((h) => h.at), find(/^\s*Partenariats visant/), recsAt, firstFootnoteLine].filter((x) => x >= 0).sort((a, b) => a - b);
  const sections: ThemeSection[] = headings
    .filter((h) => h.at >= 0)
    .map((h) => {
      const sectionEnd = stops.find((s) => s > h.at) ?? end;
      const fw = find(/^\s*Cadre international des droits de l/, h.at);
      const framework = fw >= 0 && fw < sectionEnd ? numbered(lines, fw, sectionEnd) : [];
      return {
        theme: h.theme,
        heading: h.at + 1,
        framework: framework.length ? { text: joinLines(framework), lines: [framework[0]!.n, framework.at(-1)!.n] as [number, number] } : undefined,
      };
    });

  const recommendations = recsAt >= 0 ? items(numbered(lines, recsAt + 1, questionsAt >= 0 ? questionsAt : firstFootnoteLine)) : [];
  const guidingQuestions = questionsAt >= 0 ? items(numbered(lines, questionsAt + 1, firstFootnoteLine)) : [];
  return { footnotes, notes, sections, recommendations, guidingQuestions };
}

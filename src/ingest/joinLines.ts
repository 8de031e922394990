/** A line of a source file with its 1-based number. */
export interface NumberedLine {
  n: number;
  text: string;
}

/** Lines joined into one string that still knows which line each character came from. */
export interface JoinedText {
  text: string;
  /** The source line number of the character at `offset`. */
  lineAt(offset: number): number;
}

/**
 * Joins wrapped lines with single spaces; a line ending in a hyphen that is followed by a
 * lower-case letter or a digit is rejoined without a space ("non-" + "criminalization").
 */
export function joinLines(lines: NumberedLine[], separator = ' '): JoinedText {
  let text = '';
  const starts: Array<{ offset: number; n: number }> = [];
  for (const line of lines) {
    const piece = line.text.replace(/\s+/g, ' ').trim();
    if (!piece) continue;
    if (text) {
      const keepTight = /-$/.test(text) && /^[a-z0-9%]/.test(piece);
      if (!keepTight) text += separator;
    }
    starts.push({ offset: text.length, n: line.n });
    text += piece;
  }
  return {
    text,
    lineAt(offset: number) {
      let n = starts[0]?.n ?? 0;
      for (const s of starts) {
        if (s.offset > offset) break;
        n = s.n;
      }
      return n;
    },
  };
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A RegExp matching `phrase` as whole words (letters and digits count as word characters). */
export function wholeWords(phrase: string, flags = 'gu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, flags);
}

import type { NumberedLine } from './joinLines';
import { SourceError } from './SourceError';

const STARTS_URL = /^([a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const URL_IN_TEXT = /([a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"]+/gi;
const ANY_SCHEME = /[a-z][a-z0-9+.-]*:\/\//gi;

/**
 * The web links of a practice's Web Links lines, each checked: a link that is not a parseable
 * http(s) URL with exactly one scheme fails the ingest with the file and line it came from.
 * A URL the PDF wrapped over two lines is rejoined, but a line that starts a URL of its own is
 * never taken as the tail of the previous one (two links on consecutive lines stay two links).
 */
export function webLinks(lines: NumberedLine[], file: string, practiceTitle: string): string[] {
  const merged: NumberedLine[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const prev = merged.at(-1);
    const continues = prev && /(https?:\/\/|www\.)\S*[-/_%]$/i.test(prev.text) && /^\S+$/.test(text) && !STARTS_URL.test(text);
    if (continues) merged[merged.length - 1] = { n: prev.n, text: prev.text + text };
    else merged.push({ n: line.n, text });
  }
  return merged.flatMap((line) =>
    (line.text.match(URL_IN_TEXT) ?? []).map((raw) => {
      const link = raw.replace(/[.,;)]+$/, '');
      checkLink(link, file, line.n, practiceTitle);
      return link;
    }),
  );
}

function checkLink(link: string, file: string, line: number, practiceTitle: string): void {
  const fail = (why: string) => {
    throw new SourceError(file, line, `bad web link ${JSON.stringify(link)} in the Web Links of ${JSON.stringify(practiceTitle)}: ${why}`);
  };
  // "www.example.org" is written without a scheme in the annex; it is checked as http.
  const absolute = /^www\./i.test(link) ? `http://${link}` : link;
  const schemes = absolute.match(ANY_SCHEME) ?? [];
  if (schemes.length !== 1) fail(`it has ${schemes.length} schemes (${schemes.join(', ')}); are two links joined?`);
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return fail('it is not a parseable URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`scheme ${url.protocol} is not http or https`);
  if (!url.hostname.includes('.')) fail(`host ${JSON.stringify(url.hostname)} is not a domain name`);
}

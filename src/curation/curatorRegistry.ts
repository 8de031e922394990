import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';

/** The name the single `CURATOR_TOKEN` curates under: it says who holds it no better than that. */
export const ANONYMOUS_CURATOR = 'anonymous';

const MIN_TOKEN_LENGTH = 16;

// Token → curator name. A bad entry is reported by its position, never by its token.
const tokenMap = z.record(z.string(), z.string().trim().min(1).max(100));

/**
 * The curators a server accepts: token digests and names. Tokens are kept only as SHA-256
 * digests, so a dump of the process or a log line of this object shows no token.
 */
export class CuratorRegistry {
  private constructor(private readonly entries: ReadonlyArray<{ digest: Buffer; name: string }>) {}

  /** No curators: curation is disabled. */
  static readonly none = new CuratorRegistry([]);

  /**
   * From the configuration: `CURATOR_TOKENS` (a JSON object `{ "<token>": "<name>" }`, inline
   * when it starts with `{`, else the path of a file holding one) and the single
   * `CURATOR_TOKEN`, which curates as "anonymous".
   */
  static fromConfig(config: { CURATOR_TOKEN?: string; CURATOR_TOKENS?: string }): CuratorRegistry {
    const named = config.CURATOR_TOKENS ? readTokenMap(config.CURATOR_TOKENS) : {};
    const all: Array<[string, string]> = Object.entries(named);
    if (config.CURATOR_TOKEN) all.push([config.CURATOR_TOKEN, ANONYMOUS_CURATOR]);
    return CuratorRegistry.of(all);
  }

  /** From token → name pairs (tests; the configuration goes through {@link fromConfig}). */
  static of(pairs: Iterable<[string, string]>): CuratorRegistry {
    const entries = [...pairs].map(([token, name], i) => {
      if (token.length < MIN_TOKEN_LENGTH)
        throw new Error(`curator token #${i + 1} (of ${JSON.stringify(name)}) is shorter than ${MIN_TOKEN_LENGTH} characters`);
      return { digest: digest(token), name };
    });
    return new CuratorRegistry(entries);
  }

  /** Whether any curator may write. */
  get enabled(): boolean {
    return this.entries.length > 0;
  }

  /**
   * The curator whose token the Authorization header carries, or null. Every known digest is
   * compared, in constant time, whatever matched before: neither which token matched, nor how
   * much of one, nor its length shows in the time taken.
   */
  identify(authorization: string | undefined): string | null {
    if (!authorization || this.entries.length === 0) return null;
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    const given = digest(match ? match[1]! : '');
    let found: string | null = null;
    for (const e of this.entries) {
      if (crypto.timingSafeEqual(given, e.digest) && match) found ??= e.name;
    }
    return found;
  }

  /** Never the tokens: only how many curators there are, for logs and `inspect`. */
  toJSON(): { curators: number } {
    return { curators: this.entries.length };
  }
}

function digest(token: string): Buffer {
  return crypto.createHash('sha256').update(token).digest();
}

function readTokenMap(value: string): Record<string, string> {
  const inline = value.trim().startsWith('{');
  const where = inline ? 'CURATOR_TOKENS' : `CURATOR_TOKENS file ${value}`;
  let text = value;
  if (!inline) {
    try {
      text = fs.readFileSync(value, 'utf8');
    } catch (err) {
      throw new Error(
        `${where}: cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'}); expected a file with a JSON object { "<token>": "<curator name>" }`,
      );
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's message may quote the text, that is the tokens: say only what was expected.
    throw new Error(`${where}: not valid JSON; expected an object { "<token>": "<curator name>" }`);
  }
  const parsed = tokenMap.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const position = typeof issue.path[0] === 'string' && json && typeof json === 'object' ? Object.keys(json).indexOf(issue.path[0]) + 1 : 0;
    throw new Error(`${where}: ${position ? `entry #${position}: ` : ''}${issue.message}; expected { "<token>": "<curator name>" }`);
  }
  return parsed.data;
}

import path from 'node:path';
import { z } from 'zod';

/** Project root: every relative path in the configuration is resolved against it. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

const byteSize = z.string().regex(/^\d+[kmg]?$/i, 'expected a size such as 512m or 2g');

const port = z.coerce.number().int().min(0).max(65535);

/**
 * Every environment variable the project reads, with its default. The README's configuration
 * table is written from this schema; keep them in step.
 */
const envSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'expected bolt://, neo4j://, neo4j+s:// or bolt+s://')
    .optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_EMBEDDED_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().default('data/neo4j'),
  NEO4J_HEAP: byteSize.default('3g'),
  NEO4J_PAGECACHE: byteSize.default('2g'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  KG_LOAD_SEED: z.enum(['true', 'false']).default('true'),
  KG_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  KG_MAX_NEIGHBORHOOD_NODES: z.coerce.number().int().min(1).max(100_000).default(500),
  KG_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(10),
  KG_MAX_ALIASES: z.coerce.number().int().min(1).max(1_000).default(30),
  KG_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(3_000),
  KG_MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
  KG_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1_000).default(20),
  KG_MAX_BODY: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 100kb')
    .default('100kb'),
  KG_CORS_ORIGINS: z.string().default(''),
  KG_ENABLE_INTROSPECTION: z.enum(['true', 'false']).optional(),
  KG_ENABLE_GRAPHIQL: z.enum(['true', 'false']).optional(),
  CURATOR_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  // Token → curator name, as JSON inline or a file's path (src/curation/curatorRegistry.ts reads it).
  CURATOR_TOKENS: z.string().optional(),
  KG_CURATION_JOURNAL: z.string().default('data/curation/journal.jsonl'),
  KG_EXPOSE_DB_STATEMENTS: z.enum(['true', 'false']).default('false'),
  KG_RESULT_CACHE_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  KG_WARM_UP: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

const SECRETS = new Set(['CURATOR_TOKEN', 'CURATOR_TOKENS', 'NEO4J_PASSWORD']);

/** The validated configuration. */
export type Config = z.infer<typeof envSchema>;

/**
 * Parses the environment once. A bad value stops the program with the variable's name and
 * the value it had, rather than failing later somewhere unrelated.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '?');
      // A secret is never quoted, not even a wrong one: it may be a real token one character short.
      const shown = SECRETS.has(key) ? '[redacted]' : JSON.stringify(env[key]);
      return `  ${key}=${shown}: ${issue.message}`;
    });
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Resolves a configured path against the project root unless it is absolute. */
export function projectPath(p: string): string {
  return path.isAbsolute(p) ? p : path.join(PROJECT_ROOT, p);
}

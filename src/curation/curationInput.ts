import { z } from 'zod';
import { BadUserInputError } from '../errors/domainErrors';

const url = z
  .string()
  .trim()
  .max(2_000)
  .regex(/^(https?:\/\/|www\.)\S+$/, 'expected a web address starting with http://, https:// or www.');
const evidence = z.string().trim().min(5, 'say where this comes from (at least 5 characters)').max(2_000);

export const createPracticeSchema = z.object({
  title: z.string().trim().min(3).max(300),
  summary: z.string().trim().min(1).max(20_000),
  webLinks: z.array(url).max(50).nullish(),
  tags: z.array(z.string().trim().min(1).max(100)).max(50).nullish(),
  thematicAreas: z.string().trim().max(2_000).nullish(),
  evidence,
  links: z
    .array(z.object({ type: z.string(), target: z.string().min(1).max(200), evidence }))
    .max(200)
    .nullish(),
});

export const updatePracticeSchema = z.object({
  title: z.string().trim().min(3).max(300).nullish(),
  summary: z.string().trim().min(1).max(20_000).nullish(),
  webLinks: z.array(url).max(50).nullish(),
  tags: z.array(z.string().trim().min(1).max(100)).max(50).nullish(),
  thematicAreas: z.string().trim().max(2_000).nullish(),
  evidence,
});

export const linkSchema = z.object({ type: z.string(), target: z.string().min(1).max(200), evidence });

/** Parses a mutation input; the error names the argument path and quotes the bad value. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, argument: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = [argument, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('').replace(/\.\[/g, '[');
  let bad: unknown = value;
  for (const p of issue.path) bad = bad && typeof bad === 'object' ? (bad as Record<PropertyKey, unknown>)[p] : undefined;
  const quoted = bad === undefined ? '' : ` (got ${JSON.stringify(bad)?.slice(0, 100)})`;
  throw new BadUserInputError(`${where}: ${issue.message}${quoted}`, where);
}

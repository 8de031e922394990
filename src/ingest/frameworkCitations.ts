import { z } from 'zod';
import type { GraphSeed } from './graphSeedSchema';
import type { JoinedText } from './joinLines';
import type { PolicyPart } from './policyParser';
import { provisionId, type InstrumentSeed } from './referenceData';
import { SourceError } from './SourceError';

const entry = z
  .object({
    theme: z.string().optional(),
    target: z.string().min(1),
    footnote: z
      .string()
      .regex(/^[ivxl]+$/)
      .optional(),
    inline: z.boolean().optional(),
    quote: z.string().min(3),
  })
  .strict()
  .refine((e) => e.footnote || e.inline, { message: 'an entry needs a footnote or inline: true' });

/** The schema of seeds/framework/<document>.yaml. */
export const frameworkSchema = z.object({ document: z.string(), grounds: z.array(entry), cites: z.array(entry) }).strict();
export type FrameworkSeed = z.infer<typeof frameworkSchema>;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Turns the hand-read framework file into GROUNDS and CITES edges with exact lines: every quote
 * must be found in its footnote (or, for `inline`, in its theme's framework paragraph), so a
 * citation that does not match the document fails the ingest instead of reaching the graph.
 */
export function resolveFramework(
  fw: FrameworkSeed,
  fwFile: string,
  policy: PolicyPart,
  instruments: InstrumentSeed[],
  docFile: string,
): Pick<GraphSeed, 'grounds' | 'cites'> {
  const resolveTarget = (target: string) => {
    const slash = target.indexOf('/');
    const instrumentId = slash < 0 ? target : target.slice(0, slash);
    const instrument = instruments.find((i) => i.id === instrumentId);
    if (!instrument) throw new SourceError(fwFile, undefined, `unknown instrument ${JSON.stringify(instrumentId)} in target ${JSON.stringify(target)}`);
    if (slash < 0) return { type: 'Instrument' as const, id: instrument.id };
    const article = target.slice(slash + 1);
    if (!instrument.provisions.some((p) => p.article === article)) {
      throw new SourceError(
        fwFile,
        undefined,
        `instrument ${instrumentId} has no provision with article ${JSON.stringify(article)} in seeds/reference/instruments.yaml`,
      );
    }
    return { type: 'Provision' as const, id: provisionId(instrumentId, article) };
  };

  const locate = (e: z.infer<typeof entry>): { evidence: string; lines: [number, number] } => {
    let where: { text: JoinedText; label: string } | undefined;
    if (e.footnote) {
      const fn = policy.footnotes.get(e.footnote);
      if (!fn) throw new SourceError(fwFile, undefined, `footnote ${e.footnote} is not in ${docFile}`);
      where = { text: fn.text, label: `footnote ${e.footnote}` };
    } else {
      const section = policy.sections.find((s) => s.theme === e.theme);
      if (!section?.framework) throw new SourceError(fwFile, undefined, `no framework paragraph found for theme ${e.theme} in ${docFile}`);
      where = { text: section.framework.text, label: `framework paragraph of theme ${e.theme}` };
    }
    const index = where.text.text.indexOf(norm(e.quote));
    if (index < 0) {
      throw new SourceError(fwFile, undefined, `the quote ${JSON.stringify(e.quote)} is not in ${where.label} of ${docFile}`);
    }
    const first = where.text.lineAt(index);
    const last = where.text.lineAt(index + norm(e.quote).length - 1);
    return { evidence: `${docFile}:${first}${last !== first ? `-${last}` : ''}, ${where.label}: « ${norm(e.quote)} »`, lines: [first, last] };
  };

  return {
    grounds: fw.grounds.map((e) => {
      if (!e.theme) throw new SourceError(fwFile, undefined, `a grounds entry for ${e.target} has no theme`);
      return { from: resolveTarget(e.target), theme: e.theme, footnote: e.footnote ?? null, basis: 'curated' as const, ...locate(e) };
    }),
    cites: fw.cites.map((e) => {
      if (!e.footnote) throw new SourceError(fwFile, undefined, `a cites entry for ${e.target} needs its footnote`);
      return { target: resolveTarget(e.target), footnote: e.footnote, basis: 'curated' as const, ...locate(e) };
    }),
  };
}

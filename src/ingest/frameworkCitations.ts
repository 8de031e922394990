import { z } from 'zod';
import type { CountryMatcher } from './countryMatcher';
import { contributorRole, type GraphSeed } from './graphSeedSchema';
import type { JoinedText } from './joinLines';
import type { PolicyPart } from './policyParser';
import { readDataFile, type DataIssue } from './readDataFile';
import { provisionId, type InstrumentSeed, type PartnerEntry } from './referenceData';

const citation = z
  .object({
    theme: z.string().optional(),
    target: z.string().min(1),
    footnote: z
      .string()
      .regex(/^[ivxl]+$/)
      .optional(),
    inline: z.boolean().optional(),
    quote: z.string().min(3),
    /** `inferred`: the paper does not make this edge; the project does, for the reason in `rule`. */
    basis: z.enum(['curated', 'inferred']).optional(),
    rule: z.string().min(10).optional(),
  })
  .strict()
  .refine((e) => Boolean(e.footnote) !== Boolean(e.inline), { message: 'an entry needs a footnote or inline: true (not both)' })
  .refine((e) => (e.basis === 'inferred') === Boolean(e.rule), { message: 'an inferred entry needs a rule saying why, and only an inferred one has a rule' });

const contributor = z
  .object({
    role: contributorRole,
    country: z.string().optional(),
    partner: z.string().optional(),
    note: z.string().regex(/^\d{1,2}$/),
    quote: z.string().min(3),
  })
  .strict()
  .refine((c) => Boolean(c.country) !== Boolean(c.partner), { message: 'a contributor names a country or a partner (not both)' });

/** The schema of seeds/framework/<document>.yaml. */
export const frameworkSchema = z
  .object({ document: z.string(), grounds: z.array(citation), cites: z.array(citation), contributors: z.array(contributor).default([]) })
  .strict();
export type FrameworkSeed = z.infer<typeof frameworkSchema>;

/** What the framework file yields: edges with exact lines, and the problems that stop the ingest. */
export interface FrameworkResolution {
  edges: Pick<GraphSeed, 'grounds' | 'cites' | 'contributors'>;
  issues: DataIssue[];
}

/** The reference data the framework file points into. */
export interface FrameworkReference {
  instruments: InstrumentSeed[];
  partners: PartnerEntry[];
  countries: CountryMatcher;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
type Target = GraphSeed['cites'][number]['target'];
type Located = { evidence: string; lines: [number, number] };

/**
 * Turns the hand-read framework file into GROUNDS, CITES and CONTRIBUTED_BY edges with exact
 * lines: every quote must be found in its footnote, page-foot note or (for `inline`) its theme's
 * framework paragraph, and every target in the reference data, so a citation that does not
 * match the document is an issue (with its place in the file) instead of an edge.
 * Every grounds entry the paper makes (not `inferred`) is also a citation: when `cites` does not
 * list it (an in-text citation, mostly), it gets a CITES edge of its own.
 */
export function resolveFramework(fw: FrameworkSeed, policy: PolicyPart, ref: FrameworkReference, docFile: string): FrameworkResolution {
  const issues: DataIssue[] = [];
  const fail = (path: DataIssue['path'], message: string) => {
    issues.push({ path, message });
    return undefined;
  };

  const resolveTarget = (target: string, path: DataIssue['path']): Target | undefined => {
    const slash = target.indexOf('/');
    const instrumentId = slash < 0 ? target : target.slice(0, slash);
    const instrument = ref.instruments.find((i) => i.id === instrumentId);
    if (!instrument) return fail(path, `unknown instrument ${JSON.stringify(instrumentId)} (not in seeds/reference/instruments.yaml)`);
    if (slash < 0) return { type: 'Instrument', id: instrument.id };
    const article = target.slice(slash + 1);
    if (!instrument.provisions.some((p) => p.article === article)) {
      return fail(path, `instrument ${instrumentId} has no provision with article ${JSON.stringify(article)} in seeds/reference/instruments.yaml`);
    }
    return { type: 'Provision', id: provisionId(instrumentId, article) };
  };

  const find = (where: { text: JoinedText; label: string }, quote: string, path: DataIssue['path']): Located | undefined => {
    const index = where.text.text.indexOf(norm(quote));
    if (index < 0) return fail(path, `the quote is not in ${where.label} of ${docFile}`);
    const first = where.text.lineAt(index);
    const last = where.text.lineAt(index + norm(quote).length - 1);
    return { evidence: `${docFile}:${first}${last !== first ? `-${last}` : ''}, ${where.label}: « ${norm(quote)} »`, lines: [first, last] };
  };

  const locate = (e: z.infer<typeof citation>, path: DataIssue['path']): Located | undefined => {
    if (e.footnote) {
      const fn = policy.footnotes.get(e.footnote);
      if (!fn) return fail([...path, 'footnote'], `footnote ${e.footnote} is not in ${docFile}`);
      return find({ text: fn.text, label: `footnote ${e.footnote}` }, e.quote, [...path, 'quote']);
    }
    const section = policy.sections.find((s) => s.theme === e.theme);
    if (!section?.framework)
      return fail(
        [...path, 'theme'],
        `an inline entry needs the theme whose framework paragraph holds it; none found for ${JSON.stringify(e.theme)} in ${docFile}`,
      );
    return find({ text: section.framework.text, label: `framework paragraph of theme ${e.theme}` }, e.quote, [...path, 'quote']);
  };

  const grounds: GraphSeed['grounds'] = [];
  const cites: GraphSeed['cites'] = [];
  const citeKeys = new Set<string>();
  const cite = (target: Target, footnote: string | null, at: Located) => {
    const key = `${target.id} ${footnote ?? `line ${at.lines[0]}`}`;
    if (citeKeys.has(key)) return;
    citeKeys.add(key);
    cites.push({ target, footnote, inline: footnote === null, basis: 'curated', ...at });
  };

  fw.cites.forEach((e, i) => {
    const target = resolveTarget(e.target, ['cites', i, 'target']);
    if (e.basis === 'inferred') fail(['cites', i, 'basis'], 'a citation is what the paper says: it cannot be inferred');
    const at = locate(e, ['cites', i]);
    if (target && at) cite(target, e.footnote ?? null, at);
  });

  const groundKeys = new Set<string>();
  fw.grounds.forEach((e, i) => {
    if (!e.theme) fail(['grounds', i], 'a grounds entry needs its theme');
    const target = resolveTarget(e.target, ['grounds', i, 'target']);
    const at = locate(e, ['grounds', i]);
    if (!target || !at || !e.theme) return;
    const key = `${target.id} ${e.theme}`;
    if (groundKeys.has(key)) fail(['grounds', i, 'target'], `${e.target} grounds ${e.theme} twice`);
    groundKeys.add(key);
    const inferred = e.basis === 'inferred';
    grounds.push({ from: target, theme: e.theme, footnote: e.footnote ?? null, basis: inferred ? 'inferred' : 'curated', rule: e.rule ?? null, ...at });
    if (!inferred) cite(target, e.footnote ?? null, at);
  });

  const contributors: GraphSeed['contributors'] = [];
  fw.contributors.forEach((c, i) => {
    const note = policy.notes.get(c.note);
    const at = note
      ? find({ text: note.text, label: `note ${c.note}` }, c.quote, ['contributors', i, 'quote'])
      : fail(['contributors', i, 'note'], `note ${c.note} is not in ${docFile}`);
    if (c.country && !ref.countries.get(c.country)) fail(['contributors', i, 'country'], `unknown country ${c.country}`);
    const entry = c.partner ? ref.partners.find((p) => p.id === c.partner) : undefined;
    if (c.partner && !(entry?.name && entry.kind))
      fail(['contributors', i, 'partner'], `unknown partner ${c.partner} (not a named entry of seeds/reference/partners.yaml)`);
    if (at) contributors.push({ role: c.role, country: c.country ?? null, partner: c.partner ?? null, basis: 'curated', ...at });
  });

  return { edges: { grounds, cites, contributors }, issues };
}

/**
 * Reads a framework file and resolves it against its document; any problem (a bad entry, an
 * unknown target, a quote the document lacks) stops the ingest naming the file and the entry's line.
 */
export function readFramework(
  file: { path: string; shown: string },
  documentId: string,
  policy: PolicyPart,
  ref: FrameworkReference,
  docFile: string,
): FrameworkResolution['edges'] {
  let resolved: FrameworkResolution['edges'] | undefined;
  readDataFile(file.path, frameworkSchema, file.shown, (fw) => {
    if (fw.document !== documentId) return [{ path: ['document'], message: `the framework file is for document ${fw.document}, not ${documentId}` }];
    const r = resolveFramework(fw, policy, ref, docFile);
    resolved = r.edges;
    return r.issues;
  });
  return resolved!;
}

import { z } from 'zod';
import { iso3 } from './iso3';
import { partnerKind } from './referenceData';

/**
 * How an edge came to be: read from an annex field, matched in text, set by a person, or from a
 * dataset; `inferred` is an edge the source does not make, which the project adds by a `rule`
 * that says why.
 */
export const BASES = ['annex-field', 'text-match', 'curated', 'dataset', 'inferred'] as const;
export const basis = z.enum(BASES);
export type Basis = z.infer<typeof basis>;

const id = z.string().min(1).max(200);
const evidence = z.string().min(3, 'evidence must say where the fact comes from');

/** A link to a country with the words that justify it. */
const countryLink = z.object({ country: iso3, basis, evidence }).strict();
/** A classification edge (theme, group, stage) and the rule or override that made it. */
const classified = z.object({ id, basis, evidence, rule: z.string() }).strict();
const lineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);

export const practiceSeed = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'a practice id is a slug of its title'),
    title: z.string().min(1),
    summary: z.string(),
    webLinks: z.array(z.string()),
    tags: z.array(z.string()),
    thematicAreas: z.string(),
    countryField: z.string(),
    partnerField: z.string(),
    /** True when the Country: field names no country: the practice is implemented by its partners. */
    implementedByPartners: z.boolean(),
    notes: z.array(z.string()),
    source: z.object({ document: id, lines: lineRange }).strict(),
    implementedBy: z.array(countryLink),
    concerns: z.array(countryLink),
    mentions: z.array(countryLink),
    partners: z.array(z.object({ partner: id, basis, evidence }).strict()),
    themes: z.array(classified),
    groups: z.array(classified),
    stages: z.array(classified),
    /** Global Compact objectives the practice supports: the project's classification (the paper predates the Compact). */
    objectives: z.array(classified).default([]),
    /** SDG targets the practice contributes to: the project's classification. */
    targets: z.array(classified).default([]),
  })
  .strict();
export type PracticeSeed = z.infer<typeof practiceSeed>;

export const partnerSeed = z
  .object({
    id,
    name: z.string().min(1),
    kind: partnerKind,
    generic: z.boolean(),
    basis,
    evidence,
    basedIn: z.object({ country: iso3, basis, evidence }).strict().nullable(),
  })
  .strict();
export type PartnerSeed = z.infer<typeof partnerSeed>;

const statement = z
  .object({
    id,
    number: z.number().int().positive(),
    text: z.string().min(1),
    source: z.object({ document: id, lines: lineRange }).strict(),
    speaksOf: z.array(z.object({ type: z.enum(['Theme', 'Group', 'Stage']), id, basis, evidence, rule: z.string() }).strict()),
  })
  .strict();
export type StatementSeed = z.infer<typeof statement>;

/** What a contributor did for a document: wrote it, co-chaired its roundtable, sat on its team, or contributed as a partner. */
export const CONTRIBUTOR_ROLES = ['AUTHOR', 'CO_CHAIR', 'TEAM_MEMBER', 'CONTRIBUTING_PARTNER'] as const;
export const contributorRole = z.enum(CONTRIBUTOR_ROLES);

const target = z.object({ type: z.enum(['Instrument', 'Provision']), id }).strict();

export const graphSeed = z
  .object({
    document: z
      .object({
        id,
        title: z.string(),
        file: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        languages: z.array(z.string()),
        year: z.number().int().nullable(),
        publisher: z.string().nullable(),
      })
      .strict(),
    practices: z.array(practiceSeed),
    partners: z.array(partnerSeed),
    recommendations: z.array(statement),
    guidingQuestions: z.array(statement),
    grounds: z.array(
      z.object({ from: target, theme: id, footnote: z.string().nullable(), basis, evidence, rule: z.string().nullable(), lines: lineRange }).strict(),
    ),
    /** What the document cites: in a footnote (its numeral), or in its running text (`inline`, no footnote). */
    cites: z.array(z.object({ target, footnote: z.string().nullable(), inline: z.boolean(), basis, evidence, lines: lineRange }).strict()),
    /** Who the document says contributed to it, and as what (a country or a partner of this file). */
    contributors: z.array(
      z
        .object({ role: contributorRole, country: iso3.nullable(), partner: id.nullable(), basis, evidence, lines: lineRange })
        .strict()
        .refine((c) => (c.country === null) !== (c.partner === null), { message: 'a contributor is a country or a partner, not both' }),
    ),
  })
  .strict();
export type GraphSeed = z.infer<typeof graphSeed>;

import path from 'node:path';
import { z } from 'zod';
import { iso3 } from './iso3';
import { PROJECT_ROOT } from '../config/config';
import { readDataFile, type DataIssue } from './readDataFile';
import { PARTNER_KINDS } from '../labels/partnerKinds';

/** The folder of all seed data. */
export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:()\-/]*$/, 'expected an id of letters, digits and - . _ : ( ) /');

// The partner kinds of the model, with their words (src/labels/partnerKinds.ts, shared with the web page).
export { PARTNER_KINDS };
export const partnerKind = z.enum(PARTNER_KINDS);
export type PartnerKind = z.infer<typeof partnerKind>;

export const themeSchema = z.object({ id, name: z.string(), nameFr: z.string(), heading: z.string(), description: z.string() }).strict();
export const labelSchema = z.object({ id, name: z.string(), nameFr: z.string() }).strict();

export const INSTRUMENT_KINDS = [
  'TREATY',
  'OPTIONAL_PROTOCOL',
  'DECLARATION',
  'ILO_CONVENTION',
  'ILO_PROTOCOL',
  'GENERAL_RECOMMENDATION',
  'GENERAL_COMMENT',
  'COMMITTEE_REPORT',
  'GUIDELINES',
  'RESOLUTION',
  'SPECIAL_PROCEDURE_REPORT',
  'SECRETARY_GENERAL_REPORT',
  'STUDY',
] as const;

/** The kinds that are protocols: they supplement a convention rather than interpret it. */
export const PROTOCOL_KINDS: ReadonlyArray<(typeof INSTRUMENT_KINDS)[number]> = ['OPTIONAL_PROTOCOL', 'ILO_PROTOCOL'];

export const instrumentSchema = z
  .object({
    id,
    name: z.string(),
    nameFr: z.string(),
    kind: z.enum(INSTRUMENT_KINDS),
    adopted: z.number().int().min(1900).max(2100),
    body: z.string(),
    ratificationTable: z
      .string()
      .regex(/\.csv$/)
      .optional(),
    interprets: id.optional(),
    supplements: id.optional(),
    provisions: z.array(z.object({ article: z.string().min(1), label: z.string().min(1) }).strict()).default([]),
  })
  .strict()
  // A protocol is a treaty of its own that adds to its convention; a committee text reads one.
  .refine((i) => !i.supplements || PROTOCOL_KINDS.includes(i.kind), { message: 'only a protocol (OPTIONAL_PROTOCOL, ILO_PROTOCOL) supplements a convention' })
  .refine((i) => !i.interprets || !PROTOCOL_KINDS.includes(i.kind), {
    message: 'a protocol supplements its convention (`supplements:`), it does not interpret it',
  });
export type InstrumentSeed = z.infer<typeof instrumentSchema>;

export const partnerEntrySchema = z
  .object({
    id,
    name: z.string().optional(),
    nameFr: z.string().optional(),
    kind: partnerKind.optional(),
    basedIn: iso3.optional(),
    aliases: z.array(z.string().min(2)).min(1),
    generic: z.boolean().optional(),
    none: z.boolean().optional(),
    expands: z.array(id).optional(),
    scope: iso3.optional(),
  })
  .strict()
  .refine((p) => p.none || p.expands || (p.name && p.kind), { message: 'a partner needs a name and a kind (or `none` or `expands`)' });
export type PartnerEntry = z.infer<typeof partnerEntrySchema>;

const ruleSchema = z.object({ id, lang: z.enum(['en', 'fr', 'any']), pattern: z.string().min(1) }).strict();
export type RuleSeed = z.infer<typeof ruleSchema>;
export const classificationSchema = z
  .object({
    ignore: z.array(z.string()).default([]),
    organisationHeads: z.array(z.string().regex(/^\p{Lu}/u, 'a head noun starts with a capital letter')).default([]),
    themes: z.record(z.string(), z.array(ruleSchema)),
    groups: z.record(z.string(), z.array(ruleSchema)),
    stages: z.record(z.string(), z.array(ruleSchema)),
  })
  .strict();
/** The rules that file practices under the Global Compact's objectives and the SDG targets (seeds/rules/frameworks.yaml). */
export const frameworkRulesSchema = z
  .object({
    objectives: z.record(z.string(), z.array(ruleSchema)),
    targets: z.record(z.string(), z.array(ruleSchema)),
  })
  .strict();
export type ClassificationRules = z.infer<typeof classificationSchema> & z.infer<typeof frameworkRulesSchema>;

/** The Global Compact for Migration (A/RES/73/195): objectives, guiding principles, and the themes its objectives speak to. */
export const gcmSchema = z
  .object({
    source: z.object({ document: z.string(), adopted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), url: z.string().url(), urlFr: z.string().url() }).strict(),
    objectives: z
      .array(z.object({ id: z.string().regex(/^GCM-\d+$/), number: z.number().int().min(1).max(23), name: z.string(), nameFr: z.string() }).strict())
      .length(23),
    guidingPrinciples: z.array(z.object({ id: z.string().regex(/^GCM-P-[a-z-]+$/), name: z.string(), nameFr: z.string() }).strict()).length(10),
    relatesTo: z.array(z.object({ objective: id, theme: id, why: z.string().min(10) }).strict()),
  })
  .strict();
export type GcmSeed = z.infer<typeof gcmSchema>;

/** An SDG target the project loads, with its official texts (read from the vendored open-sdg files). */
export interface SdgTarget {
  id: string;
  /** The target's number, e.g. `10.7`. */
  target: string;
  goal: number;
  name: string;
  nameFr: string;
  why: string;
}
const sdgTargetEntry = z
  .object({ id: z.string().regex(/^SDG-\d+\.[0-9a-z]+$/), target: z.string().regex(/^\d+\.[0-9a-z]+$/), why: z.string().min(10) })
  .strict();
const sdgTexts = z.record(z.string(), z.string());

const overrideChange = z.object({ add: z.array(id).default([]), remove: z.array(id).default([]) }).strict();
export const overrideSchema = z
  .object({
    document: id,
    practice: id,
    reason: z.string().min(10),
    themes: overrideChange.optional(),
    groups: overrideChange.optional(),
    stages: overrideChange.optional(),
    objectives: overrideChange.optional(),
    targets: overrideChange.optional(),
    partners: z
      .object({ add: z.array(z.object({ partner: id, evidence: z.string().min(5) }).strict()) })
      .strict()
      .optional(),
  })
  .strict();
export type Override = z.infer<typeof overrideSchema>;

/** A phrase after which a practice's Summary names a partner ("in partnership with"). */
export const summaryPhraseSchema = z
  .object({
    phrase: z.string().min(3),
    /** Countries named after the phrase become STATE partners too (for phrases such as "initiative between"). */
    countries: z.boolean().default(false),
  })
  .strict();
export type SummaryPhrase = z.infer<typeof summaryPhraseSchema>;

export const partnerKindRulesSchema = z
  .object({
    fillerWords: z.array(z.string()),
    kinds: z.array(z.object({ kind: partnerKind, pattern: z.string() }).strict()),
    artifactLines: z.array(z.string()).default([]),
    nonCountryImplementers: z.array(z.string()).default([]),
    summaryPhrases: z.array(summaryPhraseSchema).default([]),
  })
  .strict();
export type PartnerKindRules = z.infer<typeof partnerKindRulesSchema>;

/** Everything under seeds/reference and seeds/rules, validated. */
// YAML reads "2022-08" as a string; the year is what `asOf` questions compare with.
const ratificationSnapshotSchema = z
  .object({ tables: z.string(), observed: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'), source: z.string().url() })
  .strict();
/** When the ratification tables observed the states' status, and who says so. */
export type RatificationSnapshot = z.infer<typeof ratificationSnapshotSchema>;

export interface ReferenceData {
  themes: z.infer<typeof themeSchema>[];
  groups: z.infer<typeof labelSchema>[];
  stages: z.infer<typeof labelSchema>[];
  instruments: InstrumentSeed[];
  partners: PartnerEntry[];
  countryAliases: Record<string, string>;
  ratificationCodeFixes: Record<string, string>;
  ratificationSnapshot: RatificationSnapshot;
  classification: ClassificationRules;
  gcm: GcmSeed;
  targets: SdgTarget[];
  overrides: Override[];
  partnerRules: PartnerKindRules;
}

/** Reads and validates the reference data and rules of a seeds folder; errors name file and line. */
export function loadReferenceData(seedsDir: string = SEEDS_DIR): ReferenceData {
  const read = <S extends z.ZodType>(rel: string, schema: S, check?: (data: z.infer<S>) => DataIssue[]): z.infer<S> =>
    readDataFile(path.join(seedsDir, rel), schema, `${path.basename(seedsDir)}/${rel}`, check);
  const themes = read('reference/themes.yaml', z.array(themeSchema));
  const themeIds = new Set(themes.map((t) => t.id));
  return {
    themes,
    groups: read('reference/groups.yaml', z.array(labelSchema)),
    stages: read('reference/stages.yaml', z.array(labelSchema)),
    instruments: read('reference/instruments.yaml', z.array(instrumentSchema)),
    partners: read('reference/partners.yaml', z.array(partnerEntrySchema)),
    countryAliases: read('reference/country-aliases.yaml', z.record(z.string(), iso3)),
    ratificationCodeFixes: read('reference/ratification-code-fixes.yaml', z.record(z.string(), z.string().regex(/^[A-Z]{2}$/))),
    ratificationSnapshot: read('reference/ratification-snapshot.yaml', ratificationSnapshotSchema),
    classification: { ...read('rules/classification.yaml', classificationSchema), ...read('rules/frameworks.yaml', frameworkRulesSchema) },
    gcm: read('reference/gcm-objectives.yaml', gcmSchema, (g) => {
      const objectives = new Set(g.objectives.map((o) => o.id));
      return g.relatesTo.flatMap((r, i) => [
        ...(objectives.has(r.objective) ? [] : [{ path: ['relatesTo', i, 'objective'], message: `unknown objective ${r.objective}` }]),
        ...(themeIds.has(r.theme)
          ? []
          : [{ path: ['relatesTo', i, 'theme'], message: `unknown theme ${r.theme}; the themes are ${[...themeIds].join(', ')}` }]),
      ]);
    }),
    targets: readSdgTargets(read),
    overrides: read('rules/overrides.yaml', z.array(overrideSchema)),
    partnerRules: read('rules/partners.yaml', partnerKindRulesSchema),
  };
}

/** The SDG targets of sdg-targets.yaml with their English and French texts from seeds/sources/sdg/. */
function readSdgTargets(read: <S extends z.ZodType>(rel: string, schema: S) => z.infer<S>): SdgTarget[] {
  const en = read('sources/sdg/global_targets.en.yml', sdgTexts);
  const fr = read('sources/sdg/global_targets.fr.yml', sdgTexts);
  return read('reference/sdg-targets.yaml', z.array(sdgTargetEntry)).map((t) => {
    // The French file writes accents decomposed (e + U+0301); NFC makes them compare and search as typed.
    const key = `${t.target.replace('.', '-')}-title`;
    const name = en[key];
    const nameFr = fr[key];
    if (!name || !nameFr) throw new Error(`seeds/reference/sdg-targets.yaml: target ${t.target} has no ${key} in seeds/sources/sdg/global_targets.{en,fr}.yml`);
    return {
      id: t.id,
      target: t.target,
      goal: Number(t.target.split('.')[0]),
      name: name.trim().normalize('NFC'),
      nameFr: nameFr.trim().normalize('NFC'),
      why: t.why,
    };
  });
}

/** The id of a provision: its instrument and its article, e.g. `ICESCR/12.2(a)`, `OHCHR-BORDERS/guideline-7-para-8`, `A-HRC-20-24/paras-15-20`. */
export function provisionId(instrumentId: string, article: string): string {
  const slug = article
    .toLowerCase()
    .replace(/\b(paras?|p)\.\s*/g, '$1-')
    .replace(/,/g, '')
    .replace(/\s+/g, '-');
  return `${instrumentId}/${slug}`;
}

import { PARTNER_KIND_LABELS } from '../labels/partnerKinds';
import { lang } from './i18n';

/** The API's treaty statuses (Country.treatyStatus). */
export type TreatyStatus = 'RATIFIED' | 'SIGNED' | 'NO_ACTION' | 'NOT_RATIFIED' | 'DENOUNCED' | 'NOT_A_MEMBER' | 'UNKNOWN';

/** The five classes a profile or a map shows; "unknown" stays apart from "not ratified". */
export type StatusCategory = 'ratified' | 'signed' | 'not' | 'not-member' | 'unknown';

/**
 * The classes in legend order with their colours (ColorBrewer-like, distinguishable for the
 * common colour blindnesses; "unknown" is a light grey the page also hatches).
 */
export const CATEGORIES: ReadonlyArray<{ id: StatusCategory; color: string; label: readonly [string, string] }> = [
  { id: 'ratified', color: '#1a9850', label: ['ratified', 'ratifié'] },
  { id: 'signed', color: '#fdae61', label: ['signed, not ratified', 'signé, non ratifié'] },
  { id: 'not', color: '#d73027', label: ['not ratified', 'non ratifié'] },
  { id: 'not-member', color: '#7b3294', label: ['not a member (cannot ratify)', 'non membre (ne peut ratifier)'] },
  { id: 'unknown', color: '#d9d9d9', label: ['unknown', 'inconnu'] },
];

// DENOUNCED and NO_ACTION read as "not ratified" on a map; the grid still names them exactly.
const CATEGORY_OF: Record<TreatyStatus, StatusCategory> = {
  RATIFIED: 'ratified',
  SIGNED: 'signed',
  NO_ACTION: 'not',
  NOT_RATIFIED: 'not',
  DENOUNCED: 'not',
  NOT_A_MEMBER: 'not-member',
  UNKNOWN: 'unknown',
};

const STATUS_WORDS: Record<TreatyStatus, readonly [string, string]> = {
  RATIFIED: ['ratified', 'ratifié'],
  SIGNED: ['signed, not ratified', 'signé, non ratifié'],
  NO_ACTION: ['not ratified (no action)', 'non ratifié (aucune action)'],
  NOT_RATIFIED: ['not ratified', 'non ratifié'],
  DENOUNCED: ['denounced', 'dénoncé'],
  NOT_A_MEMBER: ['not a member', 'non membre'],
  UNKNOWN: ['unknown', 'inconnu'],
};

const pick = (pair: readonly [string, string]) => pair[lang() === 'FR' ? 1 : 0];

/** The class of a status. */
export const categoryOf = (status: TreatyStatus): StatusCategory => CATEGORY_OF[status] ?? 'unknown';

/** A status in words, in the current language. */
export const statusWords = (status: TreatyStatus) => pick(STATUS_WORDS[status] ?? STATUS_WORDS.UNKNOWN);

/** A class's colour. */
export const categoryColor = (id: StatusCategory) => CATEGORIES.find((c) => c.id === id)!.color;

/** A class's name, in the current language. */
export const categoryLabel = (id: StatusCategory) => pick(CATEGORIES.find((c) => c.id === id)!.label);

/** A partner kind in words. */
export const kindWords = (kind: string) => {
  const words = PARTNER_KIND_LABELS[kind as keyof typeof PARTNER_KIND_LABELS];
  return words ? pick([words.en, words.fr]) : kind;
};

const SPECIFICITY_WORDS: Record<string, readonly [string, string]> = {
  NAMED_IN_TEXT: ['named in its text', 'nommé dans son texte'],
  DIRECT_LINK: ['direct link', 'lien direct'],
  GROUP: ['protects a group it benefits', 'protège un groupe bénéficiaire'],
  SCOPE: ['within its scope', 'dans son champ'],
  THEMATIC: ['thematic only', 'thématique seulement'],
};

/** The specificity levels, most specific first (the API's order). */
export const SPECIFICITIES = Object.keys(SPECIFICITY_WORDS);

/** A backing's specificity in words. */
export const specificityWords = (s: string) => (SPECIFICITY_WORDS[s] ? pick(SPECIFICITY_WORDS[s]) : s);

// In the order a researcher looks for them: binding texts first, then their interpretation.
const INSTRUMENT_KIND_WORDS: Array<[string, readonly [string, string]]> = [
  ['TREATY', ['Treaties', 'Traités']],
  ['OPTIONAL_PROTOCOL', ['Optional protocols', 'Protocoles facultatifs']],
  ['ILO_CONVENTION', ['ILO conventions', 'Conventions de l’OIT']],
  ['ILO_PROTOCOL', ['ILO protocols', 'Protocoles de l’OIT']],
  ['DECLARATION', ['Declarations', 'Déclarations']],
  ['RESOLUTION', ['Resolutions', 'Résolutions']],
  ['GENERAL_COMMENT', ['General comments', 'Observations générales']],
  ['GENERAL_RECOMMENDATION', ['General recommendations', 'Recommandations générales']],
  ['COMMITTEE_REPORT', ['Committee reports', 'Rapports de comités']],
  ['GUIDELINES', ['Guidelines', 'Lignes directrices']],
  ['SPECIAL_PROCEDURE_REPORT', ['Special procedure reports', 'Rapports des procédures spéciales']],
  ['SECRETARY_GENERAL_REPORT', ['Secretary-General reports', 'Rapports du Secrétaire général']],
  ['STUDY', ['Studies and statements', 'Études et déclarations']],
];

/** An instrument kind's heading, in the current language (the kind itself when it is new). */
export const instrumentKindWords = (kind: string) => {
  const words = INSTRUMENT_KIND_WORDS.find(([k]) => k === kind)?.[1];
  return words ? pick(words) : kind;
};

/** Where an instrument kind comes in a list: the order above, new kinds last. */
export const instrumentKindRank = (kind: string) => {
  const i = INSTRUMENT_KIND_WORDS.findIndex(([k]) => k === kind);
  return i < 0 ? INSTRUMENT_KIND_WORDS.length : i;
};

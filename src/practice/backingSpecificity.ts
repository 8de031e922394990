import type { BackingSpecificity } from '../generated/graphql';

/**
 * The specificity levels from least to most specific: the index is the rank that
 * src/backing/backingRule.ts derives on each BACKS edge (`specificityRank`, 1-based).
 */
export const SPECIFICITY_ORDER: readonly BackingSpecificity[] = ['THEMATIC', 'SCOPE', 'GROUP', 'DIRECT_LINK', 'NAMED_IN_TEXT'];

/** The rank of a level: 1 (THEMATIC) to 5 (NAMED_IN_TEXT). */
export const specificityRank = (s: BackingSpecificity): number => SPECIFICITY_ORDER.indexOf(s) + 1;

/** Whether a backing at `s` is at least as specific as `min` (no minimum: every backing). */
export const atLeast = (s: BackingSpecificity, min: BackingSpecificity | null | undefined): boolean => !min || specificityRank(s) >= specificityRank(min);

import { BadUserInputError } from '../errors/domainErrors';
import type { CurationLinkType } from '../generated/graphql';
import type { ReferenceSnapshot } from '../reference/referenceCache';

/** What each link type points to: the target's node type, for messages and checks. */
export const LINK_TARGET: Record<CurationLinkType, 'Country' | 'Partner' | 'Theme' | 'Group' | 'Stage' | 'Objective' | 'Target' | 'Instrument'> = {
  IMPLEMENTED_BY: 'Country',
  CONCERNS: 'Country',
  MENTIONS: 'Country',
  PARTNERS_WITH: 'Partner',
  ADDRESSES: 'Theme',
  BENEFITS: 'Group',
  AT_STAGE: 'Stage',
  SUPPORTS: 'Objective',
  CONTRIBUTES_TO: 'Target',
  BACKED_BY: 'Instrument',
};

/** Every link type a curator may add, for the schemas of the journal and the curated seed file. */
export const CURATION_LINK_TYPES = Object.keys(LINK_TARGET) as [CurationLinkType, ...CurationLinkType[]];

/**
 * Checks that a link's target exists (reference data from the cache; partners through the
 * given lookup), so a typo is an explained BAD_USER_INPUT before any write begins.
 */
export async function checkLinkTarget(
  type: CurationLinkType,
  target: string,
  ref: ReferenceSnapshot,
  partnerExists: (id: string) => Promise<boolean>,
  argument: string,
): Promise<void> {
  const kind = LINK_TARGET[type];
  const sets = {
    Country: ref.country,
    Theme: ref.theme,
    Group: ref.group,
    Stage: ref.stage,
    Objective: ref.objective,
    Target: ref.target,
    Instrument: ref.instrument,
  } as const;
  const known = kind === 'Partner' ? await partnerExists(target) : sets[kind].has(target);
  if (!known)
    throw new BadUserInputError(
      `${argument}.target: no ${kind.toLowerCase()} with id ${JSON.stringify(target)} (a ${type} link points to a ${kind})`,
      `${argument}.target`,
    );
}

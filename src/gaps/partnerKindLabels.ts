import type { PartnerKind } from '../generated/graphql';

/** Readable names of the partner kinds, in English and French. */
export const PARTNER_KIND_LABELS: Record<PartnerKind, { en: string; fr: string }> = {
  STATE: { en: 'State', fr: 'État' },
  GOVERNMENT_AGENCY: { en: 'Government agency', fr: 'Administration publique' },
  INTERNATIONAL_ORGANIZATION: { en: 'International organisation', fr: 'Organisation internationale' },
  REGIONAL_BODY: { en: 'Regional body', fr: 'Organisme régional' },
  NGO: { en: 'NGO', fr: 'ONG' },
  CIVIL_SOCIETY: { en: 'Civil society', fr: 'Société civile' },
  PRIVATE_SECTOR: { en: 'Private sector', fr: 'Secteur privé' },
  OTHER: { en: 'Other', fr: 'Autre' },
};

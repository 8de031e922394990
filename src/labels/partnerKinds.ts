// The partner kinds in words, for the server's gap reasons and dimension labels and for the web
// page alike: one table, so a kind reads the same wherever a researcher meets it. No imports, so
// the browser bundle can take it as it is.

/** The partner kinds, in the order lists and facets show them. */
export const PARTNER_KINDS = [
  'STATE',
  'GOVERNMENT_AGENCY',
  'INTERNATIONAL_ORGANIZATION',
  'REGIONAL_BODY',
  'NGO',
  'CIVIL_SOCIETY',
  'PRIVATE_SECTOR',
  'OTHER',
] as const;

/** Readable names of the partner kinds, in English and French. */
export const PARTNER_KIND_LABELS: Record<(typeof PARTNER_KINDS)[number], { en: string; fr: string }> = {
  STATE: { en: 'State', fr: 'État' },
  GOVERNMENT_AGENCY: { en: 'Government agency', fr: 'Agence gouvernementale' },
  INTERNATIONAL_ORGANIZATION: { en: 'International organisation', fr: 'Organisation internationale' },
  REGIONAL_BODY: { en: 'Regional body', fr: 'Organisme régional' },
  NGO: { en: 'NGO', fr: 'ONG' },
  CIVIL_SOCIETY: { en: 'Civil society', fr: 'Société civile' },
  PRIVATE_SECTOR: { en: 'Private sector', fr: 'Secteur privé' },
  OTHER: { en: 'Other', fr: 'Autre' },
};

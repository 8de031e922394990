// The stored properties of a practice that no source gives a curator's new one, and the text
// full-text search reads its tags from: one definition for the seed load, the curated file's load
// and the curation API, so a practice reads the same whichever way it came in.

/** The fields of a practice a curator creates, before the curator's own fields are laid over them. */
export const NEW_PRACTICE_DEFAULTS: Readonly<Record<string, unknown>> = {
  summary: '',
  webLinks: [],
  tags: [],
  tags_text: '',
  thematicAreas: '',
  countryField: '',
  partnerField: '',
  notes: [],
  sourceDocument: null,
  sourceLines: null,
  implementedByPartners: false,
};

/** The tags as the `practice_text` full-text index reads them (cypher/schema/constraints.cypher). */
export const tagsText = (tags: readonly string[]): string => tags.join(', ');

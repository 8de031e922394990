// Fragment: the practice row every practice statement returns (the resolvers' parent type).
// A practice no curator has changed has no version property: it is at version 1.
p {
  .id, .title, .summary, .webLinks, .tags, .thematicAreas, .countryField, .partnerField,
  .implementedByPartners, .notes, .sourceDocument, .sourceLines,
  version: coalesce(p.version, 1), .createdBy, createdAt: toString(p.createdAt), .updatedBy, updatedAt: toString(p.updatedAt)
} AS practice

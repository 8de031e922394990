// Fragment: the practice row as a map (see practice/_row).
// A practice no curator has changed has no version property: it is at version 1.
p {
  .id, .title, .summary, .webLinks, .tags, .thematicAreas, .countryField, .partnerField,
  .implementedByPartners, .notes, .sourceDocument, .sourceLines,
  version: coalesce(p.version, 1), .createdBy, createdAt: toString(p.createdAt), .updatedBy, updatedAt: toString(p.updatedAt)
}

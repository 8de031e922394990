// Fragment: the practice row every practice statement returns (the resolvers' parent type).
p {
  .id, .title, .summary, .webLinks, .tags, .thematicAreas, .countryField, .partnerField,
  .implementedByPartners, .notes, .sourceDocument, .sourceLines
} AS practice

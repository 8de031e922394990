// The BACKS edges about to be derived anew: of the practices ($practiceIds null: every
// practice) and, with $withThemes, of the themes.
CALL () {
  MATCH (s:Practice) WHERE $practiceIds IS NULL OR s.id IN $practiceIds RETURN s
  UNION
  MATCH (s:Theme) WHERE $withThemes RETURN s
}
MATCH (s)<-[old:BACKS]-(:Instrument)
DELETE old

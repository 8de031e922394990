// Fragment: `evidence`, where the status of country `c` for instrument `i` comes from (after
// country/_statusAsOf: `statusEvidence`), or why no table says it. One wording for the gaps (d)
// stored in the cells (gaps/_cellLists) and the ones computed as of a year (gaps/ratificationGaps).
WITH *,
  CASE
    WHEN statusEvidence IS NOT NULL THEN statusEvidence
    WHEN i.kind IN ['ILO_CONVENTION', 'ILO_PROTOCOL'] AND i.ratificationStatusKnown
      THEN c.name + ' has no row in ' + i.ratificationSource + ', whose source does not list every ratification'
    WHEN i.ratificationStatusKnown THEN c.name + ' has no row in ' + i.ratificationSource + ' (UN member states only)'
    ELSE 'no ratification table for ' + i.id + ' in the seeds'
  END AS evidence

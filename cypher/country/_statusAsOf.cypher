// Fragment: `status` and `statusEvidence` (null without `r`), the status of a country for instrument `i` in the year
// $asOf (null: as the table observed it), from its status edge `r` (RATIFIED, SIGNED or
// NO_ACTION; null when no table has a row). The one place that says what a table means for an
// earlier year. A table records the status it observed (r.observedIn) and the year of each
// ratification, not the dates of signatures. So before r.observedIn: ratified by then is
// RATIFIED; ratified later, or only signed, is NOT_RATIFIED (not a party; whether it had
// signed is not recorded); no action then is no action before; a ratification with no year
// says nothing about the year asked (UNKNOWN); an instrument not yet adopted has no parties.
WITH *,
  $asOf IS NOT NULL AND r IS NOT NULL AND $asOf < r.observedIn AS earlier
WITH *,
  CASE
    WHEN r IS NULL THEN 'UNKNOWN'
    WHEN NOT earlier THEN type(r)
    WHEN i.adopted > $asOf THEN 'NOT_RATIFIED'
    WHEN type(r) = 'RATIFIED' AND r.year IS NULL THEN 'UNKNOWN'
    WHEN type(r) = 'RATIFIED' AND r.year <= $asOf THEN 'RATIFIED'
    WHEN type(r) = 'NO_ACTION' THEN 'NO_ACTION'
    ELSE 'NOT_RATIFIED'
  END AS status,
  CASE
    WHEN NOT earlier THEN null
    WHEN i.adopted > $asOf THEN 'in ' + $asOf + ' the ' + i.id + ' was not yet adopted (' + i.adopted + ')'
    WHEN type(r) = 'RATIFIED' AND r.year IS NULL THEN 'the table gives no year of ratification, so the status in ' + $asOf + ' is unknown'
    WHEN type(r) = 'RATIFIED' AND r.year <= $asOf THEN 'a party since ' + r.year
    WHEN type(r) = 'RATIFIED' THEN 'not yet a party in ' + $asOf + ': ratified in ' + r.year
    WHEN type(r) = 'SIGNED' THEN 'not a party in ' + $asOf + ' (signed by ' + r.observedIn + '; the year of signature is not recorded)'
    ELSE 'no action by ' + r.observedIn + ', so none in ' + $asOf
  END AS asOfNote
WITH *, CASE WHEN asOfNote IS NULL THEN r.evidence ELSE r.evidence + '; as of ' + $asOf + ': ' + asOfNote END AS statusEvidence

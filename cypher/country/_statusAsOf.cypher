// Fragment: `status` and `statusEvidence` (null when nothing is known), the status of country `c`
// for instrument `i` in the year $asOf (null: as the table observed it), from its status edge `r`
// (RATIFIED, SIGNED, NO_ACTION, DENOUNCED or NOT_RATIFIED; null when no table has a row). The one
// place that says what a table, and the lack of a row, means.
// No row: for an ILO convention or protocol a UN member that is not an ILO member cannot ratify
// (NOT_A_MEMBER); an ILO member missing from a table whose source lists every ratification has
// not ratified (NOT_RATIFIED, in any year asked); otherwise nothing is known (UNKNOWN).
// A row, asked about a year before r.observedIn: a table records the year of each ratification,
// not the dates of signatures. So ratified by then is RATIFIED; ratified later, or only signed, is
// NOT_RATIFIED (not a party; whether it had signed is not recorded); no action then is no action
// before; a ratification with no year says nothing about the year asked (UNKNOWN); a denounced
// convention was a party from r.ratifiedYear until the denunciation (r.year); an instrument not
// yet adopted has no parties.
WITH *,
  $asOf IS NOT NULL AND r IS NOT NULL AND $asOf < r.observedIn AS earlier,
  i.kind IN ['ILO_CONVENTION', 'ILO_PROTOCOL'] AS ilo
WITH *,
  CASE
    WHEN r IS NULL AND ilo AND c.iloMember = false AND c.unMember THEN 'NOT_A_MEMBER'
    WHEN r IS NULL AND ilo AND c.iloMember AND i.ratificationComplete THEN 'NOT_RATIFIED'
    WHEN r IS NULL THEN 'UNKNOWN'
    WHEN NOT earlier THEN type(r)
    WHEN i.adopted > $asOf THEN 'NOT_RATIFIED'
    WHEN type(r) = 'DENOUNCED' AND r.year IS NOT NULL AND r.year <= $asOf THEN 'DENOUNCED'
    WHEN type(r) = 'DENOUNCED' AND r.ratifiedYear IS NOT NULL AND r.ratifiedYear <= $asOf AND r.year IS NOT NULL THEN 'RATIFIED'
    WHEN type(r) = 'DENOUNCED' AND r.ratifiedYear IS NOT NULL AND r.ratifiedYear > $asOf THEN 'NOT_RATIFIED'
    WHEN type(r) = 'DENOUNCED' THEN 'UNKNOWN'
    WHEN type(r) = 'RATIFIED' AND r.year IS NULL THEN 'UNKNOWN'
    WHEN type(r) = 'RATIFIED' AND r.year <= $asOf THEN 'RATIFIED'
    WHEN type(r) = 'NO_ACTION' THEN 'NO_ACTION'
    ELSE 'NOT_RATIFIED'
  END AS status,
  CASE
    WHEN r IS NULL OR NOT earlier THEN null
    WHEN i.adopted > $asOf THEN 'in ' + $asOf + ' the ' + i.id + ' was not yet adopted (' + i.adopted + ')'
    WHEN type(r) = 'DENOUNCED' AND r.year IS NOT NULL AND r.year <= $asOf THEN 'denounced in ' + r.year
    WHEN type(r) = 'DENOUNCED' AND r.ratifiedYear IS NOT NULL AND r.ratifiedYear <= $asOf AND r.year IS NOT NULL THEN 'a party from ' + r.ratifiedYear + ' until its denunciation in ' + r.year
    WHEN type(r) = 'DENOUNCED' AND r.ratifiedYear IS NOT NULL AND r.ratifiedYear > $asOf THEN 'not yet a party in ' + $asOf + ': ratified in ' + r.ratifiedYear
    WHEN type(r) = 'DENOUNCED' THEN 'the table gives no year of ratification or denunciation, so the status in ' + $asOf + ' is unknown'
    WHEN type(r) = 'RATIFIED' AND r.year IS NULL THEN 'the table gives no year of ratification, so the status in ' + $asOf + ' is unknown'
    WHEN type(r) = 'RATIFIED' AND r.year <= $asOf THEN 'a party since ' + r.year
    WHEN type(r) = 'RATIFIED' THEN 'not yet a party in ' + $asOf + ': ratified in ' + r.year
    WHEN type(r) = 'SIGNED' THEN 'not a party in ' + $asOf + ' (signed by ' + r.observedIn + '; the year of signature is not recorded)'
    WHEN type(r) = 'NOT_RATIFIED' THEN 'not a party by ' + r.observedIn + ', so none in ' + $asOf
    ELSE 'no action by ' + r.observedIn + ', so none in ' + $asOf
  END AS asOfNote
WITH *,
  CASE
    WHEN r IS NOT NULL AND asOfNote IS NULL THEN r.evidence
    WHEN r IS NOT NULL THEN r.evidence + '; as of ' + $asOf + ': ' + asOfNote
    WHEN status = 'NOT_A_MEMBER' THEN c.name + ' is not an ILO member state, so it cannot ratify the ' + i.id + ': ' + c.iloMemberEvidence
    WHEN status = 'NOT_RATIFIED' THEN c.name + ' has no row in ' + i.ratificationSource + ', whose source lists every ratification (as of ' + i.ratificationObservedIn + '): not a party then, nor earlier; ' + c.iloMemberEvidence
  END AS statusEvidence

// The value of a typed property `p` of a restore row: `p.t` names the type, `p.v` holds the text
// of the value (one element for a single value, one per element for a list, `p.list` says which).
// NaN and the infinities have no literal and toFloat() does not parse them, so they are computed.
[vs IN [[s IN p.v | CASE p.t
  WHEN 'int' THEN toInteger(s)
  WHEN 'float' THEN CASE s WHEN 'NaN' THEN sqrt(-1.0) WHEN 'Infinity' THEN exp(1000.0) WHEN '-Infinity' THEN -exp(1000.0) ELSE toFloat(s) END
  WHEN 'date' THEN date(s)
  WHEN 'time' THEN time(s)
  WHEN 'localtime' THEN localtime(s)
  WHEN 'datetime' THEN datetime(s)
  WHEN 'localdatetime' THEN localdatetime(s)
  WHEN 'duration' THEN duration(s)
END]] | CASE WHEN p.list THEN vs ELSE vs[0] END][0]

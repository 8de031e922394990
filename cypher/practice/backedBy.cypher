// The instruments backing each practice, with the evidence path: the BACKS edges that
// backing/derive wrote (see there for the rule), the path as one list per step field, zipped
// into steps by the repository; the most specific first (specificityRank, see backing/derive).
// The practice row comes along, so that `practice(id) { backedBy }` is one statement. The
// reasons ($withReasons) and the steps' ends ($withEnds) only when the selection asks for them:
// together they are 40 % of what a practice's backings weigh.
UNWIND $ids AS id
MATCH (p:Practice {id: id})
RETURN id,
  COLLECT {
    MATCH (p)<-[b:BACKS]-(i:Instrument)
    RETURN b {instrument: i.id, .provision, .theme, .basis, .pathType, .pathBasis, .pathEvidence, .pathRule, .pathFootnote, .specificity,
      pathFrom: CASE WHEN $withEnds THEN b.pathFrom END, pathTo: CASE WHEN $withEnds THEN b.pathTo END,
      reasons: CASE WHEN $withReasons THEN b.reasons END} AS backing
    ORDER BY b.specificityRank DESC, backing.instrument, backing.theme, backing.provision
  } AS backings,
// @include practice/_row

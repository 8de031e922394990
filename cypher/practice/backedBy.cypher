// The instruments backing each practice, with the evidence path: the BACKS edges that
// backing/derive wrote (see there for the rule), the path as one list per step field, zipped
// into steps by the repository; the most specific first (specificityRank, see backing/derive).
// The practice row comes along, so that `practice(id) { backedBy }` is one statement.
UNWIND $ids AS id
MATCH (p:Practice {id: id})
RETURN id,
  COLLECT {
    MATCH (p)<-[b:BACKS]-(i:Instrument)
    RETURN b {instrument: i.id, .provision, .theme, .basis, .pathFrom, .pathType, .pathTo, .pathBasis, .pathEvidence, .pathRule, .pathFootnote,
      .specificity, .reasons} AS backing
    ORDER BY b.specificityRank DESC, backing.instrument, backing.theme, backing.provision
  } AS backings,
// @include practice/_row

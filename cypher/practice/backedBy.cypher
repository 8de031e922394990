// The instruments backing each practice, with the evidence path: the BACKS edges that
// the backing rule derived (src/backing/backingRule.ts), the path as one list per step field, zipped
// into steps by the repository; the most specific first (specificityRank, see the rule).
// Only what the selection asks for is read (see src/db/cypherShapes.ts): the steps ($withSteps),
// their rules and footnotes ($withRules), their ends ($withEnds), the reasons ($withReasons);
// the reasons and the ends together are 40 % of what a practice's backings weigh. The
// practice's whole row comes along when the selection asks for it ($withRow; else its id and
// title), so that `practice(id) { backedBy }` is one statement.
UNWIND $ids AS id
MATCH (p:Practice {id: id})
RETURN id,
  COLLECT {
    MATCH (p)<-[b:BACKS]-(i:Instrument)
    RETURN b {instrument: i.id, .provision, .theme, .basis, .specificity
// @when $withSteps
      , .pathType, .pathBasis, .pathEvidence
// @end
// @when $withRules
      , .pathRule, .pathFootnote
// @end
// @when $withEnds
      , .pathFrom, .pathTo
// @end
// @when $withReasons
      , .reasons
// @end
    } AS backing
    ORDER BY b.specificityRank DESC, backing.instrument, backing.theme, backing.provision
  } AS backings,
// @when $withRow
// @include practice/_rowMap
// @else
  p {.id, .title}
// @end
  AS practice

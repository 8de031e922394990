/** The ratios one benchmark run yields for a query (ours against each contender). */
export interface Ratios {
  /** ours p50 / floor p50 (the hand-written Cypher through the driver). */
  oursFloorP50: number;
  /** ours req/s / peer req/s; null where the peer cannot answer. */
  oursPeerRps: number | null;
  /** ours p50 / HTTP floor p50 (the same Cypher behind node:http, the same JSON). */
  oursHttpFloorP50: number;
}

/** Whether each of issue 19's targets holds; null where it does not apply (no peer). */
export interface TargetsMet {
  floor: boolean;
  peer: boolean | null;
  httpFloor: boolean;
}

/** Issue 19's targets, per research query, at 10k practices without the result cache. */
export const TARGETS = {
  /** ours p50 at most this many times the floor's. */
  maxOursFloorP50: 1.5,
  /** ours throughput at least this many times the peer's. */
  minOursPeerRps: 1.2,
  /** ours p50 at most this many times the HTTP floor's. */
  maxOursHttpFloorP50: 1.2,
} as const;

const over = (a: number, b: number) => (b > 0 ? a / b : Number.POSITIVE_INFINITY);

/** The ratios of one query's figures. */
export function ratiosOf(
  ours: { p50: number; requestsPerSecond: number },
  floor: { p50: number },
  httpFloor: { p50: number },
  peer: { requestsPerSecond: number } | null,
): Ratios {
  return {
    oursFloorP50: over(ours.p50, floor.p50),
    oursPeerRps: peer ? over(ours.requestsPerSecond, peer.requestsPerSecond) : null,
    oursHttpFloorP50: over(ours.p50, httpFloor.p50),
  };
}

/** Which targets the ratios meet. */
export function targetsMet(r: Ratios): TargetsMet {
  return {
    floor: r.oursFloorP50 <= TARGETS.maxOursFloorP50,
    peer: r.oursPeerRps === null ? null : r.oursPeerRps >= TARGETS.minOursPeerRps,
    httpFloor: r.oursHttpFloorP50 <= TARGETS.maxOursHttpFloorP50,
  };
}

/** `✓ ✓ ✗`: floor, peer, HTTP floor, in that order; `–` where a target does not apply. */
export function targetMarks(t: TargetsMet): string {
  const mark = (x: boolean | null) => (x === null ? '–' : x ? '✓' : '✗');
  return [t.floor, t.peer, t.httpFloor].map(mark).join(' ');
}

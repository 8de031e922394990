import { benchMarkdown, type Figures, type QueryResult } from '../../../bench/benchReport';
import { ratiosOf, targetMarks, targetsMet } from '../../../bench/benchTargets';

const fig = (p50: number, requestsPerSecond: number): Figures => ({ p50, requestsPerSecond, p95: p50 * 2, p99: p50 * 3, requests: 100, errors: 0 });

function result(name: string, ours: Figures, floor: Figures, httpFloor: Figures, peer: Figures | null, agree = true): QueryResult {
  const ratios = ratiosOf(ours, floor, httpFloor, peer);
  return {
    name,
    description: name,
    agree: { floor: agree, httpFloor: true, peer: peer ? true : null },
    answerSize: 1,
    ours: { ...ours, dbStatements: 1 },
    peer,
    floor,
    httpFloor,
    ratios,
    targetsMet: targetsMet(ratios),
  };
}

describe('the targets of issue 19 (bench/benchTargets.ts)', () => {
  it('holds a ratio exactly at a target as met, and just past it as missed', () => {
    // ours/floor 15/10 = 1.5, ours/peer 120/100 = 1.2, ours/HTTP floor 15/12.5 = 1.2: all on the line.
    expect(targetsMet(ratiosOf(fig(15, 120), fig(10, 0), fig(12.5, 0), fig(0, 100)))).toEqual({ floor: true, peer: true, httpFloor: true });
    expect(targetsMet(ratiosOf(fig(15.1, 119), fig(10, 0), fig(12.5, 0), fig(0, 100)))).toEqual({ floor: false, peer: false, httpFloor: false });
  });

  it('does not apply the peer target where the peer cannot answer', () => {
    const t = targetsMet(ratiosOf(fig(20, 50), fig(10, 0), fig(19, 0), null));
    expect(t).toEqual({ floor: false, peer: null, httpFloor: true });
    expect(targetMarks(t)).toBe('✗ – ✓');
  });
});

describe('benchMarkdown (bench/benchReport.ts)', () => {
  const results = [
    result(
      'fast',
      { ...fig(12, 300), cpuMsPerRequest: { server: 1.5, neo4j: 2.25 } },
      fig(10, 400),
      { ...fig(11, 350), cpuMsPerRequest: { server: 0.5, neo4j: 1 } },
      fig(40, 100),
    ),
    result('slow', fig(60, 50), fig(10, 400), fig(20, 200), null),
    result('wrong', fig(5, 500), fig(10, 400), fig(10, 400), fig(40, 100), false),
  ];
  const md = benchMarkdown(
    '10k',
    { practices: 10000, nodes: 1, relationships: 1, seconds: 0, nodesPerSecond: 0, relationshipsPerSecond: 0, skipped: true, stepSeconds: {} },
    results,
    {
      date: 'd',
      machine: 'm',
      commit: 'c',
      connections: 8,
      seconds: 8,
      rssBefore: 1,
      rssAfter: 2,
      resultCacheMs: 0,
      versions: {},
    },
  );
  const row = (table: number, name: string) =>
    md
      .split('\n')
      .filter((l) => l.startsWith(`| ${name} |`))
      [table]!.split(' | ');

  it('lists the HTTP floor beside the floor and the peer', () => {
    expect(row(0, 'fast').slice(7)).toEqual(['40.0', '100', '11.0', '350', '10.0', '400 |']);
  });

  it('states the ratios against each target and which are met', () => {
    expect(row(1, 'fast')).toEqual(['| fast', '1.20', '3.00', '1.09', '1.10', '0.30', '✓ ✓ ✓ |']);
    expect(row(1, 'slow')).toEqual(['| slow', '6.00', '–', '3.00', '2.00', '–', '✗ – ✗ |']);
  });

  it("lists each HTTP contender's CPU per request, server and Neo4j, and a dash where none was read", () => {
    expect(row(2, 'fast')).toEqual(['| fast', '1.50', '2.25', '–', '–', '0.50', '1.00 |']);
    expect(row(2, 'slow')).toEqual(['| slow', '–', '–', '–', '–', '–', '– |']);
  });

  it('gives no target marks to a query whose contenders disagree, and does not count it as met', () => {
    expect(row(0, 'wrong')[1]).toBe('NO');
    expect(row(1, 'wrong').at(-1)).toBe('answers differ |');
    expect(md).toContain('Targets met: 1 of 3 queries meet all that apply.');
  });
});

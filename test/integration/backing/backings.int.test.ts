import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from '../../../src/db/cypherCatalog';
import { CurationRepository } from '../../../src/curation/curationRepository';
import { loadReferenceData, SEEDS_DIR } from '../../../src/ingest/referenceData';
import { readInstrumentScope } from '../../../src/load/instrumentScope';
import { TestHelper } from '../../support/TestHelper';

type LinkType = 'BACKED_BY' | 'ADDRESSES';

/** The curation writes these tests make, as a curator's changes (each one transaction, journaled). */
function curationWrites(repo: CurationRepository) {
  const stamp = () => ({ id: randomUUID(), at: new Date().toISOString(), curator: 'test' });
  return {
    link: (practiceId: string, link: { type: LinkType; target: string; evidence: string }) =>
      repo.apply({ op: 'linkPractice', practiceId, link }, stamp(), null),
    unlink: (practiceId: string, type: LinkType, target: string) => repo.apply({ op: 'unlinkPractice', practiceId, link: { type, target } }, stamp(), null),
    update: (practiceId: string, fields: { summary: string }, evidence: string) =>
      repo.apply({ op: 'updatePractice', practiceId, fields, evidence }, stamp(), null),
  };
}

/**
 * The backing rule is derived once (src/backing/backingRule.ts) into BACKS edges, at every load
 * and at every curation write. These tests check the derived edges against an oracle written
 * here independently (variable-length paths over the source edges), and that writes keep them
 * current in their own transaction.
 */
describe('derived backings (BACKS)', () => {
  let helper: TestHelper;
  let curation: ReturnType<typeof curationWrites>;

  // The oracle: (practice, instrument) pairs reached over the source edges, not over BACKS.
  const oraclePairs = async (): Promise<string[]> =>
    (
      await helper.cypher<{ pair: string }>(`
        MATCH (p:Practice)
        CALL (p) {
          MATCH (p)-[:ADDRESSES]->(:Theme)<-[:GROUNDS]-()-[:PART_OF*0..1]->(:Instrument)-[:INTERPRETS*0..1]->(i:Instrument) RETURN i
          UNION
          MATCH (p)-[:BACKED_BY]->(:Instrument)-[:INTERPRETS*0..1]->(i:Instrument) RETURN i
        }
        RETURN DISTINCT p.id + ' ' + i.id AS pair ORDER BY pair`)
    ).map((r) => r.pair);
  const derivedPairs = async (): Promise<string[]> =>
    (await helper.cypher<{ pair: string }>(`MATCH (p:Practice)<-[:BACKS]-(i:Instrument) RETURN DISTINCT p.id + ' ' + i.id AS pair ORDER BY pair`)).map(
      (r) => r.pair,
    );
  const backsOf = async (id: string) =>
    helper.cypher<{ instrument: string; theme: string | null; basis: string; from: string[]; to: string[]; types: string[]; evidence: string[] }>(
      `MATCH (:Practice {id: $id})<-[b:BACKS]-(i:Instrument)
       RETURN i.id AS instrument, b.theme AS theme, b.basis AS basis, b.pathFrom AS from, b.pathTo AS to, b.pathType AS types, b.pathEvidence AS evidence
       ORDER BY instrument, theme, b.provision`,
      { id },
    );

  // The specificity oracle: from the scope table as read here and the source edges (not BACKS),
  // the highest level per (practice, instrument), computed in TypeScript with its own text match.
  const LEVELS = ['THEMATIC', 'SCOPE', 'GROUP', 'DIRECT_LINK', 'NAMED_IN_TEXT'];
  const oracleSpecificity = async (): Promise<Record<string, string>> => {
    const ref = loadReferenceData();
    const scopes = new Map(readInstrumentScope(SEEDS_DIR, ref).map((sc) => [sc.instrument, sc]));
    const words = (t: string) =>
      t
        .toLowerCase()
        .replace(/[’]/g, "'")
        .split(/[^\p{L}\p{N}']+/u)
        .filter(Boolean)
        .join(' ');
    const names = (id: string): string[] => {
      const i = ref.instruments.find((x) => x.id === id)!;
      return [i.name, i.nameFr, ...(scopes.get(id)?.names ?? [])];
    };
    const named = (text: string, name: string) =>
      /^[A-Z0-9-]+$/.test(name) ? text.split(/[^\p{L}\p{N}-]+/u).includes(name) : ` ${words(text)} `.includes(` ${words(name)} `);
    const facts = await helper.cypher<{ id: string; text: string; groups: string[]; stages: string[]; themes: string[]; direct: string[] }>(`
      MATCH (p:Practice)
      RETURN p.id AS id, coalesce(p.title, '') + '\n' + coalesce(p.summary, '') AS text,
        [(p)-[:BENEFITS]->(g) | g.id] AS groups, [(p)-[:AT_STAGE]->(st) | st.id] AS stages, [(p)-[:ADDRESSES]->(t) | t.id] AS themes,
        [(p)-[:BACKED_BY]->(i) | i.id] + [(p)-[:BACKED_BY]->()-[:INTERPRETS]->(i) | i.id] AS direct`);
    const byId = new Map(facts.map((f) => [f.id, f]));
    const expected: Record<string, string> = {};
    for (const pair of await oraclePairs()) {
      const [practice, instrument] = pair.split(' ') as [string, string];
      const f = byId.get(practice)!;
      const scope = scopes.get(instrument);
      const level = names(instrument).some((n) => named(f.text, n))
        ? 4
        : f.direct.includes(instrument)
          ? 3
          : scope?.groups.some((g) => f.groups.includes(g))
            ? 2
            : scope?.stages.some((st) => f.stages.includes(st)) || scope?.themes.some((t) => f.themes.includes(t))
              ? 1
              : 0;
      expected[pair] = LEVELS[level]!;
    }
    return expected;
  };
  const derivedSpecificity = async (): Promise<Record<string, string>> =>
    Object.fromEntries(
      (
        await helper.cypher<{ pair: string; specificity: string }>(`
          MATCH (p:Practice)<-[b:BACKS]-(i:Instrument)
          WITH p.id + ' ' + i.id AS pair, b ORDER BY b.specificityRank DESC
          RETURN pair, head(collect(b.specificity)) AS specificity`)
      ).map((r) => [r.pair, r.specificity]),
    );

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    curation = curationWrites(new CurationRepository(helper.executor, TestHelper.curation().journal));
  });
  afterAll(async () => {
    await helper.close();
  });

  it('derives at load exactly the pairs the source edges imply, for every practice', async () => {
    const expected = await oraclePairs();
    expect(expected.length).toBeGreaterThan(100);
    expect(await derivedPairs()).toEqual(expected);
  });

  it('gives every theme the instruments that ground it, through provisions and interpreted treaties', async () => {
    const rows = await helper.cypher<{ instrument: string; provision: string | null }>(
      `MATCH (:Theme {id: 'health'})<-[b:BACKS]-(i:Instrument) RETURN i.id AS instrument, b.provision AS provision ORDER BY instrument, provision`,
    );
    const ids = rows.map((r) => r.instrument);
    // ICESCR art. 12 grounds health in the paper; the general comment on health interprets the ICESCR.
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ instrument: 'ICESCR', provision: expect.stringMatching(/^ICESCR\/12/) })]));
    expect(new Set(ids).size).toBeGreaterThan(1);
  });

  it('walks INTERPRETS but not SUPPLEMENTS: a protocol backs what it grounds itself, not its convention', async () => {
    const [row] = await helper.cypher<{ supplements: number; walked: number; p29: number; c29: number }>(`
      RETURN COUNT { (:Instrument {id: 'ILO-P29'})-[:SUPPLEMENTS]->(:Instrument {id: 'ILO-C29'}) } AS supplements,
        COUNT { ()-[b:BACKS]->() WHERE 'SUPPLEMENTS' IN b.pathType } AS walked,
        COUNT { (:Instrument {id: 'ILO-P29'})-[:BACKS]->(:Theme {id: 'decent-work'}) } AS p29,
        COUNT { (:Instrument {id: 'ILO-C29'})-[:BACKS]->(:Theme {id: 'decent-work'}) } AS c29`);
    // Each grounds decent work in the paper's own words, once; neither reaches it through the other.
    expect(row).toEqual({ supplements: 1, walked: 0, p29: 1, c29: 1 });
  });

  it('carries the rule of an inferred GROUNDS step into the path', async () => {
    const [row] = await helper.cypher<{ basis: string[]; rule: string[] }>(
      `MATCH (:Instrument {id: 'CRC'})-[b:BACKS]->(:Theme {id: 'health'}) RETURN b.pathBasis AS basis, b.pathRule AS rule`,
    );
    expect(row!.basis).toEqual(['inferred']);
    expect(row!.rule[0]).toMatch(/cites no instrument/);
  });

  it('stores each step of the path with its provenance, starting at the practice', async () => {
    const rows = await backsOf('beta-groups');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.from[0]).toBe('Practice:beta-groups');
      expect(row.types.length).toBe(row.from.length);
      // The path ends at the instrument, or at the theme the instrument itself GROUNDS.
      expect(row.to.at(-1) === `Instrument:${row.instrument}` || (row.types.at(-1) === 'GROUNDS' && row.from.at(-1) === `Instrument:${row.instrument}`)).toBe(
        true,
      );
      for (const evidence of row.evidence) expect(evidence.length).toBeGreaterThan(0);
    }
  });

  it('keeps BACKS current in the transaction of each curation write, with curated backings marked', async () => {
    const id = 'beta-groups';
    const before = await backsOf(id);
    expect(before.some((b) => b.instrument === 'CEDAW' && b.theme === null)).toBe(false);

    await curation.link(id, { type: 'BACKED_BY', target: 'CEDAW', evidence: 'test: a direct backing' });
    const linked = await backsOf(id);
    const direct = linked.filter((b) => b.theme === null);
    expect(direct.map((b) => b.instrument)).toContain('CEDAW');
    expect(direct.every((b) => b.basis === 'curated')).toBe(true);
    expect(await derivedPairs()).toEqual(await oraclePairs());

    await curation.unlink(id, 'BACKED_BY', 'CEDAW');
    expect(await backsOf(id)).toEqual(before);

    // Removing the practice's only theme of 'detention' (if any) or adding one changes its backings.
    await curation.link(id, { type: 'ADDRESSES', target: 'detention', evidence: 'test: a theme' });
    expect(await derivedPairs()).toEqual(await oraclePairs());
    expect((await backsOf(id)).some((b) => b.theme === 'detention')).toBe(true);
    await curation.unlink(id, 'ADDRESSES', 'detention');
    expect((await backsOf(id)).some((b) => b.theme === 'detention')).toBe(false);
    expect(await derivedPairs()).toEqual(await oraclePairs());
  });

  it('ranks every backing as an independent reading of the scope table and the source edges does, before and after curation', async () => {
    const expected = await oracleSpecificity();
    const levels = new Set(Object.values(expected));
    // The seed graph has group, scope and thematic backings (no practice's text names an instrument).
    expect([...levels].sort()).toEqual(['GROUP', 'SCOPE', 'THEMATIC']);
    expect(await derivedSpecificity()).toEqual(expected);

    // A summary that names the Migrant Workers Convention, and a curator's direct link.
    const id = 'multidisciplinary-coordinating-group-against-trafficking-in-human-beings';
    const [before] = await helper.cypher<{ summary: string }>('MATCH (p:Practice {id: $id}) RETURN p.summary AS summary', { id });
    await curation.update(id, { summary: `${before!.summary} It applies the Migrant Workers Convention.` }, 'test: an instrument named');
    await curation.link(id, { type: 'BACKED_BY', target: 'UNHCR-DETENTION-2012', evidence: 'test: a direct backing' });
    const curated = await oracleSpecificity();
    expect(curated[`${id} ICRMW`]).toBe('NAMED_IN_TEXT');
    expect(curated[`${id} UNHCR-DETENTION-2012`]).toBe('DIRECT_LINK');
    expect(await derivedSpecificity()).toEqual(curated);
    const [icrmw] = await helper.cypher<{ reasons: string[] }>(
      `MATCH (:Practice {id: $id})<-[b:BACKS]-(:Instrument {id: 'ICRMW'}) RETURN b.reasons AS reasons LIMIT 1`,
      { id },
    );
    expect(icrmw!.reasons[0]).toBe('the practice\'s summary names the ICRMW: "Migrant Workers Convention"');

    await curation.unlink(id, 'BACKED_BY', 'UNHCR-DETENTION-2012');
    await curation.update(id, { summary: before!.summary }, 'test: restored');
    expect(await derivedSpecificity()).toEqual(expected);
  });

  it("keeps the rule in one place: no Cypher file but the rule's own reads walks from a practice to an instrument", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name.endsWith('.cypher')) files.push(path.join(dir, e.name));
      }
    };
    walk(CYPHER_DIR);
    // A walk over GROUNDS in either direction, a BACKED_BY walk, or an INTERPRETS hop of a path.
    const walksTheRule = (text: string) =>
      /MATCH[^\n]*:GROUNDS\]/.test(text) || /MATCH\s*\([^)]*\)-\[\w*:BACKED_BY\]->/.test(text) || /INTERPRETS\*/.test(text);
    const offenders = files.filter((f) => walksTheRule(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(CYPHER_DIR, f));
    expect(offenders.sort()).toEqual(['backing/rules.cypher', 'backing/subjects.cypher']);
  });
});

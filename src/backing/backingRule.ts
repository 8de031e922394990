import { nameRegExp } from '../load/instrumentScope';

// THE backing rule, written once: which instruments back a practice, and through which steps.
// Every reader (backedBy, the instrument filter, the matrix, coverage, gaps, exports) reads the
// BACKS relationships written from what this module derives, never the path itself.
//   An instrument backs a theme when it, or one of its provisions (PART_OF it), GROUNDS the
//   theme. It backs a practice when it backs a theme the practice ADDRESSES, or when a curator
//   linked the practice to it directly (BACKED_BY). A committee text that backs something
//   INTERPRETS a treaty, which then backs it one step further. A protocol SUPPLEMENTS its
//   convention without interpreting it: a treaty of its own, ratified apart, it backs only what
//   it grounds itself (the paper grounds the ILO's 2014 protocol and C29 each in its own words).
// A GROUNDS step the project inferred (basis `inferred`) carries the rule that says why.
// Each BACKS edge carries the theme it goes through (null for a direct link), the provision the
// paper cites (null through INTERPRETS), the basis of the first step, and the whole path with
// every step's provenance (`pathFrom`, `pathType`, `pathTo`, `pathBasis`, ...: one list per
// field). It runs at every load for everything (every practice, and the themes) and at every
// curation write for the practice it touched, in the same transaction (src/backing/rederiveBackings.ts),
// so the derived edges never disagree with their sources. It is plain TypeScript over rows read
// with cypher/backing/rules.cypher and subjects.cypher: finding 1,000 practices' edges took the
// Cypher statement 1.2-1.3 s, and takes reading and this rule 0.1-0.3 s (README "Load").

/** The module that holds the rule, as each BACKS edge names it (`rule`). */
export const BACKING_RULE = 'src/backing/backingRule.ts';

/** This file, whose text is part of the load's fingerprint: a changed rule derives anew at the next start. */
export const BACKING_RULE_FILE = __filename;

type Value = string | number | null;

const SPECIFICITY = ['THEMATIC', 'SCOPE', 'GROUP', 'DIRECT_LINK', 'NAMED_IN_TEXT'] as const;

/** What cypher/backing/rules.cypher reads: the reference side of every backing. */
export interface BackingRuleInputs {
  groundings: Array<{
    theme: string;
    srcLabel: string;
    src: string;
    srcIsProvision: boolean;
    srcIsInstrument: boolean;
    basis: Value;
    evidence: Value;
    rule: Value;
    footnote: Value;
    owner: string | null;
    partOfBasis: Value;
    partOfEvidence: Value;
  }>;
  interprets: Array<{ from: string; to: string; basis: Value; evidence: Value }>;
  instruments: Array<{
    id: string;
    textNames: string[];
    protects: string[];
    scopeStages: string[];
    scopeThemes: string[];
    scopeEvidence: string | null;
  }>;
  groups: Array<{ id: string; name: string }>;
  stages: Array<{ id: string; name: string }>;
  themes: Array<{ id: string; name: string }>;
}

/** A practice as cypher/backing/subjects.cypher reads it: its text and the edges the rule follows. */
export interface BackingSubject {
  id: string;
  title: string | null;
  summary: string | null;
  addresses: Array<{ theme: string; basis: Value; evidence: Value; rule: Value }>;
  backedBy: Array<{ instrument: string; basis: Value; evidence: Value }>;
  groups: string[];
  stages: string[];
}

/** One step of a backing's path, with its provenance. */
export interface BackingStep {
  from: string;
  type: string;
  to: string;
  basis: Value;
  evidence: Value;
  rule: Value;
  footnote: Value;
}

/**
 * One BACKS edge the rule derived (written by src/backing/rederiveBackings.ts). Steps are shared
 * between edges (a theme's grounding is a step of every practice that addresses it), so a write
 * can send each once.
 */
export interface BackingEdge {
  target: string;
  subjectLabel: 'Practice' | 'Theme';
  subject: string;
  theme: string | null;
  provision: string | null;
  basis: Value;
  path: BackingStep[];
  specificity: (typeof SPECIFICITY)[number];
  specificityRank: number;
  reasons: string[];
}

/** A step from one node to another, with the provenance of the edge it follows (none has a footnote but GROUNDS). */
function step(from: string, type: string, to: string, edge: { basis: Value; evidence: Value; rule?: Value; footnote?: Value }): BackingStep {
  return { from, type, to, basis: edge.basis, evidence: edge.evidence, rule: edge.rule ?? null, footnote: edge.footnote ?? null };
}

/** An instrument reached from a theme: the steps from the grounding source on, and the provision cited. */
interface Grounding {
  inst: string;
  theme: string;
  basis: Value;
  provision: string | null;
  steps: BackingStep[];
}

/**
 * The rule's reading of the reference side, prepared once: each theme's groundings, each
 * instrument's interpretations and scope, the names' regular expressions. A load prepares it
 * once for all its batches.
 */
export class BackingRule {
  private readonly groundingsByTheme = new Map<string, Grounding[]>();
  private readonly interpretsByInstrument = new Map<string, Array<{ to: string; step: BackingStep }>>();
  private readonly instruments = new Map<string, BackingRuleInputs['instruments'][number] & { names: Array<{ name: string; pattern: RegExp }> }>();
  private readonly groupNames: Map<string, string>;
  private readonly stageNames: Map<string, string>;
  private readonly themeNames: Map<string, string>;

  constructor(inputs: BackingRuleInputs) {
    for (const g of inputs.groundings) {
      // A provision reaches its instrument through PART_OF; the load makes every provision with it.
      const inst = g.owner ?? (g.srcIsInstrument ? g.src : null);
      if (inst === null) continue;
      const steps = [step(`${g.srcLabel}:${g.src}`, 'GROUNDS', `Theme:${g.theme}`, g)];
      if (g.owner !== null) {
        steps.push(step(`Provision:${g.src}`, 'PART_OF', `Instrument:${g.owner}`, { basis: g.partOfBasis, evidence: g.partOfEvidence }));
      }
      const list = this.groundingsByTheme.get(g.theme) ?? [];
      list.push({ inst, theme: g.theme, basis: g.basis, provision: g.srcIsProvision ? g.src : null, steps });
      this.groundingsByTheme.set(g.theme, list);
    }
    for (const ip of inputs.interprets) {
      const list = this.interpretsByInstrument.get(ip.from) ?? [];
      list.push({ to: ip.to, step: step(`Instrument:${ip.from}`, 'INTERPRETS', `Instrument:${ip.to}`, ip) });
      this.interpretsByInstrument.set(ip.from, list);
    }
    for (const i of inputs.instruments) this.instruments.set(i.id, { ...i, names: i.textNames.map((name) => ({ name, pattern: nameRegExp(name) })) });
    this.groupNames = new Map(inputs.groups.map((g) => [g.id, g.name]));
    this.stageNames = new Map(inputs.stages.map((s) => [s.id, s.name]));
    this.themeNames = new Map(inputs.themes.map((t) => [t.id, t.name]));
  }

  /** The themes' own backings: every instrument that grounds each theme, directly or through a provision. */
  themeBackings(): BackingEdge[] {
    const out: BackingEdge[] = [];
    for (const theme of [...this.themeNames.keys()].sort()) {
      for (const g of this.groundingsByTheme.get(theme) ?? []) {
        this.reach(g.inst, g.provision, g.steps, (target, provision, path, via) => {
          const reasons = [`the ${target}${via !== target ? ` (through the ${via}, which interprets it)` : ''} grounds the theme ${theme}`];
          out.push(this.edge(target, 'Theme', theme, theme, provision, g.basis, path, 1, reasons));
        });
      }
    }
    return out;
  }

  /** A practice's backings: through each theme it addresses, and each instrument a curator linked it to. */
  practiceBackings(s: BackingSubject): BackingEdge[] {
    const out: BackingEdge[] = [];
    const derived = (theme: string | null, basis: Value, provision: string | null, steps: BackingStep[], start: string) =>
      this.reach(start, provision, steps, (target, prov, path, via) => out.push(this.practiceEdge(s, target, theme, basis, prov, path, via)));
    for (const a of s.addresses) {
      const lead = step(`Practice:${s.id}`, 'ADDRESSES', `Theme:${a.theme}`, a);
      for (const g of this.groundingsByTheme.get(a.theme) ?? []) derived(a.theme, a.basis ?? g.basis, g.provision, [lead, ...g.steps], g.inst);
    }
    for (const b of s.backedBy) {
      derived(null, b.basis, null, [step(`Practice:${s.id}`, 'BACKED_BY', `Instrument:${b.instrument}`, b)], b.instrument);
    }
    return out;
  }

  /** The instrument itself, and each treaty it interprets one step further (without the provision, which is the interpreter's). */
  private reach(
    inst: string,
    provision: string | null,
    steps: BackingStep[],
    emit: (target: string, provision: string | null, path: BackingStep[], via: string) => void,
  ): void {
    emit(inst, provision, steps, inst);
    for (const ip of this.interpretsByInstrument.get(inst) ?? []) emit(ip.to, null, [...steps, ip.step], inst);
  }

  // How specific the backing is to this practice (README "How specific is a backing?"), from the
  // instrument's scope (seeds/reference/instrument-scope.yaml, loaded onto the instrument):
  //   NAMED_IN_TEXT (5) the practice's title or summary names the instrument (one of its textNames);
  //   DIRECT_LINK (4)   a curator linked the practice to it (BACKED_BY);
  //   GROUP (3)         it protects a group the practice BENEFITS;
  //   SCOPE (2)         its scope is a stage the practice is AT_STAGE, or wholly a theme the practice ADDRESSES;
  //   THEMATIC (1)      none of these: it grounds a theme the practice addresses, as it does for every such practice.
  // The specificity is the highest that holds; `reasons` says each one that holds, most specific first.
  private practiceEdge(
    s: BackingSubject,
    target: string,
    theme: string | null,
    basis: Value,
    provision: string | null,
    path: BackingStep[],
    via: string,
  ): BackingEdge {
    const inst = this.instruments.get(target);
    const named: Array<{ name: string; field: string }> = [];
    for (const { name, pattern } of inst?.names ?? []) {
      const inTitle = pattern.test(s.title ?? '');
      if (inTitle || pattern.test(s.summary ?? '')) named.push({ name, field: inTitle ? 'title' : 'summary' });
    }
    // Ordered by id, so the reasons read the same after any reload or replay.
    const groups = s.groups.filter((g) => inst?.protects.includes(g)).sort();
    const stages = s.stages.filter((st) => inst?.scopeStages.includes(st)).sort();
    const wholeThemes = s.addresses
      .map((a) => a.theme)
      .filter((t) => inst?.scopeThemes.includes(t))
      .sort();
    const first = path[0];
    const direct = first?.type === 'BACKED_BY';
    const rank = named.length > 0 ? 5 : direct ? 4 : groups.length > 0 ? 3 : stages.length + wholeThemes.length > 0 ? 2 : 1;
    const evidence = inst?.scopeEvidence;
    const lower = (names: Map<string, string>, id: string) => (names.get(id) ?? '').toLowerCase();
    const reasons = [
      ...named.map((n) => `the practice's ${n.field} names the ${target}: "${n.name}"`),
      ...(direct ? [`a curator linked the practice to the ${target} directly (BACKED_BY: ${first?.evidence ?? ''})`] : []),
      ...groups.map((g) => `the ${target} protects ${lower(this.groupNames, g)}, whom the practice benefits (BENEFITS ${g}; ${evidence})`),
      ...stages.map((st) => `the ${target}'s scope is the ${lower(this.stageNames, st)} stage, where the practice works (AT_STAGE ${st}; ${evidence})`),
      ...wholeThemes.map((t) => `the ${target} is wholly about ${lower(this.themeNames, t)}, which the practice addresses (ADDRESSES ${t}; ${evidence})`),
      ...(theme === null
        ? []
        : [
            `${rank === 1 ? 'thematic only: ' : 'thematic: '}the ${target}${via !== target ? ` (through the ${via}, which interprets it)` : ''} grounds ${theme}, which the practice addresses (ADDRESSES ${theme})`,
          ]),
    ];
    return this.edge(target, 'Practice', s.id, theme, provision, basis, path, rank, reasons);
  }

  private edge(
    target: string,
    subjectLabel: BackingEdge['subjectLabel'],
    subject: string,
    theme: string | null,
    provision: string | null,
    basis: Value,
    path: BackingStep[],
    rank: number,
    reasons: string[],
  ): BackingEdge {
    return { target, subjectLabel, subject, theme, provision, basis, path, specificity: SPECIFICITY[rank - 1] ?? 'THEMATIC', specificityRank: rank, reasons };
  }
}

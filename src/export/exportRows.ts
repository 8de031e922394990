import type { BackingSpecificity } from '../generated/graphql';
import type { PracticeCurationRow, PracticeRow } from '../practice/practiceRow';

/** A node of an exported subgraph. */
export interface ExportNode {
  id: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
}

/** An edge of an exported subgraph, with its provenance among its properties. */
export interface ExportEdge {
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

/** An outgoing edge of a node, as JSON-LD writes it on the node: its type and target. */
export interface ExportLink {
  type: string;
  target: string;
}

/**
 * An exported subgraph as it streams, in this order: one head (the property keys the XML
 * formats declare first), every node, then every edge among the nodes.
 */
export type ExportGraphPart =
  { kind: 'head'; nodeKeys: string[]; edgeKeys: string[] } | { kind: 'node'; node: ExportNode; links: ExportLink[] } | { kind: 'edge'; edge: ExportEdge };

interface Named {
  id: string;
  name: string;
}

/** One practice and what it relates to, for the CSV export. */
export interface PracticeExportRow {
  practice: Omit<PracticeRow, 'notes' | keyof PracticeCurationRow> & { basis: string; evidence: string };
  countries: Named[];
  concerns: Named[];
  partners: Array<Named & { kind: string }>;
  themes: Named[];
  groups: Named[];
  stages: Named[];
  objectives: Named[];
  targets: Named[];
  /** With the specificity of the instrument's most specific backing of the practice. */
  instruments: Array<Named & { specificity: BackingSpecificity }>;
  documents: Array<{ id: string; title: string; file: string }>;
}

/** Property values as text: lists joined with "; ", nulls empty. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(asText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { PropertyTriple } from '../src/backup/propertyCodec';
import type { Executor } from '../src/db/executor';

/** What {@link writeImportCsv} wrote: the importer's arguments, counts and the backings' checksum. */
export interface ImportCsv {
  /** `--nodes=...` and `--relationships=...` arguments, one per file. */
  args: string[];
  nodes: number;
  relationships: number;
  backs: number;
  /** An order-free checksum of every BACKS edge: its two ends' ids and all its properties. */
  backsChecksum: string;
}

/**
 * Between elements of a list property. The importer splits lists on one character; the default
 * `;` occurs in the backings' evidence, the unit separator in none of the project's text.
 */
export const ARRAY_DELIMITER = '\u001f';

// Cypher's valueType() to the importer's header types.
const IMPORT_TYPE: Record<string, string> = {
  STRING: 'string',
  BOOLEAN: 'boolean',
  INTEGER: 'long',
  FLOAT: 'double',
  DATE: 'date',
  'LOCAL DATETIME': 'localdatetime',
  'ZONED DATETIME': 'datetime',
  'LOCAL TIME': 'localtime',
  'ZONED TIME': 'time',
  DURATION: 'duration',
};

function headerOf(triples: PropertyTriple[]): string[] {
  return triples.map(([key, type]) => {
    const plain = type.replace(/ NOT NULL/g, '').trim();
    const list = /^LIST<(.+)>$/.exec(plain);
    const base = IMPORT_TYPE[list ? list[1]! : plain] ?? 'string';
    return `${key}:${base}${list ? '[]' : ''}`;
  });
}

// The backup's statements give every value as a string, a boolean or a list of them (see backup/_properties).
type Plain = string | boolean | null | Array<string | boolean>;
const cell = (value: unknown): string => {
  const plain = value as Plain;
  return Array.isArray(plain) ? plain.map(String).join(ARRAY_DELIMITER) : plain === null ? '' : String(plain);
};

/**
 * The files of one group (a label set or a relationship type with one set of property keys and
 * types, since a CSV header is fixed): created on the first row, appended to in batches.
 */
class GroupFiles {
  private readonly files = new Map<string, { file: string; pending: string[][] }>();
  readonly args: string[] = [];
  constructor(
    private readonly dir: string,
    private readonly flag: string,
  ) {}

  add(shape: string, header: () => string[], row: string[]): void {
    let group = this.files.get(shape);
    if (!group) {
      const file = path.join(this.dir, `${this.flag}-${this.files.size}.csv`);
      fs.writeFileSync(file, stringify([header()]));
      group = { file, pending: [] };
      this.files.set(shape, group);
      this.args.push(`--${this.flag}=${file}`);
    }
    group.pending.push(row);
    if (group.pending.length >= 5_000) this.flushGroup(group);
  }

  flush(): void {
    for (const group of this.files.values()) this.flushGroup(group);
  }

  private flushGroup(group: { file: string; pending: string[][] }): void {
    fs.appendFileSync(group.file, stringify(group.pending));
    group.pending = [];
  }
}

/**
 * Streams every node and relationship of the database (the backup's statements) into CSV files
 * in the importer's header format under `dir`, so `neo4j-admin database import` can rebuild the
 * same graph, derived BACKS edges included. Sums a hash per BACKS edge on the way.
 */
export async function writeImportCsv(executor: Executor, dir: string): Promise<ImportCsv> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const nodeFiles = new GroupFiles(dir, 'nodes');
  const relFiles = new GroupFiles(dir, 'relationships');
  // Node keys to the project's ids, so the checksum does not depend on element ids.
  const idOf = new Map<string, string>();
  let nodes = 0;
  for await (const row of executor.stream<{ key: string; labels: string[]; props: PropertyTriple[] }>('backup/nodes')) {
    const props = [...row.props].sort((a, b) => a[0].localeCompare(b[0]));
    const labels = [...row.labels].sort();
    idOf.set(row.key, `${labels.join(':')}:${String((props.find((p) => p[0] === 'id')?.[2] as string | undefined) ?? row.key)}`);
    const shape = `${labels.join(':')}|${props.map((p) => `${p[0]}:${p[1]}`).join(',')}`;
    nodeFiles.add(shape, () => [':ID', ':LABEL', ...headerOf(props)], [row.key, labels.join(ARRAY_DELIMITER), ...props.map((p) => cell(p[2]))]);
    nodes += 1;
  }
  nodeFiles.flush();
  let relationships = 0;
  let backs = 0;
  let sum = 0n;
  for await (const row of executor.stream<{ start: string; end: string; type: string; props: PropertyTriple[] }>('backup/relationships')) {
    const props = [...row.props].sort((a, b) => a[0].localeCompare(b[0]));
    const shape = `${row.type}|${props.map((p) => `${p[0]}:${p[1]}`).join(',')}`;
    relFiles.add(shape, () => [':START_ID', ':END_ID', ':TYPE', ...headerOf(props)], [row.start, row.end, row.type, ...props.map((p) => cell(p[2]))]);
    relationships += 1;
    if (row.type === 'BACKS') {
      backs += 1;
      const text = JSON.stringify([idOf.get(row.start), idOf.get(row.end), props]);
      sum = (sum + BigInt(`0x${crypto.createHash('sha256').update(text).digest('hex').slice(0, 32)}`)) % (1n << 128n);
    }
  }
  relFiles.flush();
  return { args: [...nodeFiles.args, ...relFiles.args], nodes, relationships, backs, backsChecksum: sum.toString(16).padStart(32, '0') };
}

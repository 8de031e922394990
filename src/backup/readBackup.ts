import crypto from 'node:crypto';
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, backupLines, type BackupHeader, type BackupManifest, type NodeLine, type RelationshipLine } from './backupFormat';

/** A backup file that cannot be restored; the message names the file, the line and what is wrong. */
export class BackupFileError extends Error {}

/** One line of a backup, parsed and checked. */
export type BackupLine = { kind: 'node'; line: NodeLine } | { kind: 'relationship'; line: RelationshipLine };

/** The lines of a gzipped text file, without their line breaks. */
async function* textLines(file: string): AsyncGenerator<string, void, undefined> {
  const gunzip = zlib.createGunzip();
  const source = fs.createReadStream(file);
  source.on('error', (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      rest += decoder.write(chunk as Buffer);
      let start = 0;
      for (let i = rest.indexOf('\n'); i >= 0; i = rest.indexOf('\n', start)) {
        yield rest.slice(start, i);
        start = i + 1;
      }
      rest = rest.slice(start);
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new BackupFileError(`${file}: no such file`);
    if (e.code?.startsWith('Z_')) throw new BackupFileError(`${file} is not a readable kg backup: ${e.message} (not gzip, or damaged)`);
    throw err;
  }
  rest += decoder.end();
  if (rest) yield rest;
}

function check<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new BackupFileError(`${where}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
}

/**
 * Reads a backup through, checking everything before anything is written: the header's format
 * and version, every line against its schema, nodes before relationships, node keys numbered in
 * order, relationships naming only nodes the file holds, and the manifest at the end with the
 * counts and checksum of what came before. Yields the nodes and relationships as it goes; a
 * caller that only checks (`verifyBackup`) drops them.
 */
export async function* readBackup(file: string, onHeader: (header: BackupHeader) => void = () => {}): AsyncGenerator<BackupLine, BackupManifest, undefined> {
  const hash = crypto.createHash('sha256');
  let lineNo = 0;
  let nodes = 0;
  let relationships = 0;
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  let manifest: BackupManifest | undefined;
  for await (const text of textLines(file)) {
    lineNo++;
    const where = `${file}:${lineNo}`;
    if (manifest) throw new BackupFileError(`${where}: a line after the manifest`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new BackupFileError(`${where}: not JSON (${(err as Error).message})`);
    }
    const obj = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    if (lineNo === 1) {
      if (obj.format !== BACKUP_FORMAT) throw new BackupFileError(`${file} is not a kg backup (its first line has no "format": "${BACKUP_FORMAT}")`);
      if (obj.version !== BACKUP_VERSION) {
        throw new BackupFileError(`${file} is a backup of format version ${JSON.stringify(obj.version)}; this kg reads version ${BACKUP_VERSION}`);
      }
      onHeader(check(backupLines.header, value, where));
    } else if ('manifest' in obj) {
      manifest = check(backupLines.manifest, value, where).manifest;
      continue; // the checksum covers the lines before the manifest
    } else if ('n' in obj) {
      const line = check(backupLines.nodeLine, value, where);
      if (relationships > 0) throw new BackupFileError(`${where}: a node after the relationships`);
      if (line.n !== nodes) throw new BackupFileError(`${where}: node key ${line.n} out of order (expected ${nodes})`);
      nodes++;
      for (const label of line.l) labels[label] = (labels[label] ?? 0) + 1;
      yield { kind: 'node', line };
    } else if ('r' in obj) {
      const line = check(backupLines.relationshipLine, value, where);
      for (const end of [line.s, line.e])
        if (end >= nodes) throw new BackupFileError(`${where}: relationship ${line.r} names node ${end}, which the file does not hold`);
      relationships++;
      types[line.r] = (types[line.r] ?? 0) + 1;
      yield { kind: 'relationship', line };
    } else {
      throw new BackupFileError(`${where}: neither a node, a relationship nor the manifest`);
    }
    hash.update(`${text}\n`);
  }
  if (lineNo === 0) throw new BackupFileError(`${file} is empty`);
  if (!manifest) throw new BackupFileError(`${file} ends at line ${lineNo} without its manifest: the file was cut short`);
  const sameCounts = (a: Record<string, number>, b: Record<string, number>) =>
    Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
  if (manifest.nodes !== nodes || manifest.relationships !== relationships || !sameCounts(manifest.labels, labels) || !sameCounts(manifest.types, types)) {
    throw new BackupFileError(
      `${file}: the manifest counts ${manifest.nodes} nodes and ${manifest.relationships} relationships (by label and type as listed), the file holds ${nodes} and ${relationships}: it was damaged`,
    );
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== manifest.sha256)
    throw new BackupFileError(`${file}: checksum mismatch (manifest ${manifest.sha256}, content ${sha256}): the file was damaged`);
  return manifest;
}

/** Checks a whole backup (see readBackup) and returns its header and manifest. */
export async function verifyBackup(file: string): Promise<{ header: BackupHeader; manifest: BackupManifest }> {
  let header: BackupHeader | undefined;
  const lines = readBackup(file, (h) => (header = h));
  for (;;) {
    const next = await lines.next();
    if (next.done) return { header: header!, manifest: next.value };
  }
}

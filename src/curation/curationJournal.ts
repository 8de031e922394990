import fs from 'node:fs';
import path from 'node:path';
import { JOURNAL_FORMAT, journalLine, type JournalChange } from './journalEntry';

/** A change of the journal with what became of it. */
export interface JournalRecord {
  change: JournalChange;
  /** `pending`: the change line is there, its outcome is not (a crash between the two). */
  status: 'committed' | 'aborted' | 'pending';
  /** 1-based line of the change in the file. */
  line: number;
}

/** The journal as read: changes in commit order, and the torn lines a crash may leave. */
export interface JournalContents {
  /** Committed changes in the order they committed (the order a replay applies them). */
  committed: JournalRecord[];
  /** Changes whose outcome is not written yet. */
  pending: JournalRecord[];
  aborted: JournalRecord[];
  /** Lines that are not JSON: a write cut short by a crash or a full disk. Ignored. */
  tornLines: number[];
}

/**
 * The curation record: an append-only file of JSON lines (data/curation/journal.jsonl by
 * default). Each line is written with one `write` to a file opened for appending and fsynced
 * before the call returns, so what the journal acknowledges survives a crash of the process or
 * the machine. Appends are synchronous: lines of concurrent changes never interleave.
 */
export class CurationJournal {
  private fd: number | undefined;
  // A failed write may have left part of a line; the next line must start on a line of its own.
  private needsNewline = false;

  constructor(readonly file: string) {}

  /** Appends a change line (inside the change's transaction, before it commits). */
  appendChange(change: Omit<JournalChange, 'format' | 'type'>): void {
    this.append({ format: JOURNAL_FORMAT, type: 'change', ...change });
  }

  /** Appends the outcome of a change. */
  appendOutcome(id: string, outcome: 'commit' | 'abort', reason?: string): void {
    this.append({ format: JOURNAL_FORMAT, type: outcome, id, at: new Date().toISOString(), ...(reason ? { reason } : {}) });
  }

  /** Reads the whole journal; a missing file is an empty journal. */
  read(): JournalContents {
    const contents: JournalContents = { committed: [], pending: [], aborted: [], tornLines: [] };
    if (!fs.existsSync(this.file)) return contents;
    const changes = new Map<string, JournalRecord>();
    const lines = fs.readFileSync(this.file, 'utf8').split('\n');
    for (const [i, text] of lines.entries()) {
      if (text.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        contents.tornLines.push(i + 1);
        continue;
      }
      // A whole line that does not fit the format is not a torn write: someone edited the file.
      const parsed = journalLine.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${this.file}:${i + 1}: not a curation journal line: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
      }
      const entry = parsed.data;
      if (entry.type === 'change') {
        changes.set(entry.id, { change: entry, status: 'pending', line: i + 1 });
        continue;
      }
      const record = changes.get(entry.id);
      if (!record) throw new Error(`${this.file}:${i + 1}: ${entry.type} of change ${entry.id}, which no earlier line records`);
      if (record.status !== 'pending') continue;
      record.status = entry.type === 'commit' ? 'committed' : 'aborted';
      (entry.type === 'commit' ? contents.committed : contents.aborted).push(record);
    }
    contents.pending = [...changes.values()].filter((r) => r.status === 'pending');
    return contents;
  }

  /** Closes the file (the next append opens it again). */
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private append(line: object): void {
    const fd = this.open();
    const text = `${this.needsNewline ? '\n' : ''}${JSON.stringify(line)}\n`;
    this.needsNewline = true;
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
    this.needsNewline = false;
  }

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    const dir = path.dirname(this.file);
    fs.mkdirSync(dir, { recursive: true });
    const created = !fs.existsSync(this.file);
    const fd = fs.openSync(this.file, 'a');
    if (created) syncDirectory(dir);
    // A crash mid-write may have left the last line without its line break.
    const size = fs.fstatSync(fd).size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      const rfd = fs.openSync(this.file, 'r');
      try {
        fs.readSync(rfd, last, 0, 1, size - 1);
      } finally {
        fs.closeSync(rfd);
      }
      this.needsNewline = last[0] !== 0x0a;
    }
    this.fd = fd;
    return fd;
  }
}

// A new file's name is durable only once its directory is synced.
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems do not sync directories; the file's own fsync still holds its lines.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

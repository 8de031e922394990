import { once } from 'node:events';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** Writes text lines to a gzipped file, waiting whenever the file falls behind. */
export class GzipLineWriter {
  private readonly gzip = zlib.createGzip();
  private readonly done: Promise<void>;
  private failure: Error | undefined;

  constructor(readonly file: string) {
    this.done = pipeline(this.gzip, fs.createWriteStream(file));
    // Remembered, and rethrown by the next write or by end().
    this.done.catch((err: unknown) => (this.failure = err instanceof Error ? err : new Error(`writing ${file} failed: ${String(err)}`)));
  }

  /** Writes one line (the line break is added); resolves when the writer may take more. */
  async write(line: string): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (!this.gzip.write(`${line}\n`)) await Promise.race([once(this.gzip, 'drain'), this.done]);
  }

  /** Finishes the file; resolves once it is all on disk. */
  async end(): Promise<void> {
    this.gzip.end();
    await this.done;
  }

  /** Abandons the file (the caller removes it). */
  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.done.catch(() => undefined);
  }
}

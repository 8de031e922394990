/** The size of the pieces an export is written in: large enough for few writes, small enough to stream. */
export const CHUNK_SIZE = 64 * 1024;

/**
 * Collects the text an export writes and hands it out in pieces of about CHUNK_SIZE characters,
 * so that a stream makes few large writes rather than one per element.
 */
export class TextChunks {
  private text = '';

  add(text: string): void {
    this.text += text;
  }

  /** Whether a piece is ready to hand out. */
  get full(): boolean {
    return this.text.length >= CHUNK_SIZE;
  }

  /** The text collected so far, emptying the collector. */
  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }
}

/** An input problem tied to a place in a file; its message starts with `file:line`. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${detail}`);
    this.name = 'SourceError';
  }
}

/** A source document. */
export interface DocumentRow {
  id: string;
  title: string;
  file: string;
  sha256: string;
  year: number | null;
  publisher: string | null;
}

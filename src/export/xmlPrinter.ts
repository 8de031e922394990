/** Attributes of an element, in the order they are written. */
export type XmlAttributes = Record<string, string>;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');
const attributes = (attrs: XmlAttributes) =>
  Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');

/**
 * Prints XML as it is built, element by element, in the layout of xmlbuilder2's pretty printer
 * (which the exports used when they were built whole): the declaration, then one element a
 * line indented by two spaces a level, text inline, an element without content self-closed. A
 * plain printer because the exports are large: a document builder spends far more per element.
 */
export class XmlPrinter {
  private readonly open: string[] = [];
  /** Whether the last opened element still lacks its `>` (it is closed as `/>` if nothing comes). */
  private pending = false;

  constructor(private readonly write: (text: string) => void) {
    write('<?xml version="1.0" encoding="UTF-8"?>');
  }

  /** Opens an element whose content follows. */
  start(name: string, attrs: XmlAttributes = {}): this {
    this.line(`<${name}${attributes(attrs)}`);
    this.open.push(name);
    this.pending = true;
    return this;
  }

  /** Closes the element opened last. */
  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('XmlPrinter: end() without an open element');
    if (this.pending) this.write('/>');
    else this.line(`</${name}>`);
    this.pending = false;
    return this;
  }

  /** An element holding only `text` (none when empty). */
  leaf(name: string, attrs: XmlAttributes = {}, text = ''): this {
    this.line(`<${name}${attributes(attrs)}${text === '' ? '/>' : `>${escapeText(text)}</${name}>`}`);
    return this;
  }

  private line(markup: string): void {
    if (this.pending) this.write('>');
    this.pending = false;
    this.write(`\n${'  '.repeat(this.open.length)}${markup}`);
  }
}

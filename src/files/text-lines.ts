// The one model of a file's lines: offsets into its text, not an array of strings (a 50 MB
// changelog has a million lines, and the readers look closely at few of them). A BOM is not part
// of line 1; `\r\n` and `\n` end lines. splitText (text.ts) and splitLines (editable-lines.ts)
// are views of it, so every reader and editor numbers lines the same way.

export class TextLines {
  /** The text without its BOM. */
  readonly body: string;
  readonly bom: boolean;
  readonly count: number;
  /** Where each line starts in `body`; one more entry: where a next line would start. */
  private readonly starts: Int32Array;

  constructor(text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff;
    this.body = this.bom ? text.slice(1) : text;
    let count = 1;
    for (let at = this.body.indexOf('\n'); at !== -1; at = this.body.indexOf('\n', at + 1)) {
      count++;
    }
    this.count = count;
    this.starts = new Int32Array(count + 1);
    let line = 1;
    for (let at = this.body.indexOf('\n'); at !== -1; at = this.body.indexOf('\n', at + 1)) {
      this.starts[line++] = at + 1;
    }
    this.starts[count] = this.body.length + 1;
  }

  /** Offset of the first character of 0-based line `index`. */
  start(index: number): number {
    return this.starts[index]!;
  }

  /** Offset just after the last character of line `index`, its `\r\n` or `\n` excluded. */
  end(index: number): number {
    const next = this.starts[index + 1]! - 1;
    if (index === this.count - 1) return next;
    return this.body.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }

  /** What ends line `index`: `\r\n`, `\n`, or '' for the last line. */
  terminator(index: number): string {
    return this.body.slice(this.end(index), Math.min(this.starts[index + 1]!, this.body.length));
  }

  /** The terminator most lines end with, which lines added to the file get. */
  dominantEol(): '\n' | '\r\n' {
    let crlf = 0;
    for (let index = 0; index < this.count - 1; index++)
      if (this.terminator(index) === '\r\n') crlf++;
    return crlf > this.count - 1 - crlf ? '\r\n' : '\n';
  }

  /** Every line's text, without terminators. */
  texts(): string[] {
    return Array.from({ length: this.count }, (_, index) => this.line(index));
  }

  /** The text of 0-based line `index`, without its terminator. */
  line(index: number): string {
    return this.body.slice(this.start(index), this.end(index));
  }

  /** Offset of the first character of line `index` that is not a space or tab (`end` if none). */
  firstText(index: number): number {
    const end = this.end(index);
    let at = this.start(index);
    while (at < end) {
      const code = this.body.charCodeAt(at);
      if (code !== 32 && code !== 9) break;
      at++;
    }
    return at;
  }

  isBlank(index: number): boolean {
    return index < 0 || index >= this.count || this.firstText(index) === this.end(index);
  }

  /** Lines `from` to `to` (0-based, inclusive) as one string with `\n` line ends. */
  slice(from: number, to: number): string {
    if (to < from) return '';
    const text = this.body.slice(this.start(from), this.end(to));
    return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
  }
}

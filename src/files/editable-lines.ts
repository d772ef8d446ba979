// Lines with their own terminators, so an edit that inserts or replaces lines leaves every other
// byte as it was (BOM, CRLF, a file mixing both, a missing final newline). Line numbers agree
// with splitText in src/files/text.ts.
import { splitText } from './text.js';

export interface EditableLines {
  readonly bom: string;
  /** The terminator new lines get: the file's dominant one. */
  readonly eol: '\n' | '\r\n';
  /** Line texts, without terminators. */
  readonly texts: string[];
  /** Each line's own terminator; '' for the last line. */
  readonly ends: string[];
}

export function splitLines(text: string): EditableLines {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const texts: string[] = [];
  const ends: string[] = [];
  const terminator = /\r?\n/g;
  let start = 0;
  for (let match = terminator.exec(body); match; match = terminator.exec(body)) {
    texts.push(body.slice(start, match.index));
    ends.push(match[0]);
    start = match.index + match[0].length;
  }
  texts.push(body.slice(start));
  ends.push('');
  return { bom, eol: splitText(text).eol, texts, ends };
}

export function joinLines(lines: EditableLines): string {
  return lines.bom + lines.texts.map((text, index) => text + lines.ends[index]!).join('');
}

/** Inserts lines before the 0-based `index`; at the very end, the old last line gets a terminator. */
export function insertLines(lines: EditableLines, index: number, added: readonly string[]): void {
  if (added.length === 0) return;
  const atEnd = index >= lines.texts.length;
  lines.texts.splice(index, 0, ...added);
  lines.ends.splice(index, 0, ...added.map(() => lines.eol));
  if (atEnd) {
    lines.ends[index - 1] = lines.eol;
    lines.ends[lines.ends.length - 1] = '';
  }
}

// Lines with their own terminators, so an edit that inserts or replaces lines leaves every other
// byte as it was (BOM, CRLF, a file mixing both, a missing final newline). A view of TextLines,
// so line numbers agree with every reader's.
import { TextLines } from './text-lines.js';

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
  const lines = new TextLines(text);
  return {
    bom: lines.bom ? '\uFEFF' : '',
    eol: lines.dominantEol(),
    texts: lines.texts(),
    ends: Array.from({ length: lines.count }, (_, index) => lines.terminator(index)),
  };
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

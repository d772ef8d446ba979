// Line arithmetic shared by the source readers. Files may start with a BOM and use CRLF; readers
// see lines without terminators, and editors write the file back with its own conventions.
import { TextLines } from './text-lines.js';

export interface TextFile {
  readonly bom: boolean;
  readonly eol: '\n' | '\r\n';
  /** Lines without their terminators. */
  readonly lines: readonly string[];
}

export function splitText(text: string): TextFile {
  const lines = new TextLines(text);
  return { bom: lines.bom, eol: lines.dominantEol(), lines: lines.texts() };
}

export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** A value found in a file, with its 1-based line and column. */
export interface Located {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

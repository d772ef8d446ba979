// Replaces a value at the position a reader reported (1-based line and column, counted without
// the BOM, as the version readers give them). Everything else in the file stays byte for byte.
import { UserError } from '../../errors.js';

export interface ValueAt {
  readonly line: number;
  readonly column: number;
}

function offsetOf(text: string, line: number, column: number): { start: number; lineEnd: number } {
  let start = text.startsWith('\uFEFF') ? 1 : 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) return { start: -1, lineEnd: -1 };
    start = newline + 1;
  }
  const newline = text.indexOf('\n', start);
  let lineEnd = newline === -1 ? text.length : newline;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  return { start: column >= 1 ? start + column - 1 : -1, lineEnd };
}

/**
 * `text` with `oldValue` at line/column replaced by `newValue`. Refuses when `oldValue` is not
 * there (the file changed since it was read), so a stale position never corrupts a file.
 */
export function replaceAt(
  text: string,
  line: number,
  column: number,
  oldValue: string,
  newValue: string,
  file = 'the file',
): string {
  if (/[\r\n]/.test(newValue)) {
    throw new UserError(
      `Cannot write ${JSON.stringify(newValue)} into ${file}: a version has no line breaks.`,
      'Invalid version',
      { file, line, column },
    );
  }
  const { start, lineEnd } = offsetOf(text, line, column);
  const end = start + oldValue.length;
  const found = start < 0 ? undefined : text.slice(start, Math.min(end, lineEnd));
  // TOML's "1.2\u002e3" is 1.2.3 to every reader: what is written there is not the value.
  if (found !== oldValue && /^[^"'\s]*\\/.test(text.slice(start, lineEnd))) {
    throw new UserError(
      `${file} writes the version at line ${line} with an escape sequence, which a bump cannot edit in place. Write it there as "${oldValue}", without escapes, and run again.`,
      'Version written with an escape',
      { file, line, column },
    );
  }
  if (found !== oldValue) {
    throw new UserError(
      `Expected ${JSON.stringify(oldValue)} in ${file} at line ${line}, column ${column}, but found ${found === undefined ? 'no such position' : JSON.stringify(found)}. The file changed after it was read; run again on a clean checkout.`,
      'File changed',
      { file, line, column },
    );
  }
  return text.slice(0, start) + newValue + text.slice(end);
}

/** Several values in one file (e.g. two `__version__` literals): the last first, so positions hold. */
export function replaceEach(
  text: string,
  positions: readonly ValueAt[],
  oldValue: string,
  newValue: string,
  file?: string,
): string {
  const ordered = [...positions].sort((a, b) => b.line - a.line || b.column - a.column);
  return ordered.reduce(
    (current, at) => replaceAt(current, at.line, at.column, oldValue, newValue, file),
    text,
  );
}

// A small lexer for Python source read as text (never run): names, whole numbers, string
// literals with their value, single-character operators and line ends. It is one pass over the
// text, each character visited once, so hostile input costs linear time. Comments are skipped;
// a line end inside brackets is no statement end, so it is not reported.

export type PythonToken =
  | { readonly kind: 'name' | 'number' | 'op'; readonly text: string; start: number; end: number }
  | {
      readonly kind: 'string';
      readonly text: string;
      /** The string's value, when it has no escape and is not an f-string; else undefined. */
      readonly value: string | undefined;
      /** Offsets of the body (between the quotes). */
      readonly bodyStart: number;
      readonly bodyEnd: number;
      start: number;
      end: number;
    }
  | { readonly kind: 'newline'; readonly text: string; start: number; end: number };

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /\w/;

/** The end of a string whose opening quote (after any prefix) is at `open`. */
export function stringEnd(
  text: string,
  open: number,
): { bodyStart: number; bodyEnd: number; end: number } {
  const quote = text[open]!;
  const triple = text.startsWith(quote.repeat(3), open);
  const delimiter = triple ? quote.repeat(3) : quote;
  const bodyStart = open + delimiter.length;
  let index = bodyStart;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (!triple && char === '\n') return { bodyStart, bodyEnd: index, end: index };
    if (text.startsWith(delimiter, index)) {
      return { bodyStart, bodyEnd: index, end: index + delimiter.length };
    }
    index++;
  }
  return { bodyStart, bodyEnd: text.length, end: text.length };
}

function stringToken(text: string, start: number, prefix: string): PythonToken {
  const span = stringEnd(text, start + prefix.length);
  const body = text.slice(span.bodyStart, span.bodyEnd);
  const raw = /r/i.test(prefix);
  const plain = !/f/i.test(prefix) && (raw || !body.includes('\\'));
  return {
    kind: 'string',
    text: text.slice(start, span.end),
    value: plain ? body : undefined,
    bodyStart: span.bodyStart,
    bodyEnd: span.bodyEnd,
    start,
    end: span.end,
  };
}

/** Every token of `text` from `from` on, in order. */
export function* pythonTokens(text: string, from = 0): Generator<PythonToken> {
  let index = from;
  let depth = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '#') {
      const newline = text.indexOf('\n', index);
      index = newline === -1 ? text.length : newline;
    } else if (char === '\n') {
      if (depth === 0) yield { kind: 'newline', text: '\n', start: index, end: index + 1 };
      index++;
    } else if (char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\\') {
      index++;
    } else if (char === '"' || char === "'") {
      const token = stringToken(text, index, '');
      index = token.end;
      yield token;
    } else if (NAME_START.test(char)) {
      let end = index + 1;
      while (end < text.length && NAME_PART.test(text[end]!)) end++;
      const word = text.slice(index, end);
      if (word.length <= 2 && /^[rRuUbBfF]+$/.test(word) && /["']/.test(text[end] ?? '')) {
        const token = stringToken(text, index, word);
        index = token.end;
        yield token;
      } else {
        yield { kind: 'name', text: word, start: index, end };
        index = end;
      }
    } else if (/\d/.test(char)) {
      let end = index + 1;
      while (end < text.length && /[\w.]/.test(text[end]!)) end++;
      yield { kind: 'number', text: text.slice(index, end), start: index, end };
      index = end;
    } else {
      if ('([{'.includes(char)) depth++;
      else if (')]}'.includes(char) && depth > 0) depth--;
      yield { kind: 'op', text: char, start: index, end: index + 1 };
      index++;
    }
  }
}

// setup.py read as text, never run: the keyword arguments of its `setup(…)` call
// (`setup(name="pkg", version="1.2.3")`, `setuptools.setup(…)`). A keyword whose value is one
// plain string literal has a place a report points at and a bump edits; any other value
// (`version=get_version()`, `**metadata`) is only known when setup.py runs.
import { stripBom, type Located } from '../../files/index.js';
import { positionOf } from './regex-version.js';
import { stringEnd } from './python-tokens.js';

export interface SetupKeyword {
  /** The literal, with its 1-based position, when the value is one plain string literal. */
  readonly literal: Located | undefined;
  /** The line the keyword is written on. */
  readonly line: number;
  /** The module-level name the value is, when it is one plain name (`version=VERSION`). */
  readonly name?: string;
}

export interface SetupCall {
  /** The line of `setup(`. */
  readonly line: number;
  /** Keyword arguments at the call's own level, by name. */
  readonly keywords: ReadonlyMap<string, SetupKeyword>;
  /** `setup(**kwargs)`: keywords that cannot be seen without running the file. */
  readonly unpacks: boolean;
}

interface Cursor {
  readonly text: string;
  index: number;
}

/** Skips a string literal starting at `cursor.index` (its quote); returns the body's span. */
function skipString(cursor: Cursor): { start: number; end: number } {
  const span = stringEnd(cursor.text, cursor.index);
  cursor.index = span.end;
  return { start: span.bodyStart, end: span.bodyEnd };
}

/** Code positions of `text`: strings and comments are skipped, each other char is visited. */
function* code(text: string): Generator<number> {
  const cursor: Cursor = { text, index: 0 };
  while (cursor.index < text.length) {
    const char = text[cursor.index]!;
    if (char === '#') {
      const newline = text.indexOf('\n', cursor.index);
      cursor.index = newline === -1 ? text.length : newline;
      continue;
    }
    if (char === '"' || char === "'") {
      skipString(cursor);
      continue;
    }
    yield cursor.index;
    cursor.index++;
  }
}

/** The value of a keyword starting at `start`, when it is one plain string literal. */
function literalAt(text: string, start: number): Located | undefined {
  let index = start;
  while (/[ \t\r\n]/.test(text[index] ?? '')) index++;
  const prefix = /^[uU]?/.exec(text.slice(index, index + 1))?.[0] ?? '';
  index += prefix.length;
  const quote = text[index];
  if (quote !== '"' && quote !== "'") return undefined;
  if (text.startsWith(quote.repeat(3), index)) return undefined;
  const cursor: Cursor = { text, index };
  const body = skipString(cursor);
  const value = text.slice(body.start, body.end);
  // An escape, or a string that never closes, is no plain literal.
  if (/[\\\n]/.test(value) || text[body.end] !== quote) return undefined;
  // Only a comma or the closing parenthesis may follow: `"1." + minor` is computed.
  let after = cursor.index;
  for (;;) {
    while (/[ \t\r\n]/.test(text[after] ?? '')) after++;
    if (text[after] !== '#') break;
    const newline = text.indexOf('\n', after);
    after = newline === -1 ? text.length : newline;
  }
  if (text[after] !== ',' && text[after] !== ')') return undefined;
  return { value, ...positionOf(text, body.start) };
}

/** The value of a keyword starting at `start`, when it is one plain name (`VERSION`). */
function nameAt(text: string, start: number): string | undefined {
  const match = /^[ \t\r\n]*([A-Za-z_]\w{0,99})[ \t\r\n]*[,)]/.exec(text.slice(start, start + 300));
  return match?.[1];
}

interface CallArguments {
  readonly keywords: Map<string, SetupKeyword>;
  /** `**name` arguments, by the plain name unpacked (`**kwargs`); `**{…}` adds no name. */
  readonly unpacked: string[];
  /** How many `**` arguments the call has. */
  unpacks: number;
}

/** The keyword arguments of the call whose `(` is at `positions[open]`. */
function callArguments(text: string, positions: readonly number[], open: number): CallArguments {
  const found: CallArguments = { keywords: new Map(), unpacked: [], unpacks: 0 };
  let depth = 0;
  for (let scan = open; scan < positions.length; scan++) {
    const offset = positions[scan]!;
    const char = text[offset]!;
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) {
      depth--;
      if (depth === 0) break;
    } else if (depth === 1 && char === '*' && text[offset + 1] === '*') {
      found.unpacks++;
      const name = /^\*\*\s*([A-Za-z_]\w{0,99})\s*[,)]/.exec(text.slice(offset, offset + 120));
      if (name) found.unpacked.push(name[1]!);
    } else if (depth === 1 && /[A-Za-z_]/.test(char) && !/[\w.]/.test(text[offset - 1]!)) {
      const word = /^[A-Za-z_]\w*/.exec(text.slice(offset, offset + 100))![0];
      const rest = /^\s*=(?!=)/.exec(text.slice(offset + word.length, offset + word.length + 40));
      if (rest && !found.keywords.has(word)) {
        const valueStart = offset + word.length + rest[0].length;
        const literal = literalAt(text, valueStart);
        const name = literal ? undefined : nameAt(text, valueStart);
        found.keywords.set(word, {
          literal,
          line: positionOf(text, offset).line,
          ...(name !== undefined && { name }),
        });
      }
      while (scan + 1 < positions.length && positions[scan + 1]! < offset + word.length) scan++;
    }
  }
  return found;
}

/** The index in `positions` of the `(` after the word `callee` at `positions[at]`, if one is. */
function callOpening(
  text: string,
  positions: readonly number[],
  at: number,
  callee: string,
): number | undefined {
  const index = positions[at]!;
  if (!text.startsWith(callee, index) || /[\w]/.test(text[index - 1] ?? '')) return undefined;
  if (/[\w]/.test(text[index + callee.length] ?? '')) return undefined;
  let next = at + callee.length;
  while (next < positions.length && /\s/.test(text[positions[next]!]!)) next++;
  return text[positions[next] ?? -1] === '(' ? next : undefined;
}

/**
 * The keywords of `name = dict(…)` at the start of a line (psutil's `kwargs = dict(name='psutil',
 * …)` before `setup(**kwargs)`): the first such assignment, or none.
 */
function dictAssigned(
  text: string,
  positions: readonly number[],
  name: string,
): CallArguments | undefined {
  const assignment = new RegExp(`^[ \t]*${name}[ \t]*=[ \t]*dict[ \t]*\\(`, 'm');
  const match = assignment.exec(text);
  if (!match) return undefined;
  const open = match.index + match[0].length - 1;
  const at = positions.indexOf(open);
  return at === -1 ? undefined : callArguments(text, positions, at);
}

/**
 * The first `setup(…)` call of a setup.py (not a `def setup(`), with its keyword arguments;
 * undefined when the file calls no setup(). A `**kwargs` whose `kwargs = dict(…)` the file
 * spells out adds that call's keywords (the call's own win).
 */
export function readSetupCall(source: string): SetupCall | undefined {
  const text = stripBom(source);
  const positions = [...code(text)];
  for (let at = 0; at < positions.length; at++) {
    const open = callOpening(text, positions, at, 'setup');
    if (open === undefined) continue;
    const index = positions[at]!;
    if (/\bdef\s+$/.test(text.slice(Math.max(0, index - 10), index))) continue;
    const call = callArguments(text, positions, open);
    let unpacks = call.unpacks > 0;
    const [unpacked] = call.unpacked;
    if (call.unpacks === 1 && unpacked !== undefined) {
      const spelled = dictAssigned(text, positions, unpacked);
      // A dict changed after it is made (`kwargs.update(…)`, `kwargs["version"] = …`) is only
      // known when setup.py runs: its keywords are read, but it still unpacks the unknown.
      const changed = new RegExp(`\\b${unpacked}(?:\\.update\\b|\\s*\\[)`).test(text);
      if (spelled) {
        for (const [word, keyword] of spelled.keywords)
          if (!call.keywords.has(word)) call.keywords.set(word, keyword);
        unpacks = spelled.unpacks > 0 || changed;
      }
    }
    return { line: positionOf(text, index).line, keywords: call.keywords, unpacks };
  }
  return undefined;
}

// incremental's `_version.py`: `__version__ = Version("Twisted", 24, 10, 0, release_candidate=1)`.
// incremental reads it by running the file; pyrelease reads the call as text instead, and only
// when every argument is a plain literal (a string package name, whole numbers), so what it reads
// is what the build computes. The version is incremental's `Version.public()`:
// `{major}.{minor}.{micro}` then `rc{release_candidate}`, `.post{post}`, `.dev{dev}`, each only
// when given (0 included). `prerelease=N` is the deprecated spelling of `release_candidate=N`.
import { positionOf } from './regex-version.js';

/** One argument of the call as written: the value's characters and where they are. */
export interface IncrementalArgument {
  /** The value's text: `24`, `"Twisted"`. */
  readonly text: string;
  /** Offsets of the value in the file's text. */
  readonly start: number;
  readonly end: number;
  /** For a keyword argument, where `name=` starts. */
  readonly keywordStart?: number;
  /** Where the comma before this argument starts (every argument but the first has one). */
  readonly commaBefore?: number;
}

export const INCREMENTAL_FIELDS = [
  'package',
  'major',
  'minor',
  'micro',
  'release_candidate',
  'prerelease',
  'post',
  'dev',
] as const;
export type IncrementalField = (typeof INCREMENTAL_FIELDS)[number];

export interface IncrementalCall {
  /** The version the build computes (`Version.public()`), or `NEXT` for an indeterminate one. */
  readonly value: string;
  /** 1-based line and column of the major number, where a report points. */
  readonly line: number;
  readonly column: number;
  readonly arguments: ReadonlyMap<IncrementalField, IncrementalArgument>;
  /** Arguments given by position, in order (package, major, minor, micro, …). */
  readonly positional: number;
  /** Offset of the closing parenthesis. */
  readonly close: number;
}

type Token =
  | { kind: 'string'; text: string; start: number; end: number }
  | { kind: 'number'; text: string; start: number; end: number }
  | { kind: 'name'; text: string; start: number; end: number }
  | { kind: 'punct'; text: string; start: number; end: number };

/** Tokens from `from` up to the closing parenthesis; undefined when anything else is written. */
function tokenize(text: string, from: number): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern =
    /\s+|#[^\n]*|(?<string>"[^"\\\n]*"|'[^'\\\n]*')|(?<number>\d+)(?![\w.])|(?<name>[A-Za-z_]\w*)|(?<punct>[=,)])/y;
  pattern.lastIndex = from;
  while (pattern.lastIndex < text.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(text);
    if (!match) return undefined;
    const groups = match.groups ?? {};
    const kind = (['string', 'number', 'name', 'punct'] as const).find(
      (name) => groups[name] !== undefined,
    );
    if (!kind) continue;
    const token = { kind, text: match[0], start, end: start + match[0].length };
    tokens.push(token);
    if (token.text === ')') return tokens;
  }
  return undefined;
}

/** Python's whole-number literal as incremental's `%d` prints it; `007` is no Python at all. */
function wholeNumber(argument: IncrementalArgument | undefined): number | undefined {
  if (!argument || !/^(?:0|[1-9]\d{0,14})$/.test(argument.text)) return undefined;
  return Number(argument.text);
}

/** The arguments of the call whose `(` is at `open`, when each is a literal incremental takes. */
function parseArguments(
  text: string,
  open: number,
):
  | { arguments: Map<IncrementalField, IncrementalArgument>; positional: number; close: number }
  | undefined {
  const tokens = tokenize(text, open + 1);
  if (!tokens) return undefined;
  const found = new Map<IncrementalField, IncrementalArgument>();
  let positional = 0;
  let keywords = false;
  let index = 0;
  let commaBefore: number | undefined;
  for (;;) {
    const token = tokens[index];
    if (!token) return undefined;
    if (token.text === ')') return { arguments: found, positional, close: token.start };
    let field: IncrementalField | undefined;
    let keywordStart: number | undefined;
    let value = token;
    if (token.kind === 'name' && tokens[index + 1]?.text === '=') {
      field = INCREMENTAL_FIELDS.find((name) => name === token.text);
      keywordStart = token.start;
      value = tokens[index + 2]!;
      index += 2;
      keywords = true;
      if (!field || !value) return undefined;
    } else {
      if (keywords) return undefined;
      field = INCREMENTAL_FIELDS[positional++];
      if (!field) return undefined;
    }
    if (found.has(field)) return undefined;
    const wanted = field === 'package' ? 'string' : 'number';
    // Only the major number may also be the string "NEXT" (an indeterminate version).
    const next = field === 'major' && value.kind === 'string' && /^["']NEXT["']$/.test(value.text);
    if (value.kind !== wanted && !next) return undefined;
    found.set(field, {
      text: value.text,
      start: value.start,
      end: value.end,
      ...(keywordStart === undefined ? {} : { keywordStart }),
      ...(commaBefore === undefined ? {} : { commaBefore }),
    });
    index++;
    const after = tokens[index];
    if (after?.text === ',') {
      commaBefore = after.start;
      index++;
    } else if (after?.text !== ')') {
      return undefined;
    }
  }
}

/** `None` and 0 are both false to incremental's `if release_candidate and prerelease`. */
function releaseCandidate(
  found: ReadonlyMap<IncrementalField, IncrementalArgument>,
): number | undefined | 'conflict' {
  const rc = wholeNumber(found.get('release_candidate'));
  const pre = wholeNumber(found.get('prerelease'));
  if (rc && pre) return 'conflict';
  return pre && !rc ? pre : rc;
}

/** `Version.public()`, for the arguments as written. */
function publicVersion(
  found: ReadonlyMap<IncrementalField, IncrementalArgument>,
): string | undefined {
  const major = found.get('major');
  if (major && /^["']NEXT["']$/.test(major.text)) return 'NEXT';
  const release = (['major', 'minor', 'micro'] as const).map((name) =>
    wholeNumber(found.get(name)),
  );
  if (release.some((part) => part === undefined)) return undefined;
  for (const name of ['release_candidate', 'prerelease', 'post', 'dev'] as const) {
    if (found.has(name) && wholeNumber(found.get(name)) === undefined) return undefined;
  }
  const rc = releaseCandidate(found);
  if (rc === 'conflict') return undefined;
  const post = wholeNumber(found.get('post'));
  const dev = wholeNumber(found.get('dev'));
  return (
    release.join('.') +
    (rc === undefined ? '' : `rc${rc}`) +
    (post === undefined ? '' : `.post${post}`) +
    (dev === undefined ? '' : `.dev${dev}`)
  );
}

const ASSIGNMENT =
  /^__version__[ \t]*(?::[ \t]*[A-Za-z_][\w.]*[ \t]*)?=[ \t]*(?:incremental[ \t]*\.[ \t]*)?Version[ \t]*\(/gm;

/** Every module-level `__version__ = Version(` in the file, by the offset of its `(`. */
function callOpenings(text: string): number[] {
  const openings: number[] = [];
  for (const match of text.matchAll(ASSIGNMENT)) {
    openings.push((match.index ?? 0) + match[0].length - 1);
  }
  return openings;
}

export type IncrementalReading =
  /** `count` calls in all, every one of them this version. */
  | { readonly kind: 'call'; readonly call: IncrementalCall; readonly count: number }
  /** `__version__` is assigned at module level, but not as a call pyrelease can read. */
  | { readonly kind: 'unreadable'; readonly line: number }
  | { readonly kind: 'conflict'; readonly first: IncrementalCall; readonly other: IncrementalCall }
  | { readonly kind: 'none' };

/** Reads `__version__ = Version(…)` from a `_version.py` (never runs it). */
export function readIncrementalVersion(text: string): IncrementalReading {
  // A BOM is one character; a space keeps every offset and keeps `^` at the start of line 1.
  const body = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const calls: IncrementalCall[] = [];
  for (const open of callOpenings(body)) {
    const parsed = parseArguments(body, open);
    const value = parsed && publicVersion(parsed.arguments);
    if (!parsed || value === undefined) {
      return { kind: 'unreadable', line: positionOf(text, open).line };
    }
    const major = parsed.arguments.get('major')!;
    calls.push({ value, ...positionOf(text, major.start), ...parsed });
  }
  const [first, ...rest] = calls;
  if (!first) {
    const other = /^__version__[ \t]*(?::[^=\n]*)?=(?!=)/m.exec(body);
    return other
      ? { kind: 'unreadable', line: positionOf(text, other.index).line }
      : { kind: 'none' };
  }
  const other = rest.find((call) => call.value !== first.value);
  return other
    ? { kind: 'conflict', first, other }
    : { kind: 'call', call: first, count: calls.length };
}

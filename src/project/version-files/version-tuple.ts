// Versions a module spells as numbers instead of one string, read as text (never run):
//   VERSION = (1, 4, 2)                  with  __version__ = ".".join(map(str, VERSION))
//   VERSION = (3, 2, 0, "final", 0)      with  __version__ = get_version(VERSION)  (Django's way)
//   version_info = (5, 0, 2, "rc", 1)    a release level and its number: alpha/beta/rc/final
//   _version_major = 3 … _version_extra = "rc1"   (IPython's way: numbers, then a suffix)
// The tuple counts only when `__version__` (or the attribute a build reads) is computed from it,
// or is the tuple itself. Its version is what those spellings mean under PEP 440; a bump edits
// each number where it is written (see version-tuple-edit.ts).
import { splitText } from '../../files/index.js';
import { parsePep440 } from '../../version/index.js';
import { findVersionAssignments } from './python-version.js';
import { pythonTokens, type PythonToken } from './python-tokens.js';
import { positionOf } from './regex-version.js';

/** One value as written: a whole number or a string literal, with its offsets in the file. */
export interface TupleElement {
  readonly kind: 'number' | 'string';
  /** The number's digits, or the string's value. */
  readonly value: string;
  /** Offsets of what a bump replaces: the digits, or the string's body. */
  readonly start: number;
  readonly end: number;
}

export interface VersionTuple {
  /** What the project calls it: `VERSION`, `version_info`, `_version_major…`. */
  readonly name: string;
  /** The version the parts spell (PEP 440, not necessarily in normal form). */
  readonly value: string;
  /** 1-based line and column of the first number. */
  readonly line: number;
  readonly column: number;
  /** The release numbers, in order (`_version_micro = ""` is an empty string here). */
  readonly numbers: readonly TupleElement[];
  /** Django's and sys.version_info's release level (`"final"`, `"rc"`) and its number. */
  readonly level?: { readonly name: TupleElement; readonly serial: TupleElement };
  /** A string after the numbers (`"rc1"`, `".dev"`, `""`), written right after them. */
  readonly suffix?: TupleElement;
}

/** The release levels of a tuple, as PEP 440 writes them. */
export const LEVELS: Readonly<Record<string, string>> = {
  alpha: 'a',
  a: 'a',
  beta: 'b',
  b: 'b',
  rc: 'rc',
  c: 'rc',
  candidate: 'rc',
  final: '',
  dev: '.dev',
};

/** How many tuples may be looked at in one file: each is read from its own line on. */
const MAX_TUPLES = 8;
const MAX_ELEMENTS = 8;
const WELL_KNOWN = ['VERSION', 'version_info', '__version_info__', 'VERSION_INFO'];
const NUMBER = /^(?:0|[1-9]\d{0,14})$/;

function element(token: PythonToken): TupleElement | undefined {
  if (token.kind === 'number' && NUMBER.test(token.text)) {
    return { kind: 'number', value: token.text, start: token.start, end: token.end };
  }
  if (token.kind === 'string' && token.value !== undefined && !token.text.startsWith('"""')) {
    return { kind: 'string', value: token.value, start: token.bodyStart, end: token.bodyEnd };
  }
  return undefined;
}

/** The literal elements of a tuple whose `(` is at `open`; undefined for anything else. */
function tupleElements(text: string, open: number): TupleElement[] | undefined {
  const tokens = pythonTokens(text, open + 1);
  const found: TupleElement[] = [];
  for (;;) {
    const token = tokens.next().value;
    if (!token || token.kind === 'newline') return undefined;
    if (token.kind === 'op' && token.text === ')') return found;
    const value = element(token);
    if (!value || found.length >= MAX_ELEMENTS) return undefined;
    found.push(value);
    const after = tokens.next().value;
    if (after?.kind !== 'op') return undefined;
    if (after.text === ')') return found;
    if (after.text !== ',') return undefined;
  }
}

/** The suffix a string after the numbers adds: `rc1`, `.dev`, `+local`; `2` would be `.2`. */
function suffixText(suffix: string): string {
  return suffix === '' || /^[.+_-]/.test(suffix) || !/^\d/.test(suffix) ? suffix : `.${suffix}`;
}

/** The version `numbers` (then a level or a suffix) spell, when it is one under PEP 440. */
function spell(
  numbers: readonly TupleElement[],
  rest: { level?: VersionTuple['level']; suffix?: TupleElement },
): string | undefined {
  const release = numbers.map((part) => part.value).filter((part) => part !== '');
  if (release.length === 0 || numbers.some((part) => part.kind === 'string' && part.value !== '')) {
    return undefined;
  }
  let value = release.join('.');
  if (rest.level) {
    const level = LEVELS[rest.level.name.value.toLowerCase()];
    if (level === undefined) return undefined;
    if (level !== '') value += `${level}${rest.level.serial.value}`;
  } else if (rest.suffix) {
    value += suffixText(rest.suffix.value);
  }
  return parsePep440(value) ? value : undefined;
}

function fromElements(
  text: string,
  name: string,
  elements: readonly TupleElement[],
): VersionTuple | undefined {
  const count = elements.findIndex((part) => part.kind !== 'number');
  const numbers = count === -1 ? elements : elements.slice(0, count);
  const rest = count === -1 ? [] : elements.slice(count);
  let shape: Pick<VersionTuple, 'level' | 'suffix'> = {};
  if (rest.length === 2 && rest[1]!.kind === 'number') {
    shape = { level: { name: rest[0]!, serial: rest[1]! } };
  } else if (rest.length === 1) {
    shape = { suffix: rest[0]! };
  } else if (rest.length > 0) {
    return undefined;
  }
  const value = spell(numbers, shape);
  const first = numbers[0];
  if (value === undefined || !first) return undefined;
  return { name, value, ...positionOf(text, first.start), numbers, ...shape };
}

/** Each line (without its terminator) and the offset it starts at in `text` (a BOM counted). */
function* linesAt(text: string): Generator<{ line: string; offset: number }> {
  let offset = text.startsWith('\uFEFF') ? 1 : 0;
  while (offset <= text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(offset, text[end - 1] === '\r' ? end - 1 : end);
    yield { line, offset };
    if (newline === -1) return;
    offset = newline + 1;
  }
}

/**
 * Module-level `NAME = (` lines, by name, for at most MAX_TUPLES names. A name assigned twice at
 * module level takes the last assignment, which is the one the module ends with.
 */
function tupleOpenings(text: string): Map<string, number> {
  const openings = new Map<string, number>();
  const pattern = /^([A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w.[\], ]*)?=[ \t]*\(/;
  for (const { line, offset } of linesAt(text)) {
    const match = line.includes('(') ? pattern.exec(line) : null;
    if (match?.[1] && (openings.has(match[1]) || openings.size < MAX_TUPLES)) {
      openings.set(match[1], offset + match[0].length - 1);
    }
  }
  return openings;
}

/** A tuple assigned to `name` at module level, when it spells a version. */
function namedTuple(text: string, name: string): VersionTuple | undefined {
  const open = tupleOpenings(text).get(name);
  const elements = open === undefined ? undefined : tupleElements(text, open);
  return elements && fromElements(text, name, elements);
}

const FAMILY = ['major', 'minor', 'patch', 'micro', 'extra'] as const;

/** IPython's `_version_major = 3`, `_version_minor = 4`, `_version_patch = 0`, `_version_extra = ""`. */
function versionFamily(text: string): VersionTuple | undefined {
  const parts = new Map<string, TupleElement>();
  const pattern = /^_version_(major|minor|patch|micro|extra)[ \t]*=[ \t]*/;
  for (const { line, offset } of linesAt(text)) {
    const match = line.startsWith('_version_') ? pattern.exec(line) : null;
    if (match?.[1]) {
      // The value is read from its own line, so each line costs its length only.
      const tokens = pythonTokens(line, match[0].length);
      const value = tokens.next().value;
      const part = value && element(value);
      if (!part || tokens.next().value) return undefined;
      // Module-level lines run in order: a part assigned again takes the last value (IPython
      // uncomments `_version_extra = ""` below the development one for a release).
      parts.set(match[1], { ...part, start: part.start + offset, end: part.end + offset });
    }
  }
  const major = parts.get('major');
  const minor = parts.get('minor');
  const micro = parts.get('patch') ?? parts.get('micro');
  if (major?.kind !== 'number' || minor?.kind !== 'number') return undefined;
  if (parts.has('patch') && parts.has('micro')) return undefined;
  const numbers = micro ? [major, minor, micro] : [major, minor];
  const suffix = parts.get('extra');
  if (suffix?.kind === 'number') return undefined;
  const value = spell(numbers, suffix ? { suffix } : {});
  if (value === undefined) return undefined;
  const name = FAMILY.filter((part) => parts.has(part))
    .map((part) => `_version_${part}`)
    .join(', ');
  return { name, value, ...positionOf(text, major.start), numbers, ...(suffix ? { suffix } : {}) };
}

/** The names a computed `name = …` line mentions, and whether it calls get_version(). */
function computedFrom(text: string, name: string): { names: Set<string>; getVersion: boolean } {
  const { lines } = splitText(text);
  const names = new Set<string>();
  let getVersion = false;
  for (const line of findVersionAssignments(text, name).computedLines) {
    for (const token of pythonTokens(lines[line - 1] ?? '')) {
      if (token.kind === 'name') names.add(token.text);
    }
    if (/\bget_version\s*\(/.test(lines[line - 1] ?? '')) getVersion = true;
  }
  return { names, getVersion };
}

/**
 * The tuple that spells `name` (`__version__` by default): `name` itself when it is assigned a
 * tuple, else the tuple (or IPython's `_version_*` family) its computed assignment is built from.
 */
export function readVersionTuple(text: string, name = '__version__'): VersionTuple | undefined {
  const own = namedTuple(text, name);
  if (own) return own;
  const { names, getVersion } = computedFrom(text, name);
  if (names.size === 0) return undefined;
  const candidates = [...tupleOpenings(text).keys()].filter(
    (candidate) => names.has(candidate) || (getVersion && WELL_KNOWN.includes(candidate)),
  );
  for (const candidate of candidates) {
    const found = namedTuple(text, candidate);
    if (found) return found;
  }
  return versionFamily(text);
}

// What a heading's text says: a release (the version anywhere in it, with a date, a [YANKED]
// marker or a word saying it is not out yet), the unreleased section, or anything else. Pure and
// linear: link targets are blanked with length-preserving masks, then one scan for a version.
import { parsePep440, type Pep440 } from '../version/index.js';

export type DateProblem = 'missing' | 'odd';

export type HeadingMeaning =
  | {
      readonly kind: 'release';
      /** The version as written (without a leading `v`). */
      readonly written: string;
      /** 0-based offset of `written` in the heading text. */
      readonly offset: number;
      readonly version: Pep440;
      readonly date: string | undefined;
      readonly dateProblem: DateProblem | undefined;
      /** The odd date as written, for messages. */
      readonly dateText: string | undefined;
      readonly yanked: boolean;
      /** `1.2.0 (unreleased)`: a section for a version that is not out yet. */
      readonly pending: boolean;
    }
  | { readonly kind: 'unreadable'; readonly written: string; readonly offset: number }
  | { readonly kind: 'unreleased' }
  | { readonly kind: 'other' };

// Markdown link targets `](…)`, autolinks `<…>`, kramdown attribute lists `{: …}`, bare URLs:
// they hold versions (compare/v1.0.0...v1.1.0) that are not the heading's.
const MASKS = [/\]\([^)\s]*\)/g, /<[^>\s]*>/g, /\{:[^}]*\}/g, /\bhttps?:\/\/\S*/g];
// A version-like token: digits with at least one dot, then what PEP 440 and SemVer allow; a
// number without a dot only in Keep a Changelog brackets (`## [2]`), so `## 2024` stays a year.
const TOKEN = /(?<![\w.+-])[vV]?(\d+\.\d+[0-9A-Za-z.+!_-]*)|^\s*\[[vV]?(\d+[0-9A-Za-z.+!_-]*)\]/;
// Words that may stand before the version: `Version 1.0`, `Release v1.0`, the project's name.
const RELEASE_WORDS = new Set(['version', 'release', 'released', 'v', 'ver', 'rel', 'tag']);
// One word before a version that makes the heading something else: `Upgrading from 1.0`.
const NOT_A_NAME = new Set([
  'from',
  'since',
  'to',
  'before',
  'after',
  'until',
  'in',
  'for',
  'python',
  'upgrading',
  'migrating',
  'upgrade',
  'migration',
  'requires',
  'supports',
  'support',
  'drop',
  'dropped',
  'and',
  'or',
  'the',
]);
const PENDING =
  /\b(?:unreleased|in development|under development|not yet released|tbd|tba|upcoming|in progress)\b/i;
const YANKED = /\byanked\b/i;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/;
const NUMERIC_DATE = /\b(?:\d{4}[/.]\d{1,2}[/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\b/;
const DATE_ATTEMPT = /\d{4}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}|\b(?:19|20)\d{2}\b/;
const UNRELEASED =
  /^(?:unreleased(?: changes)?|upcoming(?: release| changes)?|in development|development(?: version)?|main|master|head|next(?: release)?|not yet released|changes since last release)$/i;

const EDGE = new Set([' ', '\t', '-', '–', '—', ':', ',', '.']);

/** Trims spaces and separators at both ends with a scan (a regex anchored at `$` is quadratic). */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE.has(text[start]!)) start++;
  while (end > start && EDGE.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * `1.2.3` without the general parser: most release headings hold plain release numbers, and a
 * changelog of 100,000 of them would spend most of its time in it. Same result as parsePep440.
 */
function plainRelease(written: string): Pep440 | null {
  if (!/^\d{1,15}(?:\.\d{1,15}){0,9}$/.test(written)) return null;
  const release = written.split('.').map(Number);
  return {
    raw: written,
    normalized: release.join('.'),
    epoch: 0,
    release,
    pre: null,
    post: null,
    dev: null,
    local: null,
    isPrerelease: false,
    isPostrelease: false,
    isDevrelease: false,
  };
}

const OTHER: HeadingMeaning = { kind: 'other' };
const UNRELEASED_HEADING: HeadingMeaning = { kind: 'unreleased' };
const MAYBE_UNRELEASED = /unreleased|upcoming|develop|main|master|head|next|not yet|since last/i;

function mask(text: string): string {
  // Most headings have nothing to mask; four replaces over each would be most of the time spent.
  if (!text.includes('](') && !text.includes('<') && !text.includes('{:') && !text.includes('http'))
    return text;
  let masked = text;
  for (const pattern of MASKS)
    masked = masked.replace(pattern, (found) => ' '.repeat(found.length));
  return masked;
}

/** What a date written after the version means: the date, or why there is none. */
export function readDate(text: string): {
  date: string | undefined;
  problem: DateProblem | undefined;
  written: string | undefined;
} {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return { date: iso[0], problem: undefined, written: iso[0] };
    return { date: undefined, problem: 'odd', written: iso[0] };
  }
  const cleaned = trimPunctuation(
    text
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/[()[\]*_`]/g, ' ')
      .replace(/\s+/g, ' '),
  );
  if ((MONTH.test(cleaned) && YEAR.test(cleaned)) || NUMERIC_DATE.test(cleaned)) {
    return { date: cleaned, problem: undefined, written: cleaned };
  }
  if (DATE_ATTEMPT.test(cleaned)) return { date: undefined, problem: 'odd', written: cleaned };
  return { date: undefined, problem: 'missing', written: undefined };
}

const DAY_MONTH_YEAR = new RegExp(
  `^(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH.source},? ${YEAR.source}|${MONTH.source} \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR.source})$`,
  'i',
);

/**
 * The date of a line that holds a date and nothing else, in emphasis or parentheses as some
 * changelogs write it under the heading: `*(2026-07-19)*` (aio-libs' towncrier template),
 * `_4 August 2026_` (cibuildwheel). Undefined for any other line (an entry that names a month).
 */
export function dateOnlyLine(line: string): string | undefined {
  const inner = line
    .trim()
    .replace(/^[\s*_`()[\]]+/, '')
    .replace(/[\s*_`()[\].]+$/, '');
  if (inner === '' || inner.length > 40) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(inner) || DAY_MONTH_YEAR.test(inner)) return inner;
  const numeric = NUMERIC_DATE.exec(inner);
  return numeric && numeric[0] === inner ? inner : undefined;
}

// `Released 2024-11-13` (Flask), `Release date: …`, `:release-date: 2026-03-26` (an RST field).
const RELEASED_LINE = /^:?(?:released|release[ -]date|release)\b[\s:]*(.*)$/i;

/** A release's date as its heading and the lines under it settle it. */
export interface SettledDate {
  readonly date: string | undefined;
  readonly dateProblem: DateProblem | undefined;
  /** The odd date as written, for messages. */
  readonly dateText: string | undefined;
  readonly pending: boolean;
}

/**
 * The date of a release whose heading has none, from the first line of its notes: `Released
 * 2024-11-13` (Flask-style), a date alone on the line, or `Unreleased` (not out yet, so no date is
 * missing). `heading` as the heading settled it when the line says none of these.
 */
export function dateUnderHeading(heading: SettledDate, firstLine: string): SettledDate {
  if (/^unreleased\b/i.test(firstLine)) {
    return {
      date: heading.date,
      dateProblem: undefined,
      dateText: heading.dateText,
      pending: true,
    };
  }
  const released = RELEASED_LINE.exec(firstLine);
  const written = released ? released[1]! : dateOnlyLine(firstLine);
  if (written === undefined) return heading;
  const { date, problem, written: dateText } = readDate(written);
  return { date, dateProblem: problem, dateText, pending: heading.pending };
}

function prefixAllowed(prefix: string, projectName: string | undefined): boolean {
  // `[1.2.0]`, `1.2.0`: nothing but brackets and spaces before the version.
  if (/^[\s[(*_`#:-]*$/.test(prefix)) return true;
  // Emphasis underscores (`_Version_`) go; one inside a name (`psycopg_pool 3.3.1`) stays.
  const words = prefix
    .replace(/[[\]()*`#:]/g, ' ')
    .replace(/(^|\s)_+|_+(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !/^[-–—]+$/.test(word))
    .map((word) => word.toLowerCase());
  if (words.length === 0) return true;
  if (words.every((word) => RELEASE_WORDS.has(word))) return words.length <= 2;
  if (words.length !== 1) return false;
  const word = words[0]!;
  if (
    projectName &&
    word.replace(/[-_.]+/g, '-') === projectName.toLowerCase().replace(/[-_.]+/g, '-')
  )
    return true;
  return !NOT_A_NAME.has(word) && /^[a-z][\w.-]*$/.test(word);
}

// Longer headings are prose, not release headings; the bound keeps every pattern below cheap.
const LONGEST = 500;

export function classifyHeading(text: string, projectName?: string): HeadingMeaning {
  const bounded = text.length > LONGEST ? text.slice(0, LONGEST) : text;
  // `### Fixed`: no digit, no version; only the unreleased words to look for.
  const masked = /\d/.test(bounded) ? mask(bounded) : bounded;
  const token = TOKEN.exec(masked);
  const found = token?.[1] ?? token?.[2];
  if (!token || found === undefined) {
    // `### Fixed`: most headings are not about releases at all; one test rules them out.
    if (!MAYBE_UNRELEASED.test(masked)) return OTHER;
    const plain = masked.replace(/[[\]]/g, '');
    const cut = plain.search(/[-–—:(]/);
    const bare = (cut === -1 ? plain : plain.slice(0, cut)).trim();
    return UNRELEASED.test(bare) ? UNRELEASED_HEADING : OTHER;
  }
  let written = found;
  // A sentence's full stop or a dash before the date is not part of the version.
  while (/[.+!_-]$/.test(written)) written = written.slice(0, -1);
  const offset = token.index + token[0].indexOf(found, token[0].length - found.length - 1);
  if (!prefixAllowed(masked.slice(0, token.index), projectName)) return OTHER;
  const version = plainRelease(written) ?? parsePep440(written);
  if (!version) return { kind: 'unreadable', written, offset };
  const rest = masked.slice(offset + written.length);
  const yanked = YANKED.test(rest);
  const pending = PENDING.test(rest);
  const date = readDate(rest.replace(YANKED, ' '));
  return {
    kind: 'release',
    written,
    offset,
    version,
    date: date.date,
    dateProblem: pending ? undefined : date.problem,
    dateText: date.written,
    yanked,
    pending,
  };
}

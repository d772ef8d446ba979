// Changelogs as people write them: Markdown (ATX and setext headings) or reStructuredText, with
// release headings at whatever level the file uses for them and the version anywhere in the
// heading (`## [1.2.0] - 2026-01-02`, `Version 2.34.2` over `=====`, `pytest 8.3.4 (2024-12-01)`).
// Pure: text in, structure out; untidiness becomes warnings. Linear: each heading is classified
// and its version parsed once, duplicates are found in a map keyed by PEP 440 meaning.
import { parsePep440, type Pep440 } from '../version/index.js';
import { classifyHeading, dateOnlyLine, readDate, type HeadingMeaning } from './headings.js';
import { TextLines } from '../files/index.js';
import { scanMarkdown } from './formats/index.js';
import type { ChangelogFormat, HeadingStyle, LinkReference, RawHeading } from './formats/index.js';
import { scanRst, sniffFormat } from './formats/index.js';
import { scanStrongTitles } from './formats/index.js';

export interface ChangelogSection {
  /** The heading's text, without its markup (`[0.1.15] - 2025-10-15`). */
  readonly heading: string;
  /** 1-based line of the heading's text. */
  readonly line: number;
  /** 1-based lines the heading occupies, with an RST overline or underline. */
  readonly firstLine: number;
  readonly lastLine: number;
  readonly level: number;
  readonly style: HeadingStyle;
  /** 1-based lines of the body: from `bodyStart` to `bodyEnd` inclusive (empty when end < start). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly body: string;
}

export interface ReleaseSection extends ChangelogSection {
  /** The version as written in the heading (`0.1.15`, `1.0.0` of `v1.0.0`). */
  readonly version: string;
  readonly normalized: string;
  /** Column of the version text within the heading line. */
  readonly column: number;
  readonly date: string | undefined;
  readonly yanked: boolean;
  /** Marked as not released yet (`1.2.0 (unreleased)`, or `Unreleased` under the heading). */
  readonly pending: boolean;
}

export type ChangelogWarningKind =
  'no-date' | 'odd-date' | 'unreadable' | 'duplicate' | 'second-unreleased';

export interface ChangelogWarning {
  readonly line: number;
  readonly message: string;
  readonly kind?: ChangelogWarningKind;
  /** The version the heading names, as written (also for unreadable ones). */
  readonly version?: string;
  /** versionKey of that version, when it is one (so no reader parses it again). */
  readonly key?: string;
  /** What is wrong in a few words, for a summary of many. */
  readonly short?: string;
}

export interface Changelog {
  readonly format: ChangelogFormat;
  /** The heading level of the releases; undefined when the file has none. */
  readonly releaseLevel: number | undefined;
  readonly releases: readonly ReleaseSection[];
  readonly unreleased: ChangelogSection | undefined;
  /** Keyed by lower-cased label (Markdown link reference definitions). */
  readonly links: ReadonlyMap<string, LinkReference>;
  readonly warnings: readonly ChangelogWarning[];
}

export interface ParseOptions {
  /** Sniffed from the text when omitted. */
  readonly format?: ChangelogFormat;
  /** Allows `name 1.2.0` headings for names the heuristics would not take. */
  readonly projectName?: string;
}

const ENTRY = /^\s*(?:[-*+•]|\d+[.)]|#\.)\s+\S/;
/** How many of the newest releases, all undated, make a file's convention dateless. */
const DATELESS_WINDOW = 5;

// `Released 2024-11-13` (Flask), `Release date: …`, `:release-date: 2026-03-26` (an RST field).
const RELEASED_LINE = /^:?(?:released|release[ -]date|release)\b[\s:]*(.*)$/i;

/** The format for a changelog file: by extension, else sniffed from its text. */
export function changelogFormat(file: string, text: string): ChangelogFormat {
  const name = file.split('/').pop()!.toLowerCase();
  if (name.endsWith('.rst') || name.endsWith('.rest')) return 'rst';
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'markdown';
  return sniffFormat(new TextLines(text));
}

/**
 * A key equal for versions equal by PEP 440 meaning, as `packaging` compares them: spellings and
 * trailing zeros of the release (`1.0` is `1.0.0`) do not matter, a local label does.
 */
export function versionKey(version: Pep440): string {
  // The common case, a plain release: its normal form without trailing `.0`s.
  if (version.epoch === 0 && !version.pre && version.post === null && version.dev === null) {
    if (version.local === null) return `0!${version.normalized.replace(/(?:\.0)+$/, '')}`;
  }
  const release = [...version.release];
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  const pre = version.pre ? `${version.pre[0]}${version.pre[1]}` : '';
  const post = version.post === null ? '' : `.post${version.post}`;
  const dev = version.dev === null ? '' : `.dev${version.dev}`;
  const local = version.local === null ? '' : `+${version.local}`;
  return `${version.epoch}!${release.join('.')}${pre}${post}${dev}${local}`;
}

function headingExample(format: ChangelogFormat, style: HeadingStyle, version: string): string {
  if (style.kind === 'strong') return `"**${version} (YYYY-MM-DD)**"`;
  if (format === 'rst' || style.kind !== 'atx') return `"${version} (YYYY-MM-DD)"`;
  return `${'#'.repeat(style.level)} [${version}] - YYYY-MM-DD`;
}

function shown(format: ChangelogFormat, heading: RawHeading): string {
  return heading.style.kind === 'atx' && format === 'markdown'
    ? `"${'#'.repeat(heading.level)} ${heading.text}"`
    : `"${heading.text}"`;
}

/**
 * The level with the most release versions, a version counted again only after another one (so
 * subsections that repeat their release's version, virtualenv's `Features - 20.28.0`, count once
 * per release); the outer level on a tie.
 */
function releaseLevelOf(
  headings: readonly RawHeading[],
  keys: readonly (string | undefined)[],
): number | undefined {
  const counts = new Map<number, { count: number; last: string | undefined }>();
  for (let index = 0; index < headings.length; index++) {
    const key = keys[index];
    if (key === undefined) continue;
    const level = headings[index]!.level;
    const seen = counts.get(level);
    if (!seen) counts.set(level, { count: 1, last: key });
    else if (seen.last !== key) {
      seen.count++;
      seen.last = key;
    }
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [level, { count }] of counts) {
    if (count > bestCount || (count === bestCount && level < best!)) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}

/** The first line of a body that is not blank, trimmed ('' when there is none). */
function firstTextLine(lines: TextLines, start: number, end: number): string {
  for (let line = start; line <= end; line++) {
    if (!lines.isBlank(line - 1)) return lines.line(line - 1).trim();
  }
  return '';
}

type ReleaseMeaning = Extract<HeadingMeaning, { kind: 'release' }>;

/** The section of a release heading; `date` and `pending` as the caller settled them. */
export function releaseSection(
  heading: RawHeading,
  meaning: ReleaseMeaning,
  settled: { readonly date: string | undefined; readonly pending: boolean },
  body: { readonly bodyStart: number; readonly bodyEnd: number; readonly body: string },
): ReleaseSection {
  // Written out, not spread: spreads cost a runtime call per object, 100,000 times over.
  return {
    heading: heading.text,
    line: heading.line,
    firstLine: heading.firstLine,
    lastLine: heading.lastLine,
    level: heading.level,
    style: heading.style,
    version: meaning.written,
    normalized: meaning.version.normalized,
    column: heading.column + meaning.offset,
    date: settled.date,
    yanked: meaning.yanked,
    pending: settled.pending,
    bodyStart: body.bodyStart,
    bodyEnd: body.bodyEnd,
    body: body.body,
  };
}

export function parseChangelog(text: string, options: ParseOptions = {}): Changelog {
  const lines = new TextLines(text);
  const format = options.format ?? sniffFormat(lines);
  const document = format === 'rst' ? scanRst(lines) : scanMarkdown(lines);
  const { links } = document;
  let headings = document.headings;
  let meanings = headings.map((heading) => classifyHeading(heading.text, options.projectName));
  if (!meanings.some((meaning) => meaning.kind === 'release')) {
    // No heading names a release: the releases may be bold paragraphs (pypa/wheel).
    const strong = scanStrongTitles(
      lines,
      headings,
      (title) => classifyHeading(title, options.projectName).kind === 'release',
    );
    if (strong.length > 0) {
      headings = [...headings, ...strong].sort((a, b) => a.line - b.line);
      meanings = headings.map((heading) => classifyHeading(heading.text, options.projectName));
    }
  }
  const keys = meanings.map((meaning) =>
    meaning.kind === 'release' ? versionKey(meaning.version) : undefined,
  );
  const releaseLevel = releaseLevelOf(headings, keys);
  const warnings: ChangelogWarning[] = [];

  // The body of heading `position`: up to the next heading at the same level or above, without
  // the blank lines and link reference definitions at its end. Only headings at the release level
  // ask, and the spans between them do not overlap, so all the scans together are linear.
  const section = (position: number, level: number) => {
    const start = headings[position]!.lastLine + 1;
    let end = lines.count;
    for (let next = position + 1; next < headings.length; next++) {
      if (headings[next]!.level <= level) {
        end = headings[next]!.firstLine - 1;
        break;
      }
    }
    while (end >= start && (lines.isBlank(end - 1) || document.isLinkLine(end - 1))) end--;
    // One slice of the text (cheap even for 100,000 sections), with its line ends as `\n`.
    return { bodyStart: start, bodyEnd: end, body: lines.slice(start - 1, end - 1).trim() };
  };

  const releases: ReleaseSection[] = [];
  const byKey = new Map<string, ReleaseSection>();
  let unreleased: ChangelogSection | undefined;
  for (let position = 0; position < headings.length; position++) {
    const heading = headings[position]!;
    const meaning = meanings[position]!;
    const atLevel = releaseLevel === undefined || heading.level === releaseLevel;
    if (!atLevel) continue;
    if (meaning.kind === 'unreleased') {
      if (unreleased) {
        warnings.push({
          line: heading.line,
          kind: 'second-unreleased',
          message: 'A second [Unreleased] section; only the first is used.',
          short: 'a second Unreleased section',
        });
      } else {
        const body = section(position, heading.level);
        unreleased = {
          heading: heading.text,
          line: heading.line,
          firstLine: heading.firstLine,
          lastLine: heading.lastLine,
          level: heading.level,
          style: heading.style,
          bodyStart: body.bodyStart,
          bodyEnd: body.bodyEnd,
          body: body.body,
        };
      }
      continue;
    }
    if (meaning.kind === 'unreadable') {
      // A typo in a release heading would otherwise only surface as "no section for X.Y.Z".
      warnings.push({
        line: heading.line,
        kind: 'unreadable',
        version: meaning.written,
        message: `The heading ${shown(format, heading)} looks like a release but is not read as one: ${JSON.stringify(meaning.written)} is not a PEP 440 version. Write it as ${headingExample(format, heading.style, 'X.Y.Z')} with a PEP 440 version.`,
        short: `unreadable version "${meaning.written}"`,
      });
      continue;
    }
    if (meaning.kind !== 'release') continue;
    const key = keys[position]!;
    const first = byKey.get(key);
    if (first) {
      warnings.push({
        line: heading.line,
        kind: 'duplicate',
        version: meaning.written,
        key,
        message: `Version ${meaning.written} has a second heading here (the first is on line ${first.line}); the first one is used.`,
        short: `second heading for ${meaning.written} (first on line ${first.line})`,
      });
      continue;
    }
    const body = section(position, heading.level);
    let { date, dateProblem, dateText } = meaning;
    let pending = meaning.pending;
    if (dateProblem === 'missing') {
      // Flask-style: the date on the first line under the heading ("Released 2024-11-13").
      const firstLine = firstTextLine(lines, body.bodyStart, body.bodyEnd);
      const released = RELEASED_LINE.exec(firstLine);
      if (/^unreleased\b/i.test(firstLine)) {
        pending = true;
        dateProblem = undefined;
      } else if (released) {
        ({ date, problem: dateProblem, written: dateText } = readDate(released[1]!));
      } else {
        const only = dateOnlyLine(firstLine);
        if (only !== undefined)
          ({ date, problem: dateProblem, written: dateText } = readDate(only));
      }
    }
    if (dateProblem === 'missing') {
      warnings.push({
        line: heading.line,
        kind: 'no-date',
        version: meaning.written,
        key,
        message: `The heading for ${meaning.written} has no date (${headingExample(format, heading.style, meaning.written)}).`,
        short: 'no date',
      });
    } else if (dateProblem === 'odd') {
      warnings.push({
        line: heading.line,
        kind: 'odd-date',
        version: meaning.written,
        key,
        message: `The heading for ${meaning.written} has a date that is not read as one (${JSON.stringify(dateText)}): write it YYYY-MM-DD (${headingExample(format, heading.style, meaning.written)}).`,
        short: `odd date "${dateText}"`,
      });
    }
    const release = releaseSection(heading, meaning, { date, pending }, body);
    byKey.set(key, release);
    releases.push(release);
  }
  // A file whose newest releases carry no date (black, meson-python; jupyter_server since its
  // release tool stopped writing them) writes them that way on purpose: a missing date is untidy
  // only where the headings around it have one.
  const newest = releases.slice(0, DATELESS_WINDOW);
  const dateless =
    newest.length >= 2 &&
    newest.every((release) => release.date === undefined) &&
    !warnings.some((warning) => warning.kind === 'odd-date' && warning.line <= newest.at(-1)!.line);
  if (dateless) {
    for (let index = warnings.length - 1; index >= 0; index--)
      if (warnings[index]!.kind === 'no-date') warnings.splice(index, 1);
  }
  const changelog: Changelog = { format, releaseLevel, releases, unreleased, links, warnings };
  indexes.set(changelog, byKey);
  return changelog;
}

// Releases by version key, for the changelogs parsed here; others are indexed on first use.
const indexes = new WeakMap<Changelog, ReadonlyMap<string, ReleaseSection>>();

function indexOf(changelog: Changelog): ReadonlyMap<string, ReleaseSection> {
  let index = indexes.get(changelog);
  if (!index) {
    const built = new Map<string, ReleaseSection>();
    for (const release of changelog.releases) {
      const version = parsePep440(release.version);
      if (version && !built.has(versionKey(version))) built.set(versionKey(version), release);
    }
    indexes.set(changelog, (index = built));
  }
  return index;
}

export function findRelease(changelog: Changelog, version: string): ReleaseSection | undefined {
  const parsed = parsePep440(version);
  return parsed ? indexOf(changelog).get(versionKey(parsed)) : undefined;
}

/**
 * The changelog of one release: a notes file of its own (see notes-files.ts). `alias` is a
 * version the release also answers for: the pre-release whose notes are its final's.
 */
export function singleReleaseChangelog(
  format: ChangelogFormat,
  release: ReleaseSection | undefined,
  alias?: string,
): Changelog {
  const changelog: Changelog = {
    format,
    releaseLevel: release?.level,
    releases: release ? [release] : [],
    unreleased: undefined,
    links: new Map(),
    warnings: [],
  };
  const index = new Map<string, ReleaseSection>();
  for (const version of [release?.version, alias]) {
    const parsed = version === undefined ? null : parsePep440(version);
    if (parsed && release) index.set(versionKey(parsed), release);
  }
  indexes.set(changelog, index);
  return changelog;
}

/** A section's heading as written on its line (`## [Unreleased]`, or `Unreleased` for RST). */
export function headingMarkup(section: ChangelogSection): string {
  if (section.style.kind === 'strong') return `**${section.heading}**`;
  return section.style.kind === 'atx'
    ? `${'#'.repeat(section.style.level)} ${section.heading}`
    : section.heading;
}

/** The number of list entries in a section's body. */
export function countEntries(section: ChangelogSection): number {
  return section.body.split('\n').filter((line) => ENTRY.test(line)).length;
}

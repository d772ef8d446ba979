// Changelogs as people write them: Markdown (ATX and setext headings) or reStructuredText, with
// release headings at whatever level the file uses for them and the version anywhere in the
// heading (`## [1.2.0] - 2026-01-02`, `Version 2.34.2` over `=====`, `pytest 8.3.4 (2024-12-01)`).
// Pure: text in, structure out; untidiness becomes warnings. Linear: each heading is classified
// and its version parsed once, duplicates are found in a map keyed by PEP 440 meaning.
import { parsePep440, type Pep440 } from '../version/index.js';
import { classifyHeading, dateUnderHeading, type HeadingMeaning } from './headings.js';
import {
  dateWarning,
  duplicateWarning,
  secondUnreleasedWarning,
  unreadableWarning,
  withoutDatelessConvention,
  type ChangelogWarning,
} from './heading-warnings.js';
import { groupHeadings, releaseHeadings } from './release-headings.js';
import { TextLines } from '../files/index.js';
import {
  changelogMarkup,
  headingForm,
  markupOfFileName,
  sniffFormat,
  releasesOverTitles,
  titlesWhenNoRelease,
} from './formats/index.js';
import type { ChangelogFormat, HeadingStyle, LinkReference, RawHeading } from './formats/index.js';

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

/** The format for a changelog file: by extension, else sniffed from its text. */
export function changelogFormat(file: string, text: string): ChangelogFormat {
  return markupOfFileName(file) ?? sniffFormat(new TextLines(text));
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

/**
 * The document's headings and what each says. When none names a release, the releases may be
 * titles of another form (bold paragraphs, pypa/wheel): they join the headings, in line order.
 */
function readHeadings(
  lines: TextLines,
  scanned: readonly RawHeading[],
  projectName: string | undefined,
): { headings: readonly RawHeading[]; meanings: HeadingMeaning[] } {
  const meaningsOf = (headings: readonly RawHeading[]) =>
    headings.map((heading) => classifyHeading(heading.text, projectName));
  const isRelease = (title: string) => classifyHeading(title, projectName).kind === 'release';
  const over = releasesOverTitles(lines, scanned, isRelease);
  if (over.length > 0) {
    const headings = [...scanned, ...over].sort((a, b) => a.line - b.line);
    const releases = new Set(over);
    const meanings = headings.map((heading): HeadingMeaning =>
      releases.has(heading) ? classifyHeading(heading.text, projectName) : { kind: 'other' },
    );
    return { headings, meanings };
  }
  const meanings = meaningsOf(scanned);
  if (meanings.some((meaning) => meaning.kind === 'release'))
    return { headings: scanned, meanings };
  const titles = titlesWhenNoRelease(lines, scanned, isRelease);
  if (titles.length === 0) return { headings: scanned, meanings };
  const headings = [...scanned, ...titles].sort((a, b) => a.line - b.line);
  return { headings, meanings: meaningsOf(headings) };
}

interface SectionBody {
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly body: string;
}

/**
 * The body of heading `position`: up to the next heading at its level or above, without the
 * blank lines and link reference definitions at its end. Only headings at the release level ask,
 * and the spans between them do not overlap, so all the scans together are linear.
 */
function sectionBody(
  lines: TextLines,
  headings: readonly RawHeading[],
  position: number,
  isLinkLine: (index: number) => boolean,
  releases: readonly boolean[] = [],
): SectionBody {
  const level = headings[position]!.level;
  const start = headings[position]!.lastLine + 1;
  let end = lines.count;
  for (let next = position + 1; next < headings.length; next++) {
    // A release written a level too deep (an older series under `3.3.0`) ends the section too.
    if (headings[next]!.level <= level || releases[next]) {
      end = headings[next]!.firstLine - 1;
      break;
    }
  }
  while (end >= start && (lines.isBlank(end - 1) || isLinkLine(end - 1))) end--;
  // One slice of the text (cheap even for 100,000 sections), with its line ends as `\n`.
  return { bodyStart: start, bodyEnd: end, body: lines.slice(start - 1, end - 1).trim() };
}

function unreleasedSection(heading: RawHeading, body: SectionBody): ChangelogSection {
  return {
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

/** What the headings at the release level make of the document, in heading order. */
interface Sections {
  readonly releases: ReleaseSection[];
  /** The first release for each version key; a later one is a duplicate. */
  readonly byKey: Map<string, ReleaseSection>;
  unreleased: ChangelogSection | undefined;
  readonly warnings: ChangelogWarning[];
}

interface ReadDocument {
  readonly lines: TextLines;
  readonly headings: readonly RawHeading[];
  readonly meanings: readonly HeadingMeaning[];
  readonly keys: readonly (string | undefined)[];
  /** Whether each heading is a release (not a title, a group, or a heading inside a release). */
  readonly releases: readonly boolean[];
  readonly isLinkLine: (index: number) => boolean;
}

/** A release heading: its section, unless it repeats a version, with its date settled. */
function addRelease(
  document: ReadDocument,
  sections: Sections,
  position: number,
  meaning: ReleaseMeaning,
): void {
  const { lines } = document;
  const heading = document.headings[position]!;
  const key = document.keys[position]!;
  const first = sections.byKey.get(key);
  if (first) {
    sections.warnings.push(duplicateWarning(heading, meaning, key, first.line));
    return;
  }
  const body = sectionBody(
    lines,
    document.headings,
    position,
    document.isLinkLine,
    document.releases,
  );
  const settled =
    meaning.dateProblem === 'missing'
      ? dateUnderHeading(meaning, firstTextLine(lines, body.bodyStart, body.bodyEnd))
      : meaning;
  const warning = dateWarning(heading, meaning, key, settled);
  if (warning) sections.warnings.push(warning);
  const release = releaseSection(heading, meaning, settled, body);
  sections.byKey.set(key, release);
  sections.releases.push(release);
}

/**
 * The sections of the release headings, wherever they are, and of the Unreleased section and
 * unreadable headings at `releaseLevel` (at any level when it is undefined).
 */
function readSections(document: ReadDocument, releaseLevel: number | undefined): Sections {
  const sections: Sections = {
    releases: [],
    byKey: new Map(),
    unreleased: undefined,
    warnings: [],
  };
  const { headings, meanings } = document;
  for (let position = 0; position < headings.length; position++) {
    const heading = headings[position]!;
    const meaning = meanings[position]!;
    if (meaning.kind === 'release') {
      if (document.releases[position]) addRelease(document, sections, position, meaning);
      continue;
    }
    if (releaseLevel !== undefined && heading.level !== releaseLevel) continue;
    if (meaning.kind === 'unreleased') {
      if (sections.unreleased) sections.warnings.push(secondUnreleasedWarning(heading));
      else {
        const body = sectionBody(document.lines, headings, position, document.isLinkLine);
        sections.unreleased = unreleasedSection(heading, body);
      }
    } else if (meaning.kind === 'unreadable') {
      sections.warnings.push(unreadableWarning(heading, meaning));
    }
  }
  return sections;
}

export function parseChangelog(text: string, options: ParseOptions = {}): Changelog {
  const lines = new TextLines(text);
  const format = options.format ?? sniffFormat(lines);
  const scanned = changelogMarkup(format).scan(lines);
  const { headings, meanings } = readHeadings(lines, scanned.headings, options.projectName);
  const keys = meanings.map((meaning) =>
    meaning.kind === 'release' ? versionKey(meaning.version) : undefined,
  );
  const group = groupHeadings(headings, meanings);
  const releaseLevel = releaseLevelOf(
    headings,
    keys.map((key, position) => (group[position] ? undefined : key)),
  );
  const isRelease = releaseHeadings(headings, meanings, group, releaseLevel);
  const document = { lines, headings, meanings, keys, isLinkLine: scanned.isLinkLine };
  const { releases, byKey, unreleased, warnings } = readSections(
    { ...document, releases: isRelease },
    releaseLevel,
  );
  const changelog: Changelog = {
    format,
    releaseLevel,
    releases,
    unreleased,
    links: scanned.links,
    warnings: withoutDatelessConvention(releases, warnings),
  };
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
  return headingForm(section.style).markup(section.style, section.heading);
}

/** The number of list entries in a section's body. */
export function countEntries(section: ChangelogSection): number {
  return section.body.split('\n').filter((line) => ENTRY.test(line)).length;
}

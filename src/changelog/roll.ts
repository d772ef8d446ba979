// Changelog edits, made as line insertions and replacements so the rest of the file keeps its
// bytes: rolling the Unreleased section into a release, and opening a fresh one. Headings are
// written in the file's own markup: ATX at the level the file uses, setext, or RST with the same
// adornment (underline resized to the new title, overline kept).
import { UserError } from '../errors.js';
import {
  changelogFormat,
  findRelease,
  headingMarkup,
  parseChangelog,
  type Changelog,
  type ChangelogSection,
} from './parse.js';
import {
  changelogMarkup,
  headingForm,
  type ChangelogFormat,
  type HeadingStyle,
} from './formats/index.js';
import { comparePep440, parsePep440, type Pep440 } from '../version/index.js';
import { insertLines, joinLines, splitLines, type EditableLines } from '../files/index.js';
import { setting } from '../vocabulary/index.js';

export interface RollOptions {
  /** The version as written in the files; used as is in the heading and the link label. */
  readonly version: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The new tag; tagPrefix + version when omitted. */
  readonly tag?: string;
  /** The tag compared against; the newest lower release in the changelog when omitted. */
  readonly previousTag?: string;
  /** https://github.com/owner/repo; taken from the existing compare links when omitted. */
  readonly repositoryUrl?: string;
  /** `v` when omitted. */
  readonly tagPrefix?: string;
  /** Roll an [Unreleased] section without notes (the allow-empty-changelog input). */
  readonly allowEmpty?: boolean;
  /** The changelog's path, for messages (and its format, by extension, when not given). */
  readonly file?: string;
  /** Markdown or reStructuredText; from `file` and the text when omitted. */
  readonly format?: ChangelogFormat;
}

export interface UnreleasedOptions {
  readonly repositoryUrl?: string;
  readonly tagPrefix?: string;
  readonly file?: string;
  readonly format?: ChangelogFormat;
}

const LINK_REFERENCE = /^(\s{0,3}\[([^\]]+)\]:\s*)(\S+)/;
const REPOSITORY_IN_URL = /^(https?:\/\/.+?)\/(?:compare|releases\/tag|tree|commits?)\//;

/**
 * The repository the link references point into, when the markup has link references to keep up
 * to date (RST has none): the given URL, else the one the existing compare links use.
 */
function repositoryToLink(changelog: Changelog, given: string | undefined): string | undefined {
  if (!changelogMarkup(changelog.format).linkReferences) return undefined;
  const url = given?.trim();
  if (url) return url.replace(/\/+$/, '').replace(/\.git$/, '');
  for (const link of changelog.links.values()) {
    const match = REPOSITORY_IN_URL.exec(link.url);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/**
 * Notes are anything but blank lines and sub-headings: `### Added`, or an RST/setext title with
 * its underline, with nothing under them.
 */
function hasNotes(section: ChangelogSection, format: ChangelogFormat): boolean {
  const markup = changelogMarkup(format);
  const lines = section.body.split('\n');
  return lines.some((line, index) => markup.isNoteLine(line, lines[index + 1] ?? ''));
}

/** The style of a new release heading: the Unreleased heading's, or the releases'. */
function releaseStyle(changelog: Changelog, format: ChangelogFormat): HeadingStyle {
  const style = changelog.unreleased?.style ?? changelog.releases[0]?.style;
  return style ?? changelogMarkup(format).releaseStyle;
}

/** Inserts heading lines with one blank line above (unless at the top) and one below. */
function insertSection(lines: EditableLines, index: number, heading: readonly string[]): number {
  const added = [...heading, ''];
  if (index > 0 && lines.texts[index - 1]!.trim() !== '') added.unshift('');
  insertLines(lines, index, added);
  return added.length;
}

/** How a missing or empty Unreleased section is named in messages. */
function unreleasedName(format: ChangelogFormat, section?: ChangelogSection): string {
  return section ? `"${headingMarkup(section)}"` : changelogMarkup(format).unreleasedSection;
}

/**
 * Link references, found by the parser and tracked through line insertions: `shift` moves every
 * reference at or after a 0-based index.
 */
class Links {
  private readonly indexes = new Map<string, number>();

  constructor(
    private readonly lines: EditableLines,
    changelog: Changelog,
  ) {
    for (const [label, link] of changelog.links) this.indexes.set(label, link.line - 1);
  }

  shift(from: number, count: number): void {
    for (const [label, index] of this.indexes) {
      if (index >= from) this.indexes.set(label, index + count);
    }
  }

  has(label: string): boolean {
    return this.indexes.has(label.toLowerCase());
  }

  /** Points an existing reference at `url`, keeping its label as written; false when missing. */
  update(label: string, url: string): boolean {
    const index = this.indexes.get(label.toLowerCase());
    if (index === undefined) return false;
    const text = this.lines.texts[index]!;
    const match = LINK_REFERENCE.exec(text);
    if (!match?.[1] || !match[3]) return false;
    this.lines.texts[index] = match[1] + url + text.slice(match[1].length + match[3].length);
    return true;
  }

  insert(index: number, label: string, url: string): void {
    insertLines(this.lines, index, [`[${label}]: ${url}`]);
    this.shift(index, 1);
    this.indexes.set(label.toLowerCase(), index);
  }

  indexOf(label: string): number | undefined {
    return this.indexes.get(label.toLowerCase());
  }

  /** Where new references go: above the first release's reference, else after the last one. */
  placeForNew(changelog: Changelog): number | undefined {
    const releaseLabels = new Set(
      changelog.releases.flatMap((release) => [release.version.toLowerCase(), release.normalized]),
    );
    const release = [...this.indexes]
      .filter(([label]) => releaseLabels.has(label.replace(/^v/, '')))
      .map(([, index]) => index);
    if (release.length > 0) return Math.min(...release);
    const all = [...this.indexes.values()];
    return all.length > 0 ? Math.max(...all) + 1 : undefined;
  }
}

/** After the last non-blank line, with a blank line between; returns the insertion index. */
function openBlockAtEnd(lines: EditableLines): number {
  let end = lines.texts.length;
  while (end > 0 && lines.texts[end - 1]!.trim() === '') end--;
  insertLines(lines, end, ['']);
  return end + 1;
}

function newestBelow(changelog: Changelog, version: string) {
  return changelog.releases
    .filter((release) => comparePep440(release.normalized, version) < 0)
    .sort((a, b) => comparePep440(b.normalized, a.normalized))[0];
}

/** The version to roll to, once the version and the date are known to be well written. */
function checkRollInputs(file: string, options: RollOptions): Pep440 {
  const version = parsePep440(options.version);
  if (!version) {
    throw new UserError(
      `Cannot roll ${file} to ${JSON.stringify(options.version)}: it is not a PEP 440 version.`,
      'Invalid version',
      { file },
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new UserError(
      `The release date must be written YYYY-MM-DD, not ${JSON.stringify(options.date)}.`,
      'Invalid date',
      { file },
    );
  }
  return version;
}

/**
 * The Unreleased section to roll: there must be one, with notes unless empty ones are allowed,
 * and no release may have the version already.
 */
function sectionToRoll(
  changelog: Changelog,
  file: string,
  options: RollOptions,
  version: Pep440,
): ChangelogSection {
  const { format, unreleased } = changelog;
  if (!unreleased) {
    throw new UserError(
      `${file} has no ${unreleasedName(format).replace(/^an? /, '')} to release as ${options.version}. Add one above the releases with the notes for this release${changelogMarkup(format).notesHint}.`,
      'No Unreleased section',
      { file, line: 1 },
    );
  }
  if (!options.allowEmpty && !hasNotes(unreleased, format)) {
    throw new UserError(
      `The ${unreleasedName(format, unreleased)} section of ${file} (line ${unreleased.line}) is empty, so ${options.version} would be released without notes. Add entries under it, or set ${setting('changelog-entry', 'optional')} to release anyway.`,
      'Empty Unreleased section',
      { file, line: unreleased.line },
    );
  }
  const existing = findRelease(changelog, version.normalized);
  if (existing) {
    throw new UserError(
      `${file} already has a section for ${existing.version} on line ${existing.line}, so rolling the Unreleased section into it would make a second one. Move its notes into the Unreleased section and delete the heading, or choose another version.`,
      'Version already in changelog',
      { file, line: existing.line },
    );
  }
  return unreleased;
}

/**
 * The Unreleased heading's lines become the release's, in the same style, and a fresh Unreleased
 * heading in that style goes above. Both have as many lines as before, so line numbers below
 * shift only by the inserted section.
 */
function retitleUnreleased(
  lines: EditableLines,
  links: Links,
  unreleased: ChangelogSection,
  options: RollOptions,
): void {
  const style = unreleased.style;
  const form = headingForm(style);
  const first = unreleased.firstLine - 1;
  const title = form.releaseTitle(options.version, options.date);
  const released = form.retitled(style, lines.texts[unreleased.line - 1]!, title);
  released.forEach((line, offset) => (lines.texts[first + offset] = line));
  const fresh = form.lines(style, form.unreleasedTitle(unreleased.heading));
  const added = insertSection(lines, first, fresh);
  links.shift(first, added);
}

/**
 * The unreleased link compares the new tag with HEAD, and the new version's compares the
 * previous tag with the new one (or points at the release page when there is no previous tag).
 */
function updateCompareLinks(
  lines: EditableLines,
  links: Links,
  changelog: Changelog,
  repository: string,
  options: RollOptions,
  version: Pep440,
): void {
  const prefix = options.tagPrefix ?? 'v';
  const tag = options.tag ?? `${prefix}${options.version}`;
  const below = newestBelow(changelog, version.normalized);
  const previousTag = options.previousTag ?? (below ? `${prefix}${below.version}` : undefined);
  const unreleasedUrl = `${repository}/compare/${tag}...HEAD`;
  const versionUrl = previousTag
    ? `${repository}/compare/${previousTag}...${tag}`
    : `${repository}/releases/tag/${tag}`;

  if (!links.update('unreleased', unreleasedUrl)) {
    const place =
      links.indexOf(options.version) ?? links.placeForNew(changelog) ?? openBlockAtEnd(lines);
    links.insert(place, 'unreleased', unreleasedUrl);
  }
  if (!links.update(options.version, versionUrl)) {
    links.insert(links.indexOf('unreleased')! + 1, options.version, versionUrl);
  }
}

/**
 * The roll: the Unreleased heading becomes `## [version] - date` (Markdown ATX, at its level) or
 * `version (date)` (setext and RST, adornment resized), a fresh empty Unreleased heading in the
 * same style goes above it, and in Markdown the link references follow: the unreleased one
 * compares the new tag with HEAD, and the new version's compares the previous tag with the new
 * one (or points at the release page when there is no previous tag). Labels keep their case.
 */
export function rollChangelog(text: string, options: RollOptions): string {
  const file = options.file ?? 'CHANGELOG.md';
  const format = options.format ?? changelogFormat(file, text);
  const version = checkRollInputs(file, options);
  const changelog = parseChangelog(text, { format });
  const unreleased = sectionToRoll(changelog, file, options, version);

  const lines = splitLines(text);
  const links = new Links(lines, changelog);
  retitleUnreleased(lines, links, unreleased, options);
  const repository = repositoryToLink(changelog, options.repositoryUrl);
  if (repository !== undefined) {
    updateCompareLinks(lines, links, changelog, repository, options, version);
  }
  return joinLines(lines);
}

/**
 * Opens the next cycle: a fresh empty Unreleased heading, in the releases' style, above the
 * topmost release (or at the end when there is none), and in Markdown its compare link when the
 * repository is known. Unchanged when the changelog has an Unreleased section already.
 */
export function addUnreleasedSection(text: string, options: UnreleasedOptions = {}): string {
  const format = options.format ?? changelogFormat(options.file ?? 'CHANGELOG.md', text);
  const changelog = parseChangelog(text, { format });
  if (changelog.unreleased) return text;
  const lines = splitLines(text);
  const links = new Links(lines, changelog);
  const style = releaseStyle(changelog, format);
  const form = headingForm(style);
  const fresh = form.lines(style, form.unreleasedTitle(undefined));
  const top = changelog.releases.reduce<number | undefined>(
    (first, release) =>
      first === undefined || release.firstLine < first ? release.firstLine : first,
    undefined,
  );
  if (top === undefined) {
    insertLines(lines, openBlockAtEnd(lines), fresh);
    return joinLines(lines);
  }
  const index = top - 1;
  links.shift(index, insertSection(lines, index, fresh));

  const repository = repositoryToLink(changelog, options.repositoryUrl);
  const newest = [...changelog.releases].sort((a, b) =>
    comparePep440(b.normalized, a.normalized),
  )[0];
  if (repository === undefined || newest === undefined || links.has('unreleased')) {
    return joinLines(lines);
  }
  const url = `${repository}/compare/${options.tagPrefix ?? 'v'}${newest.version}...HEAD`;
  links.insert(links.placeForNew(changelog) ?? openBlockAtEnd(lines), 'unreleased', url);
  return joinLines(lines);
}

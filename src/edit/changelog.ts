// Keep a Changelog 1.1 edits, made as line insertions and replacements so the rest of the file
// keeps its bytes: rolling [Unreleased] into a release, and opening a fresh [Unreleased].
import { UserError } from '../errors.js';
import {
  findRelease,
  parseChangelog,
  type Changelog,
  type ChangelogSection,
} from '../sources/changelog.js';
import { comparePep440, parsePep440 } from '../version/pep440.js';
import { insertLines, joinLines, splitLines, type EditableLines } from './lines.js';

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
  /** The changelog's path, for messages. */
  readonly file?: string;
}

export interface UnreleasedOptions {
  readonly repositoryUrl?: string;
  readonly tagPrefix?: string;
}

const LINK_REFERENCE = /^(\s{0,3}\[([^\]]+)\]:\s*)(\S+)/;
const REPOSITORY_IN_URL = /^(https?:\/\/.+?)\/(?:compare|releases\/tag|tree|commits?)\//;

function repositoryOf(changelog: Changelog, given: string | undefined): string | undefined {
  const url = given?.trim();
  if (url) return url.replace(/\/+$/, '').replace(/\.git$/, '');
  for (const link of changelog.links.values()) {
    const match = REPOSITORY_IN_URL.exec(link.url);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Notes are anything but blank lines and sub-headings (`### Added` with nothing under it). */
function hasNotes(section: ChangelogSection): boolean {
  return section.body.split('\n').some((line) => line.trim() !== '' && !/^\s*#/.test(line));
}

/** The heading for a fresh section, spelled as the file spells "Unreleased". */
function freshHeading(previous: string | undefined): string {
  const word = previous ? /unreleased/i.exec(previous)?.[0] : undefined;
  if (!word || !previous) return '## [Unreleased]';
  return previous.trimStart().startsWith('[') ? `## [${word}]` : `## ${word}`;
}

/** Inserts a heading with one blank line above (unless at the top) and one below. */
function insertSection(lines: EditableLines, index: number, heading: string): number {
  const added = [heading, ''];
  if (index > 0 && lines.texts[index - 1]!.trim() !== '') added.unshift('');
  insertLines(lines, index, added);
  return added.length;
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

/**
 * Keep a Changelog roll: `## [Unreleased]` becomes `## [version] - date`, a fresh empty
 * `## [Unreleased]` goes above it, and the link references follow: the unreleased one compares
 * the new tag with HEAD, and the new version's compares the previous tag with the new one (or
 * points at the release page when there is no previous tag). Existing labels keep their case.
 */
export function rollChangelog(text: string, options: RollOptions): string {
  const file = options.file ?? 'CHANGELOG.md';
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
  const changelog = parseChangelog(text);
  const unreleased = changelog.unreleased;
  if (!unreleased) {
    throw new UserError(
      `${file} has no "## [Unreleased]" section to release as ${options.version}. Add one above the releases with the notes for this release (### Added, ### Fixed …).`,
      'No Unreleased section',
      { file, line: 1 },
    );
  }
  if (!options.allowEmpty && !hasNotes(unreleased)) {
    throw new UserError(
      `The "## [Unreleased]" section of ${file} (line ${unreleased.line}) is empty, so ${options.version} would be released without notes. Add entries under it (### Added, ### Fixed …), or set allow-empty-changelog: true to release anyway.`,
      'Empty Unreleased section',
      { file, line: unreleased.line },
    );
  }
  const existing = findRelease(changelog, version.normalized);
  if (existing) {
    throw new UserError(
      `${file} already has a section for ${existing.version} on line ${existing.line}, so rolling [Unreleased] into it would make a second one. Move its notes into [Unreleased] and delete the heading, or choose another version.`,
      'Version already in changelog',
      { file, line: existing.line },
    );
  }

  const lines = splitLines(text);
  const links = new Links(lines, changelog);
  const headingIndex = unreleased.line - 1;
  lines.texts[headingIndex] = `## [${options.version}] - ${options.date}`;
  const added = insertSection(lines, headingIndex, freshHeading(unreleased.heading));
  links.shift(headingIndex, added);

  const repository = repositoryOf(changelog, options.repositoryUrl);
  if (repository === undefined) return joinLines(lines);
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
  return joinLines(lines);
}

/**
 * Opens the next cycle: a fresh empty `## [Unreleased]` above the topmost release (or at the end
 * when there is none), and its compare link when the repository is known. Unchanged when the
 * changelog has an [Unreleased] section already.
 */
export function addUnreleasedSection(text: string, options: UnreleasedOptions = {}): string {
  const changelog = parseChangelog(text);
  if (changelog.unreleased) return text;
  const lines = splitLines(text);
  const links = new Links(lines, changelog);
  const top = changelog.releases.reduce<number | undefined>(
    (first, release) => (first === undefined || release.line < first ? release.line : first),
    undefined,
  );
  if (top === undefined) {
    insertLines(lines, openBlockAtEnd(lines), ['## [Unreleased]']);
    return joinLines(lines);
  }
  const index = top - 1;
  links.shift(index, insertSection(lines, index, '## [Unreleased]'));

  const repository = repositoryOf(changelog, options.repositoryUrl);
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

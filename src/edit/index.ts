// Edits files in place: only the characters that change are touched, so comments, spacing, key
// order, CRLF line endings and a BOM stay as they were. Pure: text in, text out.
import { UserError } from '../errors.js';
import { countEntries, parseChangelog } from '../sources/changelog.js';
import { splitText } from '../sources/text.js';

/** Replaces `oldValue` found at a 1-based line and column (columns count after any BOM). */
export function replaceAt(
  text: string,
  line: number,
  column: number,
  oldValue: string,
  newValue: string,
): string {
  let offset = text.startsWith('\uFEFF') ? 1 : 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) throw new Error(`line ${line} is past the end of the text`);
    offset = next + 1;
  }
  const start = offset + column - 1;
  if (text.slice(start, start + oldValue.length) !== oldValue) {
    throw new Error(`expected ${JSON.stringify(oldValue)} at line ${line}, column ${column}`);
  }
  return text.slice(0, start) + newValue + text.slice(start + oldValue.length);
}

export interface RollOptions {
  /** As written in the heading and the tag. */
  readonly version: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly tag: string;
  readonly previousTag: string | undefined;
  /** `https://github.com/owner/repo`; without it the link references are left alone. */
  readonly repositoryUrl: string | undefined;
  readonly tagPrefix: string;
  readonly allowEmpty?: boolean;
  /** For messages. */
  readonly file?: string;
}

const LINK = /^(\s{0,3}\[)([^\]]+)(\]:\s*)(\S+)(.*)$/;

/**
 * Keep a Changelog's release roll: `## [Unreleased]` becomes `## [X.Y.Z] - date`, a fresh empty
 * `## [Unreleased]` goes above it, and the link references get the new compare links.
 */
export function rollChangelog(text: string, options: RollOptions): string {
  const file = options.file ?? 'CHANGELOG.md';
  const { bom, eol, lines } = splitText(text);
  const parsed = parseChangelog(text);
  const unreleased = parsed.unreleased;
  if (!unreleased) {
    throw new UserError(
      `${file} has no "## [Unreleased]" section to release. Add one above the releases with the changes of ${options.version}.`,
      'No [Unreleased] section',
      { file },
    );
  }
  if (countEntries(unreleased) === 0 && !options.allowEmpty) {
    throw new UserError(
      `${file} has an empty "## [Unreleased]" section, so ${options.version} would be released without notes. Add entries under it (### Added, ### Fixed …), or set allow-empty-changelog: true.`,
      'Empty changelog section',
      { file, line: unreleased.line },
    );
  }
  const out = [...lines];
  const headingIndex = unreleased.line - 1;
  const labelCase = /\[unreleased\]/.test(out[headingIndex]!) ? 'unreleased' : 'Unreleased';
  out.splice(headingIndex, 1, `## [${labelCase}]`, '', `## [${options.version}] - ${options.date}`);

  if (options.repositoryUrl) {
    const repo = options.repositoryUrl.replace(/\/+$/, '');
    const versionLink = options.previousTag
      ? `${repo}/compare/${options.previousTag}...${options.tag}`
      : `${repo}/releases/tag/${options.tag}`;
    const unreleasedIndex = out.findIndex(
      (line) => LINK.exec(line)?.[2]?.toLowerCase() === 'unreleased',
    );
    if (unreleasedIndex >= 0) {
      const match = LINK.exec(out[unreleasedIndex]!)!;
      out.splice(
        unreleasedIndex,
        1,
        `${match[1]}${match[2]}${match[3]}${repo}/compare/${options.tag}...HEAD`,
        `[${options.version}]: ${versionLink}`,
      );
    } else {
      const lastLink = out.reduce((last, line, index) => (LINK.test(line) ? index : last), -1);
      const added = [
        `[unreleased]: ${repo}/compare/${options.tag}...HEAD`,
        `[${options.version}]: ${versionLink}`,
      ];
      if (lastLink >= 0) out.splice(lastLink + 1, 0, ...added);
      else {
        while (out.length > 0 && out[out.length - 1] === '') out.pop();
        out.push('', ...added, '');
      }
    }
  }
  return (bom ? '\uFEFF' : '') + out.join(eol);
}

/** Adds an empty `## [Unreleased]` above the newest release, for the next development cycle. */
export function addUnreleasedSection(text: string): string {
  const parsed = parseChangelog(text);
  if (parsed.unreleased) return text;
  const { bom, eol, lines } = splitText(text);
  const out = [...lines];
  const first = parsed.releases.reduce(
    (min, release) => Math.min(min, release.line),
    Number.POSITIVE_INFINITY,
  );
  if (Number.isFinite(first)) out.splice(first - 1, 0, '## [Unreleased]', '');
  else {
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    out.push('', '## [Unreleased]', '');
  }
  return (bom ? '\uFEFF' : '') + out.join(eol);
}

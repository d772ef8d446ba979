// Release notes kept as one file per version (numpy's doc/source/release/2.5.2-notes.rst, flake8's
// docs/source/release-notes/7.3.0.rst, towncrier with `single_file = false` and a `{version}` in
// `filename`): the pattern that names the files, the file for a version, and that file read as
// the version's notes. Pure: names and text in.
import { RE2JS } from 're2js';
import { parsePep440, type Pep440 } from '../version/index.js';
import { classifyHeading } from './headings.js';
import { TextLines } from '../files/index.js';
import { changelogMarkup, type ChangelogFormat } from './formats/index.js';
import {
  findRelease,
  parseChangelog,
  releaseSection,
  versionKey,
  type ReleaseSection,
} from './parse.js';

export interface NotesPattern {
  /** The folder of the notes files, repository-relative. */
  readonly dir: string;
  /** The file name with `{version}` where the version goes (`{version}-notes.rst`). */
  readonly name: string;
  /** How the pattern was found, for messages (`towncrier's filename with single_file = false`). */
  readonly source: string;
  /**
   * When each file holds a release series with a section per release (IPython's whatsnew/
   * version9.rst, sphinx's doc/changes/9.0.rst): how many release numbers name a file (1 or 2).
   */
  readonly series?: number;
  /**
   * The series' two numbers are written without the dot between them: SQLAlchemy's
   * doc/build/changelog/changelog_20.rst is the 2.0 series (`changelog_{major}{minor}.rst`).
   */
  readonly joined?: boolean;
}

// towncrier formats `filename` with these keys (str.format); only `{version}` is known here.
const PLACEHOLDER = /\{(version|name|project_date)\}/g;
// A version in a file name: digits with dots, then PEP 440 pre, post and dev parts.
const VERSION_IN_NAME =
  /^(.*?)(\d+(?:\.\d+)+(?:[-_.]?(?:a|b|rc|alpha|beta)\d*)?(?:\.post\d+)?(?:\.dev\d+)?)(.*)$/i;
const NOTES_EXTENSIONS = /\.(?:rst|md|markdown|txt)$/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The path of the pattern with `{version}` in it (`doc/source/release/{version}-notes.rst`), or
 * for files of a series what names them (`version{major}.rst`, `{major}.{minor}.rst`).
 */
export function patternPath(pattern: NotesPattern): string {
  const series =
    pattern.series === 1 ? '{major}' : pattern.joined ? '{major}{minor}' : '{major}.{minor}';
  const name = pattern.series ? pattern.name.replace(/\{version\}/g, series) : pattern.name;
  return [pattern.dir, name].filter(Boolean).join('/');
}

/**
 * The pattern a path with `{version}` in its file name stands for (towncrier's `filename` with
 * `single_file = false`, or the changelog input); undefined when it has none, or has placeholders
 * in its folders (which no listing can follow).
 */
export function patternFromPath(path: string, source: string): NotesPattern | undefined {
  const slash = path.lastIndexOf('/');
  const dir = slash === -1 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  if (!name.includes('{version}') || dir.includes('{')) return undefined;
  return { dir, name, source };
}

/**
 * The pattern of the files in a folder named after versions (`2.5.0-notes.rst`, `2.5.1-notes.rst`):
 * the prefix and suffix most of them share, when at least two do. numpy's towncrier `filename` is
 * only where towncrier writes the draft; the releases are its versioned siblings.
 */
export function inferPattern(
  dir: string,
  names: readonly string[],
  source: string,
): NotesPattern | undefined {
  const groups = new Map<string, number>();
  for (const name of names) {
    const match = VERSION_IN_NAME.exec(name);
    if (!match || !NOTES_EXTENSIONS.test(name) || !parsePep440(match[2]!)) continue;
    const key = `${match[1]!}{version}${match[3]!}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of groups) if (!best || entry[1] > best[1]) best = entry;
  return best && best[1] >= 2 ? { dir, name: best[0], source } : undefined;
}

/**
 * The file names a pattern matches, with the version in a group. The pattern is the repository's
 * (towncrier's `filename`, the changelog input): with several placeholders, each one `.*?`, a
 * backtracking engine takes polynomial time of a high degree on a long name; RE2 takes linear time.
 */
function matcher(pattern: NotesPattern): RE2JS {
  let source = '';
  let last = 0;
  let named = false;
  for (const match of pattern.name.matchAll(PLACEHOLDER)) {
    source += escape(pattern.name.slice(last, match.index));
    // The first `{version}` is the group; RE2, like Python, refuses a name given twice.
    const group: boolean = match[1] === 'version' && !named;
    source += group ? '(?P<version>\\d[0-9A-Za-z.!+_-]*?)' : '.*?';
    named ||= group;
    last = match.index + match[0].length;
  }
  source += escape(pattern.name.slice(last));
  return RE2JS.compile(`^${source}$`, RE2JS.CASE_INSENSITIVE);
}

/** The file the pattern names for a version; undefined when other placeholders are in it. */
export function renderPattern(pattern: NotesPattern, version: string): string | undefined {
  const parsed = pattern.series ? parsePep440(version) : null;
  const series = parsed && seriesOf(parsed.release, pattern.series!);
  const named = series ? (pattern.joined ? series.replace('.', '') : series) : version;
  const name = pattern.name.replace(/\{version\}/g, named);
  if (/\{(?:name|project_date)\}/.test(name)) return undefined;
  return [pattern.dir, name].filter(Boolean).join('/');
}

/** A joined series' name read as its version: `20` is 2.0, `14` is 1.4. */
function dotted(pattern: NotesPattern, written: string): string {
  return pattern.joined && /^\d{2}$/.test(written) ? `${written[0]}.${written[1]}` : written;
}

/** The first `size` numbers of a release, zeros added: `9.16.1` → `9`, `3.12`; `4` → `4.0`. */
function seriesOf(release: readonly number[], size: number): string {
  return Array.from({ length: size }, (_, index) => release[index] ?? 0).join('.');
}

export interface NotesFile {
  /** Repository-relative path. */
  readonly file: string;
  /** The version in the file's name, as written. */
  readonly version: string;
  /** The notes of the final release serve its pre-release (`2.5.0-notes.rst` for 2.5.0rc1). */
  readonly fallback: boolean;
}

/** The final release a pre-release or development version leads to (`2.5.0` for 2.5.0rc1). */
export function finalOf(version: Pep440): Pep440 | undefined {
  if (!version.pre && version.dev === null) return undefined;
  const epoch = version.epoch === 0 ? '' : `${version.epoch}!`;
  return parsePep440(`${epoch}${version.release.join('.')}`) ?? undefined;
}

/**
 * The file of the series `wanted` belongs to: the one whose version is the longest start of its
 * release (`version9.rst` and `version9.16.rst` for 9.16.1: the second).
 */
function seriesFile(
  files: Iterable<{ name: string; version: string }>,
  wanted: Pep440,
): string | undefined {
  let best: { name: string; length: number } | undefined;
  for (const { name, version } of files) {
    const release = parsePep440(version)?.release ?? [];
    const starts = release.every((part, index) => part === (wanted.release[index] ?? 0));
    if (starts && (!best || release.length > best.length)) best = { name, length: release.length };
  }
  return best?.name;
}

/**
 * The notes file of `version` among the file names of the pattern's folder: the one named with
 * the version (by PEP 440 meaning: `2.5` is `2.5.0`), else for a pre-release or development
 * version the one of its final release, as numpy's release candidates use the final's notes.
 */
export function findNotesFile(
  pattern: NotesPattern,
  names: readonly string[],
  version: string,
): NotesFile | undefined {
  const wanted = parsePep440(version);
  if (!wanted) return undefined;
  const regex = matcher(pattern);
  const byKey = new Map<string, { name: string; version: string }>();
  for (const name of [...names].sort()) {
    const match = regex.matcher(name);
    const written = match.matches() ? (match.group('version') ?? undefined) : undefined;
    const read = written === undefined ? undefined : dotted(pattern, written);
    const parsed = read === undefined ? null : parsePep440(read);
    if (!parsed || byKey.has(versionKey(parsed))) continue;
    byKey.set(versionKey(parsed), { name, version: read! });
  }
  const join = (name: string) => [pattern.dir, name].filter(Boolean).join('/');
  if (pattern.series) {
    const series = seriesFile(byKey.values(), wanted);
    return series === undefined ? undefined : { file: join(series), version, fallback: false };
  }
  const exact = byKey.get(versionKey(wanted));
  if (exact) return { file: join(exact.name), version: exact.version, fallback: false };
  const final = finalOf(wanted);
  const serving = final && byKey.get(versionKey(final));
  return serving
    ? { file: join(serving.name), version: serving.version, fallback: true }
    : undefined;
}

/**
 * A notes file read as the notes of one version: its first heading that names the version is the
 * title, and everything after it is the body (sub-headings included, whatever their level).
 * A file that holds several releases (one file per series: IPython's version9.rst) gives the
 * version's own section, up to the next release. Undefined when no heading names the version.
 */
export function readNotesFile(
  text: string,
  options: {
    readonly format: ChangelogFormat;
    readonly version: string;
    readonly projectName?: string;
  },
): ReleaseSection | undefined {
  const wanted = parsePep440(options.version);
  if (!wanted) return undefined;
  const { format, projectName } = options;
  const changelog = parseChangelog(text, { format, projectName });
  if (changelog.releases.length > 1) return findRelease(changelog, options.version);
  const key = versionKey(wanted);
  const lines = new TextLines(text);
  const document = changelogMarkup(options.format).scan(lines);
  for (const heading of document.headings) {
    const meaning = classifyHeading(heading.text, options.projectName);
    if (meaning.kind !== 'release' || versionKey(meaning.version) !== key) continue;
    let start = heading.lastLine + 1;
    let end = lines.count;
    while (start <= end && lines.isBlank(start - 1)) start++;
    while (end >= start && lines.isBlank(end - 1)) end--;
    return releaseSection(heading, meaning, meaning, {
      bodyStart: start,
      bodyEnd: end,
      body: lines.slice(start - 1, end - 1).trim(),
    });
  }
  return undefined;
}

// Release notes kept one file per version or per series: the pattern the changelog input or
// towncrier names, the one a docs folder shows, and the version's file read as its notes.
import { UserError } from '../errors.js';
import { READ_LIMITS } from '../files/index.js';
import { parsePep440, type Pep440 } from '../version/index.js';
import type { ChangelogFormat } from './formats/index.js';
import {
  changelogFormat,
  findRelease,
  parseChangelog,
  singleReleaseChangelog,
  type ReleaseSection,
} from './parse.js';
import {
  finalOf,
  findNotesFile,
  inferPattern,
  patternFromPath,
  patternPath,
  readNotesFile,
  renderPattern,
  type NotesFile,
  type NotesPattern,
} from './notes-files.js';
import {
  deeperDocsFolders,
  inferNotesPattern,
  notesFolders,
  patternServes,
} from './notes-folders.js';
import type { TowncrierSetup } from './towncrier-config.js';
import {
  basename,
  fileNames,
  folderOf,
  listing,
  readStrict,
  type ChangelogReader,
  type ProjectTree,
} from './changelog-files.js';
import type { ChangelogOptions, LoadedChangelog } from './loaded.js';
import { optionTitle } from '../vocabulary/index.js';

/** At most this many notes folders are listed looking for one file per release. */
const NOTES_FOLDERS = 8;

/** The pattern of the notes files in a docs folder where `version`'s notes are kept, if any. */
export async function notesFolderPattern(
  reader: ChangelogReader,
  dir: string,
  tree: ProjectTree,
  version: string | undefined,
): Promise<NotesPattern | undefined> {
  if (!reader.list) return undefined;
  const deeper = (await listing(reader, deeperDocsFolders(dir, tree.folders))) ?? [];
  const folders = [
    ...tree.folders,
    ...deeper.filter((entry) => entry.endsWith('/')).map((entry) => entry.slice(0, -1)),
  ];
  for (const folder of notesFolders(dir, folders).slice(0, NOTES_FOLDERS)) {
    const names = (await fileNames(reader, folder)) ?? [];
    const pattern = inferNotesPattern(folder, names, `found in ${folder}/`);
    if (pattern && (!version?.trim() || patternServes(pattern, names, version.trim())))
      return pattern;
  }
  return undefined;
}

export function patternOfInput(path: string): NotesPattern {
  const pattern = patternFromPath(path, 'as the changelog input names them');
  if (!pattern) {
    throw new UserError(
      `${optionTitle('changelog')} ${path} has {version} outside its file name. Name the notes files after the version in one folder (docs/release-notes/{version}.rst).`,
      'Changelog pattern not usable',
    );
  }
  return pattern;
}

/**
 * towncrier with `single_file = false`: each release's notes are a file of their own. A `filename`
 * with `{version}` names them; one without (numpy's notes-towncrier.rst, where towncrier writes a
 * draft that is then copied) has them as its versioned siblings (2.5.2-notes.rst). Undefined when
 * neither holds: towncrier's file is then read as the changelog.
 */
export async function towncrierPattern(
  reader: ChangelogReader,
  setup: TowncrierSetup,
): Promise<NotesPattern | undefined> {
  const filename = setup.filename!;
  const source = `towncrier's filename with single_file = false`;
  const direct = patternFromPath(filename, source);
  if (direct) return direct;
  const dir = folderOf(filename);
  const names = (await fileNames(reader, dir))?.filter((name) => name !== basename(filename));
  return inferPattern(
    dir,
    names ?? [],
    `beside towncrier's ${basename(filename)} with single_file = false`,
  );
}

/**
 * The section written for the series a release belongs to: `IPython 9.16` (two numbers) in a file
 * of one section per minor release holds its patches too (9.16.1). The longest such title wins.
 */
function seriesTitled(
  releases: readonly ReleaseSection[],
  wanted: Pep440,
): ReleaseSection | undefined {
  let best: { section: ReleaseSection; length: number } | undefined;
  for (const section of releases) {
    const release = parsePep440(section.version)?.release ?? [];
    if (release.length >= wanted.release.length) continue;
    if (!release.every((part, index) => part === wanted.release[index])) continue;
    if (!best || release.length > best.length) best = { section, length: release.length };
  }
  return best?.section;
}

/**
 * The section of a version in the file of its series (`IPython 9.16` in version9.rst), else the
 * section that serves it: its final release's for a pre-release, the one titled with its minor
 * series for a patch that has none of its own (IPython 9.16.1 in "IPython 9.16").
 */
function seriesSection(
  text: string,
  format: ChangelogFormat,
  found: NotesFile,
  options: ChangelogOptions,
): { section?: ReleaseSection; version: string; fallback: boolean } {
  const changelog = parseChangelog(text, { format, projectName: options.projectName });
  const own = findRelease(changelog, found.version);
  if (own) return { section: own, version: found.version, fallback: false };
  const parsed = parsePep440(found.version);
  const final = parsed && finalOf(parsed);
  const served =
    (final ? findRelease(changelog, final.normalized) : undefined) ??
    (parsed ? seriesTitled(changelog.releases, final ?? parsed) : undefined);
  return served
    ? { section: served, version: served.version, fallback: true }
    : { version: found.version, fallback: false };
}

/** The version's notes file, read as its notes, or where it would be when it does not exist. */
export async function loadNotesFile(
  reader: ChangelogReader,
  pattern: NotesPattern,
  options: ChangelogOptions,
): Promise<LoadedChangelog> {
  const version = options.version?.trim() || undefined;
  let found: (NotesFile & { readonly section?: ReleaseSection }) | undefined;
  if (version) {
    const names = await fileNames(reader, pattern.dir);
    if (names) {
      found = findNotesFile(pattern, names, version);
    } else {
      // No listing: the file named with the version exactly as given.
      const exact = renderPattern(pattern, version);
      if (exact && (await reader.read(exact, READ_LIMITS.large)) !== undefined) {
        found = { file: exact, version, fallback: false };
      }
    }
  }
  // Missing: the file to write, named with the final release for a pre-release (its notes serve).
  const parsedVersion = version === undefined ? null : parsePep440(version);
  const named = parsedVersion ? (finalOf(parsedVersion) ?? parsedVersion).normalized : version;
  const file = found?.file ?? (named && renderPattern(pattern, named)) ?? patternPath(pattern);
  const text = found ? ((await readStrict(reader, found.file)) ?? '') : '';
  const format = changelogFormat(file, text);
  if (found && pattern.series) found = { ...found, ...seriesSection(text, format, found, options) };
  const release = found?.section
    ? found.section
    : found && !pattern.series
      ? readNotesFile(text, { format, version: found.version, projectName: options.projectName })
      : undefined;
  const parsed = singleReleaseChangelog(format, release, found?.fallback ? version : undefined);
  const kept = pattern.series
    ? `one file per release series: ${patternPath(pattern)}, ${pattern.source}`
    : `one file per version: ${patternPath(pattern)}, ${pattern.source}`;
  options.notes?.push(
    found ? `Release notes: ${found.file} (${kept}).` : `Release notes are ${kept}.`,
  );
  return {
    file,
    text,
    parsed,
    discovered: !options.changelog.trim(),
    perVersion: {
      pattern: patternPath(pattern),
      source: pattern.source,
      exists: found !== undefined,
      ...(found?.fallback ? { servedBy: found.version } : {}),
      fileFor: (wanted) => renderPattern(pattern, wanted),
    },
  };
}

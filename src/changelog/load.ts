// Loads the project's changelog: the one the changelog input names, towncrier's file, or the one
// discovery finds; decoded strictly as UTF-8 and parsed in its own markup. The I/O of the
// changelog part of loadProject, kept apart so project.ts has one call for it.
import parseTomlString from '@iarna/toml/parse-string.js';
import { UserError } from '../errors.js';
import {
  changelogFormat,
  findRelease,
  parseChangelog,
  singleReleaseChangelog,
  type Changelog,
  type ReleaseSection,
} from './parse.js';
import type { ChangelogFormat } from './formats/index.js';
import {
  changelogCandidates,
  docsPagePaths,
  isPageSource,
  listedFolders,
  namedFolders,
} from './discovery.js';
import { parsePep440 } from '../version/index.js';
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
import { headingNaming, onlyPackage } from './root-changelog.js';
import { stripBom } from '../files/index.js';
import { describeWay, followPointers, unresolvedNote } from './follow-pointers.js';
import { isFragment, towncrierSetup, type TowncrierSetup } from './towncrier-config.js';
import { repoPath } from '../files/index.js';

/** What loadChangelog needs of a file reader (project.ts's FileReader satisfies it). */
export interface ChangelogReader {
  read(path: string): Promise<string | undefined>;
  /** Repository-relative entries directly in `dir`, folders ending in `/`; undefined if absent. */
  list?(dir: string): Promise<string[] | undefined>;
  /** The file's bytes, for a strict UTF-8 check; undefined when it does not exist. */
  readBytes?(path: string): Promise<Uint8Array | undefined>;
}

export interface LoadedChangelog {
  readonly file: string;
  readonly text: string;
  readonly parsed: Changelog;
  /** Found without the changelog input. */
  readonly discovered?: boolean;
  /** The towncrier setup and the news fragments waiting in its folder. */
  readonly towncrier?: TowncrierSetup & { readonly fragments: readonly string[] };
  /**
   * Release notes kept as one file per version: `file` is the version's (or, when it has none,
   * the one it would have), and `parsed` holds that version's notes alone.
   */
  readonly perVersion?: PerVersionNotes;
}

export interface PerVersionNotes {
  /** The pattern's path (`doc/source/release/{version}-notes.rst`). */
  readonly pattern: string;
  /** Where the pattern comes from, for messages. */
  readonly source: string;
  /** Whether the version's notes file exists. */
  readonly exists: boolean;
  /** The final release whose notes serve this pre-release (`2.5.0` for 2.5.0rc1). */
  readonly servedBy?: string;
  /** The file a version's notes go in, when the pattern names one (`{name}` and such do not). */
  readonly fileFor: (version: string) => string | undefined;
}

export interface ChangelogOptions {
  /** The project directory relative to the repository root. */
  readonly dir: string;
  /** The changelog input: a path relative to `dir`, '' to find it, `none` for no changelog. */
  readonly changelog: string;
  readonly pyprojectText: string;
  readonly projectName: string | undefined;
  /** `owner/name`, to recognise `[project.urls]` links into this repository. */
  readonly repository?: string;
  /** Notices for the check's log (e.g. where the changelog was found). */
  readonly notes?: string[];
  /**
   * The version whose notes are wanted (the tag's, else the one in the files): it picks the file
   * when the notes are one file per version.
   */
  readonly version?: string;
}

/** The changelog input's value that turns the changelog off. */
export const NO_CHANGELOG = 'none';

type Table = Record<string, unknown>;

function parseTomlQuietly(text: string | undefined): Table | undefined {
  if (text === undefined) return undefined;
  try {
    return parseTomlString(stripBom(text).replace(/\r\n/g, '\n')) as Table;
  } catch {
    return undefined; // pyproject.toml errors are reported where it is parsed for the version.
  }
}

/** Reads a changelog strictly: bytes that are not UTF-8 are an error naming the file. */
async function readStrict(reader: ChangelogReader, file: string): Promise<string | undefined> {
  if (reader.readBytes) {
    const bytes = await reader.readBytes(file);
    if (bytes === undefined) return undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw notUtf8(file);
    }
  }
  const text = await reader.read(file);
  // A reader that decodes for us leaves U+FFFD where the bytes were not UTF-8.
  if (text?.includes('\uFFFD')) throw notUtf8(file);
  return text;
}

function notUtf8(file: string): UserError {
  return new UserError(
    `${file} is not UTF-8 text, so its release headings cannot be read. Convert it to UTF-8 (for example \`iconv -f latin1 -t utf-8\`) and commit it.`,
    'Changelog is not UTF-8',
    { file },
  );
}

async function listing(reader: ChangelogReader, dirs: readonly string[]) {
  if (!reader.list) return undefined;
  const all: string[] = [];
  for (const dir of dirs) all.push(...((await reader.list(dir)) ?? []));
  return all;
}

/** What the listings show of the project: files, and folders without their trailing `/`. */
interface ProjectTree {
  /** Undefined without a listing: then only pyproject.toml is asked. */
  readonly files: readonly string[] | undefined;
  readonly folders: readonly string[];
}

/** The project folder's docs/ and doc/, the same above it, then the changelog folders in them. */
async function listProjectTree(
  reader: ChangelogReader,
  dir: string,
  projectName: string | undefined,
): Promise<ProjectTree> {
  const folderNames = (entries: readonly string[] | undefined) =>
    (entries ?? []).filter((entry) => entry.endsWith('/')).map((entry) => entry.slice(0, -1));
  const listed = await listing(reader, listedFolders(dir));
  const entries = listed && [
    ...listed,
    ...((await listing(reader, namedFolders(folderNames(listed), projectName))) ?? []),
  ];
  return {
    files: entries?.filter((entry) => !entry.endsWith('/')),
    folders: folderNames(entries),
  };
}

/** towncrier's setup, from pyproject.toml and a towncrier.toml the listing shows. */
async function readTowncrierSetup(
  reader: ChangelogReader,
  dir: string,
  pyproject: Table | undefined,
  tree: ProjectTree,
): Promise<TowncrierSetup | undefined> {
  // Without a listing there are no fragments to count either: only pyproject.toml is asked.
  const towncrierToml = tree.files?.includes(repoPath(dir, 'towncrier.toml'))
    ? parseTomlQuietly(await reader.read(repoPath(dir, 'towncrier.toml')))
    : undefined;
  return towncrierSetup({ dir, pyproject, towncrierToml, folders: tree.folders });
}

/** The pattern of one notes file per version: the input's `{version}`, or towncrier's files. */
async function notesPatternFor(
  reader: ChangelogReader,
  wanted: string,
  dir: string,
  setup: TowncrierSetup | undefined,
): Promise<NotesPattern | undefined> {
  if (wanted.includes('{version}')) return patternOfInput(repoPath(dir, wanted));
  if (!wanted && setup?.filename && !setup.singleFile) return towncrierPattern(reader, setup);
  return undefined;
}

interface ChangelogFile {
  readonly file: string;
  readonly text: string;
  /** Found without the changelog input. */
  readonly discovered: boolean;
  /** The text parsed, when discovery already did. */
  readonly parsed?: Changelog;
}

/** The file the changelog input names: it must exist. */
async function readNamedChangelog(reader: ChangelogReader, file: string): Promise<ChangelogFile> {
  const text = await readStrict(reader, file);
  if (text === undefined) {
    throw new UserError(
      `No changelog at ${file}. Create it (## [Unreleased], then ## [X.Y.Z] - YYYY-MM-DD headings), point the changelog input at it, leave the input empty to find it, or set changelog: ${NO_CHANGELOG} to release without one.`,
      'Changelog not found',
      { file },
    );
  }
  return { file, text, discovered: false };
}

/** The first of `paths` that exists, read. */
async function firstExisting(
  reader: ChangelogReader,
  paths: Iterable<string>,
): Promise<ChangelogFile | undefined> {
  for (const file of paths) {
    const text = await readStrict(reader, file);
    if (text !== undefined) return { file, text, discovered: true };
  }
  return undefined;
}

/** Why no changelog is checked: where it was looked for, and reno's notes when there are some. */
function noChangelogNote(dir: string, projectName: string | undefined, tree: ProjectTree): string {
  // reno keeps one YAML note per change in releasenotes/notes/ and renders the release notes from
  // git history: there is no file that names a version to check.
  const reno =
    tree.files?.includes(repoPath(dir, 'reno.yaml')) ||
    tree.folders.includes(repoPath(dir, 'releasenotes'));
  return `No changelog found (CHANGELOG, CHANGES, HISTORY, NEWS or RELEASE_NOTES as .md, .rst or .txt, in ${dir || 'the project root'}, docs/ or doc/${projectName ? `, nor one named after ${projectName} there or in a folder above` : ''}); name it with the changelog input to check it.${reno ? ` ${repoPath(dir, 'releasenotes')} holds reno notes, which reno renders from git history when the docs build: pyrelease does not read them, so the release notes are not checked.` : ''}`;
}

type Discovered =
  | { readonly kind: 'file'; readonly found: ChangelogFile }
  | { readonly kind: 'notes'; readonly loaded: LoadedChangelog };

/**
 * The changelog found without the input: a usual name in the usual places, else the source of
 * the documentation page `[project.urls]` names; a file there that only points elsewhere is
 * followed to the file it names. When none holds a release, release notes kept one file per
 * release or series in a docs folder. Each outcome is a notice for the check's log.
 */
async function discoverChangelog(
  reader: ChangelogReader,
  options: ChangelogOptions,
  pyproject: Table | undefined,
  tree: ProjectTree,
): Promise<Discovered | undefined> {
  const { dir, projectName } = options;
  const urls = (pyproject?.project as Table | undefined)?.urls as Table | undefined;
  const candidates = changelogCandidates({
    dir,
    files: tree.files,
    urls,
    repository: options.repository,
    name: projectName,
  });
  let found = await firstExisting(reader, candidates);
  if (!found) {
    // The changelog page of a documentation site, from its source in the docs tree.
    const page = await docsPageSource(reader, dir, docsPagePaths(urls));
    if (page) found = await firstExisting(reader, [page]);
  }
  const followed = found && (await followFound(reader, found, options));
  const parsed = followed?.found.parsed;
  if (!parsed || (parsed.releases.length === 0 && !parsed.unreleased)) {
    const pattern = await notesFolderPattern(reader, dir, tree, options.version);
    if (pattern) return { kind: 'notes', loaded: await loadNotesFile(reader, pattern, options) };
  }
  const taken = followed ?? (await rootChangelog(reader, options, tree));
  if (!taken) {
    options.notes?.push(noChangelogNote(dir, projectName, tree));
    return undefined;
  }
  options.notes?.push(...taken.notes);
  return { kind: 'file', found: taken.found };
}

/**
 * For a package in a subfolder with no changelog of its own: the repository's root changelog,
 * when it names the package in a heading or the repository holds no other package. The notice
 * says which file was taken and why; one not taken is named in a notice too.
 */
async function rootChangelog(
  reader: ChangelogReader,
  options: ChangelogOptions,
  tree: ProjectTree,
): Promise<{ found: ChangelogFile; notes: string[] } | undefined> {
  const { dir, projectName } = options;
  if (!dir || !projectName) return undefined;
  const candidates = changelogCandidates({ dir: '', files: tree.files, urls: undefined });
  const found = await firstExisting(reader, candidates);
  if (!found) return undefined;
  const followed = await followFound(reader, found, options);
  const { file, text } = followed.found;
  const line = headingNaming(file, text, projectName);
  const only =
    line === undefined && reader.list !== undefined
      ? await onlyPackage(
          { list: (folder) => reader.list!(folder), read: (path) => reader.read(path) },
          dir,
        )
      : false;
  if (line === undefined && !only) {
    options.notes?.push(
      `${file} at the repository root is not taken for ${projectName} in ${dir}: no heading in it names ${projectName}, and the repository holds other packages. If it is this package's changelog, name it with the changelog input.`,
    );
    return undefined;
  }
  const why =
    line === undefined
      ? 'the repository holds no other package'
      : `its heading at ${file}:${line} names ${projectName}`;
  const way = file === found.file ? '' : `${found.file} points to it; `;
  const note = `Changelog: ${file}, the repository's, for ${projectName} in ${dir}, which has none of its own (${way}${why}; found without the changelog input).`;
  return { found: followed.found, notes: [note, ...followed.notes.slice(1)] };
}

/** A found file that only points elsewhere, followed; the notices say which file was taken. */
async function followFound(
  reader: ChangelogReader,
  found: ChangelogFile,
  options: ChangelogOptions,
): Promise<{ found: ChangelogFile; notes: string[] }> {
  // Each file is parsed once: the one taken is not parsed again.
  const parsed = new Map<string, Changelog>();
  const parse = (file: string, text: string) => {
    let changelog = parsed.get(file);
    if (!changelog) {
      const format = changelogFormat(file, text);
      changelog = parseChangelog(text, { format, projectName: options.projectName });
      parsed.set(file, changelog);
    }
    return changelog;
  };
  const followed = await followPointers(found, {
    read: (path) => readStrict(reader, path).catch(() => undefined),
    pageSource: (page) => docsPageSource(reader, options.dir, [page]),
    hasReleases: ({ file, text }) => {
      const changelog = parse(file, text);
      return changelog.releases.length > 0 || changelog.unreleased !== undefined;
    },
    repository: options.repository,
  });
  if (followed.kind === 'followed') {
    const { file, text } = followed.target;
    const way = describeWay(followed.via, file);
    return {
      found: { file, text, discovered: true, parsed: parse(file, text) },
      notes: [`Changelog: ${file} (${way}; found without the changelog input).`],
    };
  }
  const notes = [`Changelog: ${found.file} (found without the changelog input).`];
  const unresolved =
    followed.kind === 'unresolved' && unresolvedNote(found.file, followed.pointers);
  if (unresolved) notes.push(unresolved);
  return { found: { ...found, parsed: parse(found.file, found.text) }, notes };
}

/** At most this many notes folders are listed looking for one file per release. */
const NOTES_FOLDERS = 8;

/** The pattern of the notes files in a docs folder where `version`'s notes are kept, if any. */
async function notesFolderPattern(
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

export async function loadChangelog(
  reader: ChangelogReader,
  options: ChangelogOptions,
): Promise<LoadedChangelog | undefined> {
  const wanted = options.changelog.trim();
  if (wanted.toLowerCase() === NO_CHANGELOG) return undefined;
  const { dir } = options;
  const pyproject = parseTomlQuietly(options.pyprojectText);
  const tree = await listProjectTree(reader, dir, options.projectName);
  const setup = await readTowncrierSetup(reader, dir, pyproject, tree);

  const pattern = await notesPatternFor(reader, wanted, dir, setup);
  if (pattern) {
    const loaded = await loadNotesFile(reader, pattern, options);
    return setup ? { ...loaded, towncrier: await withFragments(reader, setup) } : loaded;
  }

  let found: ChangelogFile | undefined;
  if (wanted) found = await readNamedChangelog(reader, repoPath(dir, wanted));
  else if (setup?.filename) {
    // towncrier's file may not exist before its first build: an empty changelog until then.
    const text = (await readStrict(reader, setup.filename)) ?? '';
    found = { file: setup.filename, text, discovered: false };
  } else {
    const discovered = await discoverChangelog(reader, options, pyproject, tree);
    if (discovered?.kind === 'notes') return discovered.loaded;
    found = discovered?.found;
  }
  if (!found) return undefined;

  const { file, text, discovered } = found;
  const parsed =
    found.parsed ??
    parseChangelog(text, { format: changelogFormat(file, text), projectName: options.projectName });
  const towncrier = setup ? await withFragments(reader, setup) : undefined;
  return { file, text, parsed, discovered, ...(towncrier ? { towncrier } : {}) };
}

/** How deep below docs/ (or doc/) a documentation page's source is looked for. */
const DOCS_DEPTH = 4;
/** At most this many folders are listed looking for it. */
const DOCS_FOLDERS = 200;

/**
 * The source of the documentation page `[project.urls]` names as the changelog
 * (`https://gunicorn.org/news/` → docs/content/news.md, fastapi's release-notes page →
 * docs/en/docs/release-notes.md): the shallowest file under the project's docs/ or doc/ whose
 * path ends with the page's path. Undefined when none, or when two at that depth claim it.
 */
async function docsPageSource(
  reader: ChangelogReader,
  dir: string,
  pages: readonly string[],
): Promise<string | undefined> {
  if (pages.length === 0 || !reader.list) return undefined;
  let level = [repoPath(dir, 'docs'), repoPath(dir, 'doc')];
  let listed = 0;
  for (let depth = 0; depth < DOCS_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    const files: string[] = [];
    for (const folder of level) {
      if (++listed > DOCS_FOLDERS) return undefined;
      for (const entry of (await reader.list(folder)) ?? []) {
        if (entry.endsWith('/')) next.push(entry.slice(0, -1));
        else files.push(entry);
      }
    }
    for (const page of pages) {
      const found = files.filter((file) => isPageSource(file, page));
      if (found.length === 1) return found[0];
      if (found.length > 1) return undefined;
    }
    level = next.filter((folder) => !basename(folder).startsWith('.'));
  }
  return undefined;
}

async function withFragments(
  reader: ChangelogReader,
  setup: TowncrierSetup,
): Promise<NonNullable<LoadedChangelog['towncrier']>> {
  const inFolder = (await reader.list?.(setup.directory)) ?? [];
  const fragments = inFolder
    .filter((entry) => !entry.endsWith('/'))
    .filter((entry) => isFragment(basename(entry), setup.types));
  return { ...setup, fragments };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

async function fileNames(reader: ChangelogReader, dir: string): Promise<string[] | undefined> {
  const entries = await reader.list?.(dir);
  return entries?.filter((entry) => !entry.endsWith('/')).map(basename);
}

function patternOfInput(path: string): NotesPattern {
  const pattern = patternFromPath(path, 'as the changelog input names them');
  if (!pattern) {
    throw new UserError(
      `The changelog input ${path} has {version} outside its file name. Name the notes files after the version in one folder (docs/release-notes/{version}.rst).`,
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
async function towncrierPattern(
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
 * The section of a version in the file of its series (`IPython 9.16` in version9.rst), else for a
 * pre-release the section of its final release, which then serves it.
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
  const served = final ? findRelease(changelog, final.normalized) : undefined;
  return served
    ? { section: served, version: served.version, fallback: true }
    : { version: found.version, fallback: false };
}

/** The version's notes file, read as its notes, or where it would be when it does not exist. */
async function loadNotesFile(
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
      if (exact && (await reader.read(exact)) !== undefined) {
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

// Loads the project's changelog: the one the changelog input names, towncrier's file, or the one
// discovery finds; decoded strictly as UTF-8 and parsed in its own markup. The I/O of the
// changelog part of loadProject, kept apart so project.ts has one call for it.
import parseTomlString from '@iarna/toml/parse-string.js';
import { UserError } from '../errors.js';
import { changelogFormat, parseChangelog } from './parse.js';
import { listedFolders, namedFolders } from './discovery.js';
import type { NotesPattern } from './notes-files.js';
import { stripBom } from '../files/index.js';
import { isFragment, towncrierSetup, type TowncrierSetup } from './towncrier-config.js';
import { namingReader, repoPath } from '../files/index.js';
import {
  basename,
  listing,
  readStrict,
  type ChangelogFile,
  type ChangelogReader,
  type ProjectTree,
} from './changelog-files.js';
import { NO_CHANGELOG, type ChangelogOptions, type LoadedChangelog } from './loaded.js';
import { discoverChangelog } from './find-changelog.js';
import { loadNotesFile, patternOfInput, towncrierPattern } from './notes-load.js';
import { setting, theOption } from '../vocabulary/index.js';

type Table = Record<string, unknown>;

function parseTomlQuietly(text: string | undefined): Table | undefined {
  if (text === undefined) return undefined;
  try {
    return parseTomlString(stripBom(text).replace(/\r\n/g, '\n')) as Table;
  } catch {
    return undefined; // pyproject.toml errors are reported where it is parsed for the version.
  }
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

/** The file the changelog input names: it must exist. */
async function readNamedChangelog(reader: ChangelogReader, file: string): Promise<ChangelogFile> {
  const text = await readStrict(reader, file);
  if (text === undefined) {
    throw new UserError(
      `No changelog at ${file}. Create it (## [Unreleased], then ## [X.Y.Z] - YYYY-MM-DD headings), point ${theOption('changelog')} at it, leave it out to find it, or set ${setting('changelog', NO_CHANGELOG)} to release without one.`,
      'Changelog not found',
      { file },
    );
  }
  return { file, text, discovered: false };
}

export async function loadChangelog(
  reader: ChangelogReader,
  options: ChangelogOptions,
): Promise<LoadedChangelog | undefined> {
  const wanted = options.changelog.trim();
  if (wanted.toLowerCase() === NO_CHANGELOG) return undefined;
  const { dir } = options;
  // A refused read (a towncrier filename into .git, a changelog that is a FIFO) names the line of
  // pyproject.toml that named it.
  const pyprojectFile = { file: repoPath(dir, 'pyproject.toml'), text: options.pyprojectText };
  reader = namingReader(reader, () => [pyprojectFile], dir);
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

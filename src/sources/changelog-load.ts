// Loads the project's changelog: the one the changelog input names, towncrier's file, or the one
// discovery finds; decoded strictly as UTF-8 and parsed in its own markup. The I/O of the
// changelog part of loadProject, kept apart so project.ts has one call for it.
import parseTomlString from '@iarna/toml/parse-string.js';
import { UserError } from '../errors.js';
import { changelogFormat, parseChangelog, type Changelog } from './changelog.js';
import { changelogCandidates } from './changelog-discovery.js';
import { stripBom } from './text.js';
import { isFragment, towncrierSetup, type TowncrierSetup } from './towncrier.js';
import { repoPath } from './repo-path.js';

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

export async function loadChangelog(
  reader: ChangelogReader,
  options: ChangelogOptions,
): Promise<LoadedChangelog | undefined> {
  const wanted = options.changelog.trim();
  if (wanted.toLowerCase() === NO_CHANGELOG) return undefined;
  const { dir } = options;
  const pyproject = parseTomlQuietly(options.pyprojectText);
  const entries = await listing(reader, [dir, repoPath(dir, 'docs'), repoPath(dir, 'doc')]);
  const folders = (entries ?? []).filter((entry) => entry.endsWith('/')).map((e) => e.slice(0, -1));
  const files = entries?.filter((entry) => !entry.endsWith('/'));
  // Without a listing there are no fragments to count either: only pyproject.toml is asked.
  const towncrierToml = files?.includes(repoPath(dir, 'towncrier.toml'))
    ? parseTomlQuietly(await reader.read(repoPath(dir, 'towncrier.toml')))
    : undefined;
  const setup = towncrierSetup({ dir, pyproject, towncrierToml, folders });

  let file: string | undefined;
  let text: string | undefined;
  let discovered = false;
  if (wanted) {
    file = repoPath(dir, wanted);
    text = await readStrict(reader, file);
    if (text === undefined) {
      throw new UserError(
        `No changelog at ${file}. Create it (## [Unreleased], then ## [X.Y.Z] - YYYY-MM-DD headings), point the changelog input at it, leave the input empty to find it, or set changelog: ${NO_CHANGELOG} to release without one.`,
        'Changelog not found',
        { file },
      );
    }
  } else if (setup?.filename) {
    // towncrier's file may not exist before its first build: an empty changelog until then.
    file = setup.filename;
    text = (await readStrict(reader, file)) ?? '';
  } else {
    const urls = (pyproject?.project as Table | undefined)?.urls as Table | undefined;
    for (const candidate of changelogCandidates({
      dir,
      files,
      urls,
      repository: options.repository,
    })) {
      text = await readStrict(reader, candidate);
      if (text !== undefined) {
        file = candidate;
        discovered = true;
        break;
      }
    }
    if (file === undefined) {
      options.notes?.push(
        `No changelog found (CHANGELOG, CHANGES, HISTORY, NEWS or RELEASE_NOTES as .md, .rst or .txt, in ${dir || 'the project root'}, docs/ or doc/); name it with the changelog input to check it.`,
      );
      return undefined;
    }
    options.notes?.push(`Changelog: ${file} (found without the changelog input).`);
  }
  const parsed = parseChangelog(text!, {
    format: changelogFormat(file, text!),
    projectName: options.projectName,
  });
  let towncrier: LoadedChangelog['towncrier'];
  if (setup) {
    const inFolder = (await reader.list?.(setup.directory)) ?? [];
    const fragments = inFolder
      .filter((entry) => !entry.endsWith('/'))
      .filter((entry) => isFragment(entry.slice(entry.lastIndexOf('/') + 1), setup.types));
    towncrier = { ...setup, fragments };
  }
  return { file, text: text!, parsed, discovered, ...(towncrier ? { towncrier } : {}) };
}

// Release notes kept in the docs one file per release (docs/releases/v4.2.1.rst, Django's
// docs/releases/4.2.1.txt, doc/release/2.0.0-notes.rst, CHANGES/1.2.3.md) or one file per series
// with a section per release in it (IPython's docs/source/whatsnew/version9.rst, sphinx's
// doc/changes/9.0.rst), found with no input: the folders to look in, and the pattern of the files
// in one. Pure: folder listings in, a pattern out. File names are short and every pattern below
// is anchored with one unambiguous split, so each is linear in the name.
import { parsePep440 } from '../version/index.js';
import { findNotesFile, type NotesPattern } from './notes-files.js';

/** Folder names that hold release notes by version. */
const NOTES_FOLDER_NAMES = new Set([
  'releases',
  'release',
  'release-notes',
  'release_notes',
  'releasenotes',
  'whatsnew',
  'whats_new',
  'whats-new',
  'changes',
  'changelog',
  'changelogs',
  'news',
  'history',
]);
/** Where notes folders are looked for, in this order, below the project folder. */
// `doc/build` is the Sphinx source folder of SQLAlchemy and Alembic.
const BASES = [
  '',
  'docs',
  'doc',
  'docs/source',
  'doc/source',
  'docs/src',
  'doc/src',
  'docs/build',
  'doc/build',
];
const NOTES_EXTENSIONS = /\.(?:rst|md|markdown|txt)$/i;
// `2.0.0-notes.rst`, `v4.2.1.rst`, `release_2.0.rst`: the first dotted number in the name.
const DOTTED = /^([^\d]*)(\d+(?:\.\d+)+(?:(?:a|b|rc)\d+)?)(\D.*)$/i;
// `version8.rst`: a lone number, a release series.
const LONE = /^([^\d]*)(\d+)(\D.*)$/;
const EXTENSION_ONLY = /^\.(?:rst|md|markdown|txt)$/i;

function join(dir: string, path: string): string {
  return [dir, path].filter(Boolean).join('/');
}

/** The folders in `docs/` and `doc/` to list for notes folders (`docs/source`), when present. */
export function deeperDocsFolders(dir: string, folders: readonly string[]): string[] {
  return BASES.slice(3)
    .map((base) => join(dir, base))
    .filter((folder) => folders.includes(folder));
}

/** The notes folders among `folders`, in the order of `BASES`, then by name. */
export function notesFolders(dir: string, folders: readonly string[]): string[] {
  const found: string[] = [];
  for (const base of BASES) {
    const parent = join(dir, base);
    const prefix = parent ? `${parent}/` : '';
    const here = folders
      .filter((folder) => folder.startsWith(prefix) && !folder.slice(prefix.length).includes('/'))
      .filter((folder) => NOTES_FOLDER_NAMES.has(folder.slice(prefix.length).toLowerCase()))
      .sort();
    for (const folder of here) if (!found.includes(folder)) found.push(folder);
  }
  return found;
}

interface Group {
  count: number;
  /** The most numbers any version in the group has. */
  longest: number;
  /** The release numbers of its highest version. */
  newest: readonly number[];
  /** Whether every version is a lone number of four digits (2024.md: years, not versions). */
  years: boolean;
  /**
   * Whether every version is a lone number of two digits, one of them with a leading zero
   * (changelog_01.rst … changelog_20.rst): a series with its dot left out, not a major version.
   */
  joined: boolean;
  zeroLed: boolean;
}

function newer(a: readonly number[], b: readonly number[]): boolean {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}

/** Names grouped by what surrounds their version (`version{version}.rst`). */
function groupNames(names: readonly string[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const name of names) {
    if (!NOTES_EXTENSIONS.test(name)) continue;
    const lone = DOTTED.test(name) ? null : LONE.exec(name);
    // A lone number names a series only right before the extension (`version8.rst`), not a news
    // fragment's issue number (`1234.bugfix.rst`).
    const match = DOTTED.exec(name) ?? (lone && EXTENSION_ONLY.test(lone[3]!) ? lone : null);
    const version = match && parsePep440(match[2]!);
    if (!match || !version) continue;
    const key = `${match[1]!}{version}${match[3]!}`;
    const group = groups.get(key) ?? {
      count: 0,
      longest: 0,
      newest: [],
      years: true,
      joined: true,
      zeroLed: false,
    };
    group.count++;
    group.joined &&= /^\d{2}$/.test(match[2]!);
    group.zeroLed ||= match[2]!.startsWith('0');
    group.longest = Math.max(group.longest, version.release.length);
    if (newer(version.release, group.newest)) group.newest = version.release;
    group.years &&= version.release.length === 1 && version.release[0]! >= 1900;
    groups.set(key, group);
  }
  return groups;
}

/**
 * The pattern of the notes files in `dir`: the names most files share around a version, when at
 * least two do. With a version of three numbers among them, one file is one release; else each
 * file is a series named by as many numbers as its newest one has (`version9.rst`, `9.0.rst`).
 */
export function inferNotesPattern(
  dir: string,
  names: readonly string[],
  source: string,
): NotesPattern | undefined {
  let best: [string, Group] | undefined;
  for (const entry of groupNames(names)) {
    if (!entry[1].years && (!best || entry[1].count > best[1].count)) best = entry;
  }
  if (!best || best[1].count < 2) return undefined;
  const [name, group] = best;
  if (group.longest >= 3) return { dir, name, source };
  if (group.joined && group.zeroLed) return { dir, name, source, series: 2, joined: true };
  return { dir, name, source, series: Math.min(group.newest.length, 2) };
}

/**
 * Whether a folder's pattern is where `version`'s notes are kept: it has the version's file, or
 * the version is newer than every file (the notes not written yet). A folder whose files skip an
 * older version is more likely something else than the project's notes.
 */
export function patternServes(
  pattern: NotesPattern,
  names: readonly string[],
  version: string,
): boolean {
  if (findNotesFile(pattern, names, version)) return true;
  const wanted = parsePep440(version);
  if (!wanted) return false;
  const group = groupNames(names).get(pattern.name);
  if (group === undefined) return false;
  // A joined series' newest file (`21`) is the series 2.1.
  const [only] = group.newest;
  const newest =
    pattern.joined && group.newest.length === 1 && only !== undefined
      ? [Math.floor(only / 10), only % 10]
      : group.newest;
  return newer(wanted.release, newest);
}

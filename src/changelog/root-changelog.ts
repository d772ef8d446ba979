// A package in a subfolder of a repository (libs/foo/pyproject.toml) with no changelog of its own
// may be released from the repository's changelog at the root: when that changelog names the
// package in a heading, or when the repository holds no other package. Otherwise the root's
// changelog belongs to the root's project, or to all of them, and is not this package's.
import { TextLines } from '../files/index.js';
import { changelogMarkup } from './formats/index.js';
import { changelogFormat } from './parse.js';

/** A name as words compare it: lower case, runs of `-`, `_`, `.` and spaces as one `-`. */
function words(text: string): string {
  return `-${text.toLowerCase().replace(/[-_.\s]+/g, '-')}-`;
}

/** The line of the first heading of a changelog that names the package (`foo 1.2.0`, `# foo`). */
export function headingNaming(file: string, text: string, name: string): number | undefined {
  const wanted = words(name);
  const lines = new TextLines(text);
  const { headings } = changelogMarkup(changelogFormat(file, text)).scan(lines);
  // `foo-v1.2.0` and `[foo 1.2.0]` name it too: brackets and a version after it are word breaks.
  return headings.find((heading) =>
    words(heading.text.replace(/[[\]()`*:]/g, ' '))
      .replace(/-v?\d/g, '-')
      .includes(wanted),
  )?.line;
}

/** Folders never looked into for packages: tools', builds', tests' and docs' folders. */
const SKIPPED = new Set([
  'node_modules',
  '__pycache__',
  'build',
  'dist',
  'target',
  'tests',
  'test',
  'docs',
  'doc',
  'src',
  'venv',
]);
// A pyproject.toml is a package's when it has a [project] or a Poetry table; a workspace's root
// pyproject.toml with only [tool.uv.workspace] is not.
const PACKAGE_TABLE = /^\[(?:project|tool\.poetry)\]/m;
/** How deep and how many folders are listed: past either, the answer is "not known". */
const DEPTH = 4;
const MAX_FOLDERS = 200;

/**
 * Whether the repository holds no Python package but the one in `dir`: no pyproject.toml or
 * setup.py at the root or in any folder down to a few levels (a package's own folder is not
 * looked into). False when that cannot be told within the limits.
 */
export async function onlyPackage(
  reader: {
    list(dir: string): Promise<string[] | undefined>;
    read(path: string): Promise<string | undefined>;
  },
  dir: string,
): Promise<boolean> {
  const isPackage = async (prefix: string, entries: readonly string[]) =>
    entries.includes(`${prefix}setup.py`) ||
    (entries.includes(`${prefix}pyproject.toml`) &&
      PACKAGE_TABLE.test((await reader.read(`${prefix}pyproject.toml`)) ?? ''));
  let level = [''];
  let listed = 0;
  for (let depth = 0; depth <= DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const folder of level) {
      // The package's own folder is not looked into.
      if (folder === dir) continue;
      if (++listed > MAX_FOLDERS) return false;
      const entries = (await reader.list(folder)) ?? [];
      const prefix = folder ? `${folder}/` : '';
      if (await isPackage(prefix, entries)) return false;
      for (const entry of entries) {
        if (!entry.endsWith('/')) continue;
        const name = entry.slice(prefix.length, -1);
        if (!name.startsWith('.') && !SKIPPED.has(name.toLowerCase()))
          next.push(entry.slice(0, -1));
      }
    }
    level = next;
  }
  return level.length === 0;
}

// The Python projects of a repository that has none at its root (a monorepo: `libs/*`,
// `packages/*`, `src/*`), found without configuration. Only the files are read, as text.
import type { FileReader } from '../files/index.js';
import { packagesForRun, type Inputs, type PackageEntry } from '../run/index.js';
import { repoPath } from '../files/index.js';
import { parseToml, table } from './pyproject.js';
import { loadProject } from './project.js';

export interface FoundPackage {
  /** The package's folder, relative to the repository root. */
  readonly dir: string;
  /** Its distribution name, when its files state one. */
  readonly name: string | undefined;
}

/** How deep below the root a package may sit (`libs/partners/openai`). */
const MAX_DEPTH = 3;
/** Folders looked into at most: a huge repository is not walked whole. */
const MAX_FOLDERS = 2000;

/** Folders that hold examples, tests and tooling, whose pyproject.toml files are no packages. */
const NOT_PACKAGES = new Set([
  'bench',
  'benchmark',
  'benchmarks',
  'build',
  'dist',
  'doc',
  'docs',
  'example',
  'examples',
  'fixtures',
  'node_modules',
  'site-packages',
  'test',
  'testdata',
  'testing',
  'tests',
  'venv',
]);

/**
 * Whether a pyproject.toml describes a project to release: a `[project]` or `[tool.poetry]`
 * table, unless it is a uv workspace's root that uv does not build (`tool.uv.package = false`, or
 * workspace members and no build backend).
 */
function describesProject(toml: Record<string, unknown>): boolean {
  const tool = table(toml.tool);
  const uv = table(tool?.uv);
  if (table(toml.project) === undefined && table(tool?.poetry) === undefined) return false;
  if (uv?.package === false) return false;
  return !(table(uv?.workspace) !== undefined && table(toml['build-system']) === undefined);
}

/**
 * Whether a folder's files describe a project of its own: setup.py or setup.cfg, or a
 * pyproject.toml that describes one. A pyproject.toml that only configures tools (or a uv
 * workspace) describes none; one that is no TOML counts as a project, so its error is reported.
 */
export async function holdsProject(reader: FileReader, dir: string): Promise<boolean> {
  if ((await reader.read(repoPath(dir, 'setup.py'))) !== undefined) return true;
  if ((await reader.read(repoPath(dir, 'setup.cfg'))) !== undefined) return true;
  const file = repoPath(dir, 'pyproject.toml');
  const text = await reader.read(file);
  if (text === undefined) return false;
  try {
    return describesProject(parseToml(text, file));
  } catch {
    return true;
  }
}

/** The folders below `dir` worth looking into for packages. */
function subfolders(entries: readonly string[], dir: string): string[] {
  return entries
    .filter((entry) => entry.endsWith('/'))
    .map((entry) => entry.slice(0, -1))
    .filter((folder) => {
      const name = folder.slice(dir ? dir.length + 1 : 0);
      return (
        !name.startsWith('.') && !name.startsWith('_') && !NOT_PACKAGES.has(name.toLowerCase())
      );
    });
}

/** The package folders below the root, breadth first; a package's own folders are not searched. */
async function packageFolders(reader: FileReader): Promise<string[]> {
  const found: string[] = [];
  let level = [''];
  let visited = 0;
  for (let depth = 1; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const entries = (await reader.list?.(dir)) ?? [];
      for (const folder of subfolders(entries, dir)) {
        if (++visited > MAX_FOLDERS) return found;
        if (await holdsProject(reader, folder)) found.push(folder);
        else next.push(folder);
      }
    }
    level = next;
  }
  return found;
}

/**
 * The packages of a repository without a project at its root, each with its name; none when the
 * root holds one (or the reader cannot list folders).
 */
export async function findPackages(reader: FileReader): Promise<FoundPackage[]> {
  if (!reader.list || (await holdsProject(reader, ''))) return [];
  return namedPackages(reader, await packageFolders(reader));
}

/** Each folder with the distribution name its files state, when they state one. */
function namedPackages(reader: FileReader, folders: readonly string[]): Promise<FoundPackage[]> {
  return Promise.all(
    folders.map(async (dir) => {
      const project = await loadProject(reader, { dir, changelog: 'none', versionFiles: [] }).catch(
        () => undefined,
      );
      return { dir, name: project?.name };
    }),
  );
}

/** A tag's run: the tag, and the repository a tag without a package name means. */
export interface TagFacts {
  readonly tag: string | undefined;
  readonly repository?: string;
}

/**
 * The packages a run may be for: the packages input; or, when neither it nor working-directory is
 * set and the repository root holds no project, the packages found in its folders. A root that
 * holds a project is one package, unless the run's tag names a package in a subfolder
 * (pypa/hatch: hatch at the root, `hatchling-v1.32.0` for backend/): then the root and the
 * subfolders' packages are the run's packages, and the tag picks.
 */
export async function runPackages(
  reader: FileReader,
  inputs: Pick<Inputs, 'packages' | 'workingDirectory'>,
  facts: TagFacts = { tag: undefined },
): Promise<readonly PackageEntry[]> {
  if (inputs.packages.length > 0 || !['.', './'].includes(inputs.workingDirectory)) {
    return inputs.packages;
  }
  const found = await findPackages(reader);
  if (found.length > 0) return found.map(toEntry);
  return facts.tag === undefined ? [] : packagesBesideRoot(reader, facts);
}

function toEntry(entry: FoundPackage): PackageEntry {
  return { prefix: '', dir: entry.dir, found: { name: entry.name } };
}

/** The root's project and its subfolders' packages, when the tag names one of the latter. */
async function packagesBesideRoot(reader: FileReader, facts: TagFacts): Promise<PackageEntry[]> {
  if (!reader.list) return [];
  const nested = await namedPackages(reader, await packageFolders(reader));
  if (nested.length === 0) return [];
  const [root] = await namedPackages(reader, ['.']);
  const entries = [root!, ...nested].map(toEntry);
  try {
    const [chosen] = packagesForRun('release', entries, { named: '', ...facts });
    return chosen && chosen.dir !== '.' ? entries : [];
  } catch {
    // A tag that names none of them is the root project's, checked as it always is.
    return [];
  }
}
/** The packages found, for a line that lists them. */
export function describeFound(packages: readonly PackageEntry[]): string {
  return packages
    .map((entry) => `${entry.dir}${entry.found?.name ? ` (${entry.found.name})` : ''}`)
    .join(', ');
}

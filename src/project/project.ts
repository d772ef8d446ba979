// Finds every place a Python project states its version. Paths are relative to the repository
// root (forward slashes), so the same code reads the working tree and, through git, the base
// branch of a pull request.
import { UserError } from '../errors.js';
import { loadChangelog, type LoadedChangelog } from '../changelog/index.js';
import { setupCfgMetadata } from './backends/index.js';
import { noPyproject, parsePyproject, type Pyproject } from './pyproject.js';
import { readPythonVersion, readSetupCall } from './version-files/index.js';
import { readModuleVersion } from './version-files/index.js';
import { readLockedVersion } from './version-files/index.js';
import type { Detected, VersionOrigin, VersionSource } from './version-origin.js';
import { namingReader, READ_LIMITS, RefusedRead, repoPath } from '../files/index.js';
import { detectVersionOrigin } from './backends/index.js';
import { distFilenamePrefix } from '../version/index.js';
import type { FileReader } from '../files/index.js';
import { option } from '../vocabulary/index.js';

export interface Project {
  /** The project directory relative to the repository root ('' for the root). */
  readonly dir: string;
  /** Where pyproject.toml is, or would be for a project without one. */
  readonly pyprojectFile: string;
  /** Its tables; none for a setuptools project without pyproject.toml. */
  readonly pyproject: Pyproject;
  /**
   * The files that describe the build (repository-relative): pyproject.toml, or for a setuptools
   * project without one (PEP 517's fallback to setuptools.build_meta:__legacy__), setup.py and
   * setup.cfg when there is one. An sdist holds each of them.
   */
  readonly buildFiles: readonly string[];
  /** True for a setuptools project described by setup.py (and setup.cfg) alone. */
  readonly legacySetuptools: boolean;
  /**
   * setup.py and setup.cfg (those present) when they give the project's name: without
   * pyproject.toml, or beside one that has no [project] table (it only configures tools).
   */
  readonly setupFiles: readonly string[];
  readonly name: string | undefined;
  /** Where the version comes from: a file, the git tag, or the build itself. */
  readonly origin: VersionOrigin;
  /**
   * The source every other one is compared with: the file the build reads the version from.
   * Undefined when the version comes from the tag or is computed when the package builds.
   */
  readonly primary: VersionSource | undefined;
  /** Every version written in a file, primary first. */
  readonly sources: readonly VersionSource[];
  readonly changelog: LoadedChangelog | undefined;
  /** Things worth saying that are not errors. */
  readonly notes: readonly string[];
}

export interface ProjectOptions {
  /** Project directory relative to the repository root ('' for the root). */
  readonly dir: string;
  /** Changelog path relative to the project directory; '' to find it, `none` for none. */
  readonly changelog: string;
  /** `owner/name`, to recognise a `[project.urls]` changelog link into this repository. */
  readonly repository?: string;
  /** Extra files relative to the project directory. */
  readonly versionFiles: readonly string[];
  /**
   * The version being released, when a tag names it; otherwise the version in the files is used.
   * It picks the notes file of a project that keeps one per version. As a function it is asked
   * with the project's name once the build files are read, before the version files and the
   * changelog: a release tag is judged against the name, and a refusal (it throws) stops there.
   */
  readonly version?: string | ((name: string | undefined) => string | undefined);
}

async function packageInit(reader: FileReader, dir: string, pyproject: Pyproject) {
  const candidates: string[] = [];
  for (const pkg of pyproject.wheelPackages)
    candidates.push(`${pkg.replace(/\/+$/, '')}/__init__.py`);
  if (pyproject.name) {
    const importName = distFilenamePrefix(pyproject.name);
    candidates.push(`src/${importName}/__init__.py`, `${importName}/__init__.py`);
  }
  for (const candidate of candidates) {
    const file = repoPath(dir, candidate);
    const text = await reader.read(file);
    if (text !== undefined) return { file, text };
  }
  return undefined;
}

/**
 * The project's entry in uv.lock: the lock beside its pyproject.toml, or else the nearest one
 * above it that records this folder as a member (a uv workspace keeps one lock at its root).
 */
async function findLockedVersion(
  reader: FileReader,
  dir: string,
  name: string,
): Promise<VersionSource | undefined> {
  const parts = dir === '' ? [] : dir.split('/');
  for (let depth = parts.length; depth >= 0; depth--) {
    const root = parts.slice(0, depth).join('/');
    const file = repoPath(root, 'uv.lock');
    const text = await reader.read(file, READ_LIMITS.large);
    if (text === undefined) continue;
    const member = parts.slice(depth).join('/') || '.';
    const locked = readLockedVersion(text, name, member);
    if (!locked) return undefined;
    const label = member === '.' ? 'uv.lock (this project)' : `${file} (workspace member ${name})`;
    return { kind: 'uv-lock', label, file, ...locked };
  }
  return undefined;
}

interface Description {
  readonly pyprojectFile: string;
  readonly pyprojectText: string;
  readonly pyproject: Pyproject;
  readonly detected: Detected;
  readonly buildFiles: readonly string[];
  readonly legacySetuptools: boolean;
  readonly setupFiles: readonly string[];
}

interface SetupFiles {
  readonly setupPy: { file: string; text: string } | undefined;
  readonly cfg: { file: string; text: string } | undefined;
  /** setup()'s literal name="…" (which wins), else setup.cfg's [metadata] name. */
  readonly name: string | undefined;
  readonly files: readonly string[];
}

/** setup.py and setup.cfg, read as text (never run), and the name they give. */
async function readSetupFiles(reader: FileReader, dir: string): Promise<SetupFiles> {
  const read = async (name: string) => {
    const file = repoPath(dir, name);
    const text = await reader.read(file);
    return text === undefined ? undefined : { file, text };
  };
  const setupPy = await read('setup.py');
  const cfg = await read('setup.cfg');
  const call = setupPy ? readSetupCall(setupPy.text) : undefined;
  // A keyword of setup() wins over setup.cfg; one that is not a literal names nothing readable.
  const nameKeyword = call?.keywords.get('name');
  // `NAME = "PyYAML"` at the module's level, then `setup(name=NAME)`, reads as a literal does.
  const named =
    setupPy && nameKeyword?.name !== undefined
      ? readPythonVersion(setupPy.text, setupPy.file, nameKeyword.name)?.value
      : undefined;
  const name = nameKeyword
    ? (nameKeyword.literal?.value ?? named)
    : cfg && setupCfgMetadata(cfg.text, 'name')?.value;
  const files = [setupPy?.file, cfg?.file].filter((file) => file !== undefined);
  return { setupPy, cfg, name: name || undefined, files };
}

/**
 * A folder without pyproject.toml: with setup.py it is a setuptools project (pre-commit: setup.cfg
 * and a setup.py that only calls setup()), which `python -m build`, `uv build` and pip build with
 * setuptools.build_meta:__legacy__. setup.py is read as text, never run.
 */
async function describeSetupPy(
  reader: FileReader,
  dir: string,
  pyprojectFile: string,
): Promise<Description> {
  const where = dir || 'the repository root';
  const setup = await readSetupFiles(reader, dir);
  if (setup.setupPy === undefined) {
    const message =
      setup.cfg !== undefined
        ? `No pyproject.toml or setup.py in ${where}, only setup.cfg: python -m build, uv build and pip build a folder that has one of them. Add a setup.py that calls setup() (from setuptools import setup; setup()), or a pyproject.toml that names the build backend ([build-system] requires = ["setuptools"], build-backend = "setuptools.build_meta"); the version can stay in setup.cfg [metadata] version.`
        : `No pyproject.toml in ${where}. pyrelease releases projects described by pyproject.toml; set ${option('working-directory')} to the folder that holds it.`;
    throw new UserError(message, 'pyproject.toml not found', { file: pyprojectFile });
  }
  const pyproject = noPyproject(setup.name);
  return {
    pyprojectFile,
    pyprojectText: '',
    pyproject,
    detected: await detectVersionOrigin({
      reader,
      dir,
      pyprojectFile,
      pyprojectText: '',
      pyproject,
    }),
    buildFiles: setup.files,
    legacySetuptools: true,
    setupFiles: setup.files,
  };
}

async function describe(reader: FileReader, dir: string): Promise<Description> {
  const pyprojectFile = repoPath(dir, 'pyproject.toml');
  const pyprojectText = await reader.read(pyprojectFile);
  if (pyprojectText === undefined) return describeSetupPy(reader, dir, pyprojectFile);
  const parsed = parsePyproject(pyprojectText, pyprojectFile);
  // Without a [project] table (pyproject.toml only configures tools), setup.cfg and setup.py
  // give the name, at release as at the check; the backends read the version from them.
  const setup =
    parsed.data.project === undefined && parsed.name === undefined
      ? await readSetupFiles(reader, dir)
      : undefined;
  const pyproject = setup?.name ? { ...parsed, name: setup.name } : parsed;
  const detected = await detectVersionOrigin({
    reader,
    dir,
    pyprojectFile,
    pyprojectText,
    pyproject,
  });
  const setupFiles = setup?.files ?? [];
  return {
    pyprojectFile,
    pyprojectText,
    pyproject,
    detected,
    buildFiles: [pyprojectFile, ...setupFiles],
    legacySetuptools: false,
    setupFiles,
  };
}

/**
 * The `__version__` assignments of the package's __init__.py (when it has one) and of each file
 * that version-files names (which must have one). A file the backend already read is not read again.
 */
async function readVersionFiles(
  reader: FileReader,
  options: ProjectOptions,
  pyproject: Pyproject,
  known: readonly VersionSource[],
): Promise<{ sources: VersionSource[]; notes: string[] }> {
  const sources: VersionSource[] = [];
  const notes: string[] = [];
  const seen = new Set<string>(known.map((source) => source.file));
  const addPython = (file: string, text: string, required: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const read = readModuleVersion(file, text);
    if (read.kind === 'source') {
      sources.push(read.source);
    } else if (required) {
      throw new UserError(
        `${file} has no \`__version__ = "X.Y.Z"\` assignment. Add one, or remove the file from ${option('version-files')}.`,
        'No version found',
        { file, line: read.kind === 'computed' ? read.line : undefined },
      );
    } else if (read.kind === 'computed') {
      notes.push(
        `${file} computes __version__ at run time; it is checked in the wheel test instead.`,
      );
    }
  };

  const init = await packageInit(reader, options.dir, pyproject);
  if (init) addPython(init.file, init.text, false);

  for (const extra of options.versionFiles) {
    const file = repoPath(options.dir, extra);
    const text = await reader.read(file).catch((error: unknown) => {
      throw error instanceof RefusedRead
        ? new RefusedRead(
            `version-files names ${extra}: ${error.message}`,
            error.title,
            error.location,
          )
        : error;
    });
    if (text === undefined) {
      throw new UserError(
        `${option('version-files')} names ${file}, which does not exist. Fix the path (relative to ${option('working-directory')}).`,
        'Version file not found',
        { file },
      );
    }
    addPython(file, text, true);
  }
  return { sources, notes };
}

/** For a project without pyproject.toml, how it is built. */
function legacyNote({ legacySetuptools, buildFiles }: Description): string | undefined {
  if (!legacySetuptools) return undefined;
  return `No pyproject.toml: ${buildFiles.join(' and ')} describe${buildFiles.length === 1 ? 's' : ''} a setuptools project, which python -m build and uv build build with setuptools.build_meta:__legacy__ (PEP 517's fallback). setup.py is read as text, never run.`;
}

/** For a pyproject.toml without [project], where the project's metadata is read. */
function setupNote({
  legacySetuptools,
  setupFiles,
  pyprojectFile,
}: Description): string | undefined {
  if (legacySetuptools || setupFiles.length === 0) return undefined;
  return `${pyprojectFile} has no [project] table: ${setupFiles.join(' and ')} describe${setupFiles.length === 1 ? 's' : ''} the project (its name, and its version where they state one), as setuptools reads them; setup.py is read as text, never run.`;
}

/** For a version that is not written in a file, where it comes from and how it is proven. */
function originNote(origin: VersionOrigin): string | undefined {
  if (origin.kind === 'tag') {
    return `The version comes from the git tag (${origin.backend}: ${origin.how}); the tag is checked as the version, and the release proves it on the built METADATA.`;
  }
  if (origin.kind === 'computed') {
    const edit = origin.location
      ? `${origin.location.file}${origin.location.line ? ` (line ${origin.location.line})` : ''}`
      : undefined;
    return `The version is only known after the build (${origin.backend}: ${origin.how})${edit ? `; to change it, edit ${edit}` : ''}. The release proves it on the built METADATA.`;
  }
  return undefined;
}

export async function loadProject(reader: FileReader, options: ProjectOptions): Promise<Project> {
  const description = await describe(reader, options.dir);
  const {
    pyprojectFile,
    pyprojectText,
    pyproject,
    detected,
    buildFiles,
    legacySetuptools,
    setupFiles,
  } = description;
  const version =
    typeof options.version === 'function' ? options.version(pyproject.name) : options.version;
  // A refused read of a file pyproject.toml names (a wheel package's __init__.py) names its line.
  const named = namingReader(
    reader,
    () => [{ file: pyprojectFile, text: pyprojectText }],
    options.dir,
  );
  const files = await readVersionFiles(named, options, pyproject, detected.sources);
  const sources = [...detected.sources, ...files.sources];
  const origin = detected.origin;
  const primary = origin.kind === 'file' ? sources[0] : undefined;
  // uv records a version computed from tags or the build as it was when it locked, and does
  // not hold it against the project later: only a version written in a file is compared.
  const locked =
    pyproject.name && origin.kind === 'file'
      ? await findLockedVersion(reader, options.dir, pyproject.name)
      : undefined;
  if (locked) sources.push(locked);

  // The changelog's reader adds its own notes after these.
  const notes = [
    legacyNote(description),
    setupNote(description),
    ...files.notes,
    originNote(origin),
  ].filter((note) => note !== undefined);
  const changelog = await loadChangelog(reader, {
    dir: options.dir,
    changelog: options.changelog,
    pyprojectText,
    projectName: pyproject.name,
    repository: options.repository,
    notes,
    version: version ?? primary?.value,
  });

  return {
    dir: options.dir,
    pyprojectFile,
    pyproject,
    buildFiles,
    legacySetuptools,
    setupFiles,
    name: pyproject.name,
    origin,
    primary,
    sources,
    changelog,
    notes,
  };
}

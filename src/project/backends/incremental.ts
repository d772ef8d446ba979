// incremental (twisted/incremental): the version is the `__version__ = Version("Twisted", 24, 7, 0)`
// call in the package's `_version.py`. Three ways to switch it on:
//   - hatchling: `[tool.hatch.version] source = "incremental"` (Twisted);
//   - setuptools: a `[tool.incremental]` table in pyproject.toml (its setuptools plugin);
//   - setuptools: `use_incremental=True` in setup.py (treq, Klein).
// The package is `[tool.incremental] name`, else `[project].name`; its folder is
// `src/<name lowercased>` when that exists, else `<name lowercased>` (incremental's _findPath).
// The call is read as text, never run; a call with anything but literals is computed at build.
import { UserError, type Location } from '../../errors.js';
import { readIncrementalVersion } from '../version-files/index.js';
import { dig, locateKeyLine, table } from '../pyproject.js';
import { splitText } from '../../files/index.js';
import {
  computedOrigin,
  fileOrigin,
  type Backend,
  type BackendContext,
  type Detected,
} from '../version-origin.js';

interface Setting {
  /** The build backend family that runs incremental. */
  readonly backend: 'hatchling' | 'setuptools';
  /** How the setting reads, for messages. */
  readonly describe: string;
  readonly location: Location;
  /** setup.py's `name="…"`, when setup.py is what switches incremental on. */
  readonly setupName?: string;
}

function setuptoolsBuilds(context: BackendContext): boolean {
  const backend = context.pyproject.buildBackend;
  return backend === undefined || backend.startsWith('setuptools');
}

function lineOf(text: string, pattern: RegExp): number | undefined {
  const index = splitText(text).lines.findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
}

async function findSetting(context: BackendContext): Promise<Setting | undefined> {
  const { pyproject, pyprojectFile, pyprojectText } = context;
  const hatchVersion = table(dig(pyproject.data, ['tool', 'hatch', 'version']));
  if (pyproject.dynamicVersion && hatchVersion?.source === 'incremental') {
    return {
      backend: 'hatchling',
      describe: '[tool.hatch.version] source = "incremental"',
      location: {
        file: pyprojectFile,
        line: locateKeyLine(pyprojectText, 'tool.hatch.version', 'source'),
      },
    };
  }
  if (!setuptoolsBuilds(context)) return undefined;
  const setuptoolsDynamic = dig(pyproject.data, ['tool', 'setuptools', 'dynamic', 'version']);
  if (
    pyproject.dynamicVersion &&
    setuptoolsDynamic === undefined &&
    table(dig(pyproject.data, ['tool', 'incremental']))
  ) {
    return {
      backend: 'setuptools',
      describe: '[tool.incremental]',
      location: { file: pyprojectFile, line: locateKeyLine(pyprojectText, 'tool.incremental') },
    };
  }
  if (pyproject.dynamicVersion || pyproject.data.project === undefined) {
    const setupPy = await context.read('setup.py');
    const on = /\buse_incremental\s*=\s*True\b/;
    if (setupPy && on.test(setupPy.text)) {
      const name = /\bname\s*=\s*(["'])([A-Za-z0-9._-]+)\1/.exec(setupPy.text)?.[2];
      return {
        backend: 'setuptools',
        describe: 'use_incremental=True in setup.py',
        location: { file: setupPy.file, line: lineOf(setupPy.text, on) },
        ...(name ? { setupName: name } : {}),
      };
    }
  }
  return undefined;
}

/** `[tool.incremental] name`, else `[project].name` (else, for setup.py, its `name=`). */
function packageName(context: BackendContext, setting: Setting): string | undefined {
  const configured = dig(context.pyproject.data, ['tool', 'incremental', 'name']);
  if (typeof configured === 'string') return configured;
  return context.pyproject.name ?? setting.setupName;
}

/** incremental's _findPath: `src/<name>` when that folder exists, else `<name>`. */
async function versionFile(
  context: BackendContext,
  folder: string,
): Promise<{ candidates: string[]; found?: { file: string; text: string } }> {
  const inSrc = `src/${folder}/_version.py`;
  const atRoot = `${folder}/_version.py`;
  const listed = await context.reader.list?.(context.path('src'));
  const srcFolder = listed?.includes(`${context.path(`src/${folder}`)}/`);
  // Without a listing of src/ (or without src/), the file itself decides.
  const candidates =
    srcFolder === true ? [inSrc] : srcFolder === false ? [atRoot] : [inSrc, atRoot];
  for (const candidate of candidates) {
    context.looked(context.path(candidate));
    const found = await context.read(candidate);
    if (found) return { candidates, found };
  }
  return { candidates };
}

export const incremental: Backend = {
  async detect(context): Promise<Detected | undefined> {
    const setting = await findSetting(context);
    if (!setting) return undefined;
    const name = packageName(context, setting);
    if (!name) {
      throw new UserError(
        `${setting.location.file}: incremental (${setting.describe}) takes the project name from [tool.incremental] name or [project].name, and neither is set. Add name = "<project>" under [project].`,
        'No project name',
        setting.location,
      );
    }
    const folder = name.toLowerCase();
    const { candidates, found } = await versionFile(context, folder);
    if (!found) {
      const paths = candidates.map((candidate) => context.path(candidate)).join(' or ');
      if (setting.setupName !== undefined || context.pyproject.data.project === undefined) {
        // setup.py finds any module named _version; pyrelease only knows the usual places.
        return computedOrigin(
          setting.backend,
          `${setting.describe}: incremental reads a _version.py that is not at ${paths}`,
          setting.location,
        );
      }
      throw new UserError(
        `incremental (${setting.describe}) reads the version of ${name} from ${paths}, which does not exist. Create it with \`incremental update ${name} --create\`, or set [tool.incremental] name to the package's name.`,
        'Version file not found',
        setting.location,
      );
    }
    const reading = readIncrementalVersion(found.text);
    if (reading.kind === 'conflict') {
      throw new UserError(
        `${found.file} assigns __version__ twice with different versions: ${reading.first.value} on line ${reading.first.line} and ${reading.other.value} on line ${reading.other.line}. Keep one assignment.`,
        'Conflicting __version__',
        { file: found.file, line: reading.other.line },
      );
    }
    if (reading.kind === 'call') {
      const { call } = reading;
      return fileOrigin(setting.backend, [
        {
          kind: 'incremental',
          label: `${found.file} (incremental)`,
          file: found.file,
          line: call.line,
          column: call.column,
          value: call.value,
        },
      ]);
    }
    if (reading.kind === 'unreadable') {
      return computedOrigin(
        setting.backend,
        `${found.file} line ${reading.line} builds __version__ with more than numbers, and incremental evaluates it when the package builds`,
        { file: found.file, line: reading.line },
      );
    }
    throw new UserError(
      `${found.file} has no __version__ = Version("${name}", X, Y, Z), which incremental (${setting.describe}) reads. Write it there, or create it with \`incremental update ${name} --create\`.`,
      'No version found',
      { file: found.file },
    );
  },
};

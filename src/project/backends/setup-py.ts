// A setuptools project whose setup.py runs setup() (with or without pyproject.toml; without one,
// PEP 517's fallback, setuptools.build_meta:__legacy__, builds it). setup.py runs and reads
// setup.cfg; a keyword of its setup() call wins over the same key in setup.cfg. The version is,
// in setuptools' order: the tag (setuptools-scm's `use_scm_version`), a literal `version="…"` in
// setup(), a value computed there — read from the file setup.py names when it reads one
// (`open('pkg/__init__.py')`), never by running it — or setup.cfg's `[metadata] version`.
import { UserError } from '../../errors.js';
import { readModuleVersion, readPythonVersion, setupPyReadPaths } from '../version-files/index.js';
import type { SetupCall } from '../version-files/index.js';
import {
  computedOrigin,
  fileOrigin,
  tagOrigin,
  type BackendContext,
  type Detected,
} from '../version-origin.js';
import { fromSetupCfg } from './setup-cfg.js';

interface SetupFile {
  readonly file: string;
  readonly text: string;
}

/**
 * The `__version__` of a file setup.py names in its literals (`open('pkg/__init__.py')`,
 * `os.path.join(here, 'pkg', '_version.py')`): the first that states one is the version source.
 * Undefined when none of them exists or assigns __version__.
 */
async function fromReadFile(
  context: BackendContext,
  setupPy: SetupFile,
): Promise<Detected | undefined> {
  let computed: { file: string; line: number; from: number } | undefined;
  for (const named of setupPyReadPaths(setupPy.text)) {
    const found = await context.read(named.path);
    if (!found) continue;
    context.looked(`${found.file} __version__ (${setupPy.file} line ${named.line} reads it)`);
    const label = (what: string) => `${found.file} ${what} (${setupPy.file} reads it)`;
    const read = readModuleVersion(found.file, found.text, '__version__', label);
    if (read.kind === 'source') return fileOrigin('setuptools', [read.source]);
    if (read.kind === 'computed')
      computed ??= { file: found.file, line: read.line, from: named.line };
  }
  if (!computed) return undefined;
  return computedOrigin(
    'setuptools',
    `${setupPy.file} (line ${computed.from}) reads __version__ from ${computed.file}, which computes it (line ${computed.line}) when it runs`,
    { file: computed.file, line: computed.line },
  );
}

export async function detectSetupPyVersion(
  context: BackendContext,
  setupPy: SetupFile,
  call: SetupCall | undefined,
  cfg: SetupFile | undefined,
): Promise<Detected> {
  const at = (line: number) => ({ file: setupPy.file, line });
  const scm = call?.keywords.get('use_scm_version');
  if (scm) {
    return tagOrigin(
      'setuptools-scm',
      `use_scm_version in ${setupPy.file} (line ${scm.line})`,
      at(scm.line),
    );
  }
  const keyword = call?.keywords.get('version');
  const fromCfg = cfg ? await fromSetupCfg(context, cfg) : undefined;
  context.looked(`${setupPy.file} setup(version=…)`);
  // `VERSION = "6.0.3"` at the module's level, then `setup(version=VERSION)`.
  const named =
    keyword?.name === undefined
      ? undefined
      : readPythonVersion(setupPy.text, setupPy.file, keyword.name);
  const literal = keyword?.literal ?? named;
  if (literal) {
    const written = {
      kind: 'setup-py' as const,
      label: `${setupPy.file} ${named ? `${keyword?.name} (setup(version=${keyword?.name}))` : 'setup(version=…)'}`,
      file: setupPy.file,
      ...literal,
    };
    // setup.cfg's version is ignored beside it, but still states one: both must agree.
    return fileOrigin('setuptools', [written, ...(fromCfg?.sources ?? [])]);
  }
  if (keyword) {
    return (
      (await fromReadFile(context, setupPy)) ??
      computedOrigin(
        'setuptools',
        `${setupPy.file} computes setup(version=…) (line ${keyword.line}) when it runs`,
        at(keyword.line),
      )
    );
  }
  if (fromCfg) return fromCfg;
  if (!call || call.unpacks) {
    // No setup() call to read (a helper builds it), or `setup(**metadata)`.
    return (
      (await fromReadFile(context, setupPy)) ??
      computedOrigin(
        'setuptools',
        `${setupPy.file} sets the version when it runs`,
        at(call?.line ?? 1),
      )
    );
  }
  if (context.pyprojectText !== '') {
    // Beside a pyproject.toml, a setuptools plugin among its build requirements may set it.
    return computedOrigin(
      'setuptools',
      `${setupPy.file} calls setup() without a version (line ${call.line}), and nothing pyrelease reads states one; a plugin of the build may set it`,
      at(call.line),
    );
  }
  throw new UserError(
    `${setupPy.file} calls setup() without a version${cfg ? `, and ${cfg.file} has no [metadata] version` : ''}: setuptools would build version 0.0.0. Write version = X.Y.Z under [metadata] in setup.cfg, or version="X.Y.Z" in setup().`,
    'No version found',
    cfg ? { file: cfg.file } : at(call.line),
  );
}

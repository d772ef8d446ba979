// A setuptools project without pyproject.toml: PEP 517's fallback, which `python -m build`,
// `uv build` and pip take for a folder with setup.py (setuptools.build_meta:__legacy__). setup.py
// runs and reads setup.cfg; a keyword of its setup() call wins over the same key in setup.cfg.
// The version is, in setuptools' order: the tag (setuptools-scm's `use_scm_version`), a literal
// `version="…"` in setup(), a value computed there, or setup.cfg's `[metadata] version`.
import { UserError } from '../../errors.js';
import type { SetupCall } from '../version-files/index.js';
import {
  computedOrigin,
  fileOrigin,
  tagOrigin,
  type BackendContext,
  type Detected,
} from '../version-origin.js';
import { fromSetupCfg } from './setuptools.js';

interface SetupFile {
  readonly file: string;
  readonly text: string;
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
  if (keyword?.literal) {
    const written = {
      kind: 'setup-py' as const,
      label: `${setupPy.file} setup(version=…)`,
      file: setupPy.file,
      ...keyword.literal,
    };
    // setup.cfg's version is ignored beside it, but still states one: both must agree.
    return fileOrigin('setuptools', [written, ...(fromCfg?.sources ?? [])]);
  }
  if (keyword) {
    return computedOrigin(
      'setuptools',
      `${setupPy.file} computes setup(version=…) (line ${keyword.line}) when it runs; edit it there`,
      at(keyword.line),
    );
  }
  if (fromCfg) return fromCfg;
  if (!call || call.unpacks) {
    // No setup() call to read (a helper builds it), or `setup(**metadata)`.
    return computedOrigin(
      'setuptools',
      `${setupPy.file} sets the version when it runs; edit it there`,
      at(call?.line ?? 1),
    );
  }
  throw new UserError(
    `${setupPy.file} calls setup() without a version${cfg ? `, and ${cfg.file} has no [metadata] version` : ''}: setuptools would build version 0.0.0. Write version = X.Y.Z under [metadata] in setup.cfg, or version="X.Y.Z" in setup().`,
    'No version found',
    cfg ? { file: cfg.file } : at(call.line),
  );
}

// setuptools: `[tool.setuptools.dynamic] version = {attr = "pkg.mod.NAME"}` or
// `{file = "VERSION"}`, setup.cfg's `[metadata] version` (see setup-cfg.ts), or setup.py's setup()
// call (see setup-py.ts) when pyproject.toml leaves the version to it: a dynamic version, or no
// [project] table at all (a pyproject.toml that only configures tools).
import { dig, locateKeyLine, table } from '../pyproject.js';
import { readSetupCall } from '../version-files/index.js';
import type { Backend, BackendContext, Detected } from '../version-origin.js';
import { fromAttr, fromFile, fromSetupCfg } from './setup-cfg.js';
import { detectSetupPyVersion } from './setup-py.js';

/** The build runs setuptools: no backend named (PEP 517's fallback), setuptools', or a wrapper. */
export async function setuptoolsBuilds(context: BackendContext): Promise<boolean> {
  const backend = context.pyproject.buildBackend;
  return (
    backend === undefined ||
    backend.startsWith('setuptools') ||
    (await wrapsSetuptools(context, backend))
  );
}

/** pyproject.toml leaves the version to setup.cfg or setup.py. */
function leftToSetup(context: BackendContext): boolean {
  return context.pyproject.dynamicVersion || context.pyproject.data.project === undefined;
}

export const setuptools: Backend = {
  async detect(context): Promise<Detected | undefined> {
    const cfg = await context.read('setup.cfg');
    const dynamic = dig(context.pyproject.data, ['tool', 'setuptools', 'dynamic', 'version']);
    const dynamicTable = table(dynamic);
    if (context.pyproject.dynamicVersion && dynamicTable) {
      const location = {
        file: context.pyprojectFile,
        line: locateKeyLine(context.pyprojectText, 'tool.setuptools.dynamic', 'version'),
      };
      const describe = `${context.pyprojectFile} [tool.setuptools.dynamic] version`;
      if (typeof dynamicTable.attr === 'string') {
        return fromAttr(context, { attr: dynamicTable.attr, describe, location }, cfg?.text);
      }
      const file = Array.isArray(dynamicTable.file) ? dynamicTable.file[0] : dynamicTable.file;
      if (typeof file === 'string') return fromFile(context, { file, describe, location });
    }
    if (!leftToSetup(context)) return undefined;
    if (await setuptoolsBuilds(context)) {
      const setupPy = await context.read('setup.py');
      context.looked(context.path('setup.py'));
      // setup.py runs and reads setup.cfg; a keyword of its setup() wins over setup.cfg.
      if (setupPy) return detectSetupPyVersion(context, setupPy, readSetupCall(setupPy.text), cfg);
    }
    return cfg ? fromSetupCfg(context, cfg) : undefined;
  },
};

/**
 * Whether an in-tree backend (`backend-path`) re-exports setuptools' hooks: maturin builds its own
 * sdist with `build-backend = "bootstrap"`, a module beside the package that does
 * `from setuptools.build_meta import *`. Read as text, never imported.
 */
async function wrapsSetuptools(context: BackendContext, backend: string): Promise<boolean> {
  const paths = dig(context.pyproject.data, ['build-system', 'backend-path']);
  if (!Array.isArray(paths)) return false;
  const module = backend.split(':')[0]!.trim().split('.').join('/');
  if (!/^[\w/]+$/.test(module)) return false;
  for (const entry of paths) {
    if (typeof entry !== 'string') continue;
    const folder = entry.replace(/\\/g, '/').replace(/^(\.\/)+|\/+$/g, '');
    if (folder.split('/').includes('..')) continue;
    const base = folder === '' || folder === '.' ? module : `${folder}/${module}`;
    for (const candidate of [`${base}.py`, `${base}/__init__.py`]) {
      const found = await context.read(candidate);
      if (
        found &&
        /^[ \t]*(from\s+setuptools\.build_meta\s+import|import\s+setuptools\.build_meta|from\s+setuptools\s+import\s+build_meta)\b/m.test(
          found.text,
        )
      ) {
        return true;
      }
    }
  }
  return false;
}

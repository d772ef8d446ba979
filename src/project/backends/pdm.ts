// pdm-backend: `[tool.pdm.version] source = "file"` reads `__version__` from `path`;
// `source = "call"` runs a function when the package builds. `scm` is in vcs.ts.
import { UserError } from '../../errors.js';
import { dig, locateKeyLine, table } from '../pyproject.js';
import { readPythonVersion } from '../version-files/index.js';
import { computedOrigin, fileOrigin, type Backend, type Detected } from '../version-origin.js';
import { findModule } from './python-module.js';

const SETTING = '[tool.pdm.version]';

export const pdm: Backend = {
  async detect(context): Promise<Detected | undefined> {
    const config = table(dig(context.pyproject.data, ['tool', 'pdm', 'version']));
    if (!config || !context.pyproject.dynamicVersion) return undefined;
    const at = (key?: string) => ({
      file: context.pyprojectFile,
      line: locateKeyLine(context.pyprojectText, 'tool.pdm.version', key),
    });
    if (config.source === 'call') {
      // The getter's module (`pkg.version:get_version`) is the file a person edits.
      const getter = typeof config.getter === 'string' ? config.getter : '';
      const moduleName = getter.split(':')[0]!.trim();
      const module = /^[\w.]+$/.test(moduleName)
        ? await findModule(context, moduleName)
        : undefined;
      return computedOrigin(
        'pdm-backend',
        `${SETTING} source = "call" runs ${getter || 'a function'} when the package builds`,
        module ? { file: module.file } : at('source'),
      );
    }
    if (config.source !== 'file') return undefined;
    const path = config.path;
    if (typeof path !== 'string') {
      throw new UserError(
        `${context.pyprojectFile}: ${SETTING} source = "file" needs path = "src/<package>/__init__.py".`,
        'No version file',
        at(),
      );
    }
    context.looked(`${context.path(path)} (${SETTING} path)`);
    const found = await context.read(path);
    if (!found) {
      throw new UserError(
        `${context.pyprojectFile} reads the version from ${path} (${SETTING} path), which does not exist.`,
        'Version file not found',
        at('path'),
      );
    }
    const located = readPythonVersion(found.text, found.file);
    if (!located) {
      throw new UserError(
        `${found.file} has no \`__version__ = "X.Y.Z"\` assignment, which ${SETTING} path reads.`,
        'No version found',
        { file: found.file },
      );
    }
    return fileOrigin('pdm-backend', [
      { kind: 'python', label: `${found.file} (pdm version path)`, file: found.file, ...located },
    ]);
  },
};

// flit_core: a dynamic version is the module's `__version__`. The module is
// `[tool.flit.module] name`, else the project name with `-` as `_`; flit reads the literal without
// importing, and imports the module (the version is computed) when it is not one.
import { UserError } from '../../errors.js';
import { canonicalProjectName } from '../../version/index.js';
import { dig, locateKeyLine } from '../pyproject.js';
import { readModuleVersion } from '../version-files/index.js';
import { computedOrigin, fileOrigin, type Backend, type Detected } from '../version-origin.js';
import { findModule, reexportedVersionModule } from './python-module.js';

export const flit: Backend = {
  async detect(context): Promise<Detected | undefined> {
    const backend = context.pyproject.buildBackend ?? '';
    if (!backend.startsWith('flit_core') && !backend.startsWith('flit.')) return undefined;
    if (!context.pyproject.dynamicVersion) return undefined;
    const configured = dig(context.pyproject.data, ['tool', 'flit', 'module', 'name']);
    const module =
      typeof configured === 'string'
        ? configured
        : canonicalProjectName(context.pyproject.name ?? '').replace(/-/g, '_');
    const found = module ? await findModule(context, module) : undefined;
    if (!found) {
      throw new UserError(
        `flit reads the version from the module ${module || '(no project name)'}, which pyrelease cannot find (looked for ${module.replace(/\./g, '/')}/__init__.py and ${module.replace(/\./g, '/')}.py at the project root and under src/). Name the module in [tool.flit.module] name.`,
        'Version module not found',
        {
          file: context.pyprojectFile,
          line: locateKeyLine(
            context.pyprojectText,
            typeof configured === 'string' ? 'tool.flit.module' : 'project',
            'name',
          ),
        },
      );
    }
    // A literal, or numbers __version__ is joined from (flit imports the module to read those).
    const read = readModuleVersion(found.file, found.text);
    if (read.kind === 'source') return fileOrigin('flit', [read.source]);
    const reexported =
      read.kind === 'none' ? await reexportedVersionModule(context, module, found) : undefined;
    const imported =
      reexported &&
      readModuleVersion(
        reexported.file,
        reexported.text,
        '__version__',
        (what) => `${reexported.file} ${what} (${found.file} imports it)`,
      );
    if (imported?.kind === 'source') return fileOrigin('flit', [imported.source]);
    if (read.kind === 'none') {
      throw new UserError(
        `${found.file} has no __version__, which flit reads as the version. Add __version__ = "X.Y.Z" there.`,
        'No version found',
        { file: found.file },
      );
    }
    const computed = read.line;
    return computedOrigin(
      'flit',
      `${found.file} computes __version__ (line ${computed}); flit imports the module to read it when the package builds`,
      { file: found.file, line: computed },
    );
  },
};

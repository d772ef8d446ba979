// setuptools: `[tool.setuptools.dynamic] version = {attr = "pkg.mod.NAME"}` or
// `{file = "VERSION"}`, the same in setup.cfg (`version = attr: …` / `file: …`), or a literal
// `version = 1.2.3` in setup.cfg. setuptools reads an attr statically when it is a literal and
// imports the module otherwise; a version only setup.py knows is computed when the package builds.
import { UserError, type Location } from '../../errors.js';
import { dig, locateKeyLine, table } from '../pyproject.js';
import { findVersionAssignments, readPythonVersion } from '../version-files/index.js';
import { splitText } from '../../files/index.js';
import {
  computedOrigin,
  fileOrigin,
  type Backend,
  type BackendContext,
  type Detected,
} from '../version-origin.js';
import { findModule } from './python-module.js';

interface Directive {
  readonly attr?: string;
  readonly file?: string;
  /** Where the directive is written, and how it reads there. */
  readonly describe: string;
  readonly location: Location;
}

/** `[metadata] KEY = …` in setup.cfg (`version`, `name`), with its position. */
export function setupCfgMetadata(
  text: string,
  key: string,
): { value: string; line: number; column: number } | undefined {
  let section = '';
  const pattern = new RegExp(`^(${key}[ \\t]*[=:][ \\t]*)(\\S(?:.*\\S)?)[ \\t]*$`);
  for (const [index, line] of splitText(text).lines.entries()) {
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header?.[1]) {
      section = header[1].trim();
      continue;
    }
    if (section !== 'metadata') continue;
    const match = pattern.exec(line);
    if (match?.[1] && match[2])
      return { value: match[2], line: index + 1, column: match[1].length + 1 };
  }
  return undefined;
}

/** `[metadata] version = …` in setup.cfg, with its position. */
export function setupCfgVersion(
  text: string,
): { value: string; line: number; column: number } | undefined {
  return setupCfgMetadata(text, 'version');
}

/** `[options] package_dir = =src` or `[tool.setuptools.package-dir] "" = "src"`. */
function packageRoots(context: BackendContext, setupCfg: string | undefined): string[] {
  const roots: string[] = [];
  const dirs = table(dig(context.pyproject.data, ['tool', 'setuptools', 'package-dir']));
  if (typeof dirs?.[''] === 'string') roots.push(dirs[''] as string);
  const cfg = setupCfg ? /^\s*package_dir\s*=\s*(?:\n\s+)?=\s*(\S+)/m.exec(setupCfg) : null;
  if (cfg?.[1]) roots.push(cfg[1]);
  return [...new Set([...roots, '', 'src'])];
}

async function fromAttr(
  context: BackendContext,
  directive: Directive & { attr: string },
  setupCfg: string | undefined,
): Promise<Detected> {
  const parts = directive.attr.trim().split('.');
  const name = parts.pop() ?? '';
  const moduleName = parts.join('.');
  if (!moduleName || !/^[A-Za-z_]\w*$/.test(name)) {
    throw new UserError(
      `${directive.describe} names ${JSON.stringify(directive.attr)}; an attr is a module and a name in it, such as "my_package.__version__".`,
      'Invalid version attr',
      directive.location,
    );
  }
  const module = await findModule(context, moduleName, packageRoots(context, setupCfg));
  if (!module) {
    throw new UserError(
      `${directive.describe} names the module ${moduleName}, which pyrelease cannot find (looked for ${moduleName.replace(/\./g, '/')}.py and ${moduleName.replace(/\./g, '/')}/__init__.py at the project root and under src/). Fix the attr, or set package-dir.`,
      'Version module not found',
      directive.location,
    );
  }
  const located = readPythonVersion(module.text, module.file, name);
  if (located) {
    return fileOrigin('setuptools', [
      { kind: 'python', label: `${module.file} ${name}`, file: module.file, ...located },
    ]);
  }
  const computed = findVersionAssignments(module.text, name).computedLines[0];
  if (computed !== undefined) {
    return computedOrigin(
      'setuptools',
      `${module.file} computes ${name} (line ${computed}); setuptools evaluates it when the package builds`,
      { file: module.file, line: computed },
    );
  }
  throw new UserError(
    `${directive.describe} reads ${name} from ${module.file}, which does not assign it. Add ${name} = "X.Y.Z" there, or fix the attr.`,
    'No version found',
    { file: module.file },
  );
}

async function fromFile(
  context: BackendContext,
  directive: Directive & { file: string },
): Promise<Detected> {
  const found = await context.read(directive.file);
  context.looked(context.path(directive.file));
  if (!found) {
    throw new UserError(
      `${directive.describe} reads the version from ${directive.file}, which does not exist.`,
      'Version file not found',
      directive.location,
    );
  }
  const { lines } = splitText(found.text);
  const index = lines.findIndex((line) => line.trim() !== '');
  const line = lines[index] ?? '';
  const value = line.trim();
  if (index < 0 || !value) {
    throw new UserError(
      `${found.file} is empty; it should hold the version, such as 1.2.3.`,
      'No version found',
      {
        file: found.file,
        line: 1,
      },
    );
  }
  return fileOrigin('setuptools', [
    {
      kind: 'text',
      label: found.file,
      file: found.file,
      line: index + 1,
      column: line.indexOf(value) + 1,
      value,
    },
  ]);
}

/**
 * setup.cfg's `[metadata] version`: a literal (`version = 1.2.3`), `attr: pkg.__version__` or
 * `file: VERSION`; undefined when setup.cfg states none.
 */
export async function fromSetupCfg(
  context: BackendContext,
  cfg: { file: string; text: string },
): Promise<Detected | undefined> {
  context.looked(`${cfg.file} [metadata] version`);
  const written = setupCfgVersion(cfg.text);
  if (!written) return undefined;
  const location = { file: cfg.file, line: written.line };
  const describe = `${cfg.file} [metadata] version`;
  const directive = /^(attr|file):\s*(.+)$/.exec(written.value);
  if (directive?.[1] === 'attr' && directive[2]) {
    return fromAttr(context, { attr: directive[2], describe, location }, cfg.text);
  }
  if (directive?.[1] === 'file' && directive[2]) {
    const first = directive[2].split(',')[0]!.trim();
    return fromFile(context, { file: first, describe, location });
  }
  return fileOrigin('setuptools', [
    { kind: 'setup-cfg', label: describe, file: cfg.file, ...written },
  ]);
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
    if (cfg && (context.pyproject.dynamicVersion || context.pyproject.data.project === undefined)) {
      const found = await fromSetupCfg(context, cfg);
      if (found) return found;
    }
    const backend = context.pyproject.buildBackend;
    const setuptoolsBuilds =
      backend === undefined ||
      backend.startsWith('setuptools') ||
      (await wrapsSetuptools(context, backend));
    if (
      setuptoolsBuilds &&
      (context.pyproject.dynamicVersion || context.pyproject.data.project === undefined)
    ) {
      const setupPy = await context.read('setup.py');
      context.looked(context.path('setup.py'));
      if (setupPy) {
        return computedOrigin(
          'setuptools',
          `setup.py sets the version when it runs; edit it there`,
          { file: setupPy.file, line: lineOf(setupPy.text, /\bversion\s*=/) },
        );
      }
    }
    return undefined;
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
        /^\s*(from\s+setuptools\.build_meta\s+import|import\s+setuptools\.build_meta)\b/m.test(
          found.text,
        )
      ) {
        return true;
      }
    }
  }
  return false;
}

function lineOf(text: string, pattern: RegExp): number | undefined {
  const index = splitText(text).lines.findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
}

// setup.cfg and the setuptools directives that name where the version is: `[metadata] version`
// as a literal (`version = 1.2.3`), `attr: pkg.__version__` or `file: VERSION`, the same as
// `[tool.setuptools.dynamic] version = {attr = …}` / `{file = …}` in pyproject.toml. setuptools
// reads an attr statically when it is a literal and imports the module otherwise.
import { UserError, type Location } from '../../errors.js';
import { dig, table } from '../pyproject.js';
import { readModuleVersion } from '../version-files/index.js';
import { splitText } from '../../files/index.js';
import {
  computedOrigin,
  fileOrigin,
  type BackendContext,
  type Detected,
} from '../version-origin.js';
import { findModule } from './python-module.js';

export interface Directive {
  readonly attr?: string;
  readonly file?: string;
  /** Where the directive is written, and how it reads there. */
  readonly describe: string;
  readonly location: Location;
}

/**
 * `[SECTION] KEY = …` in setup.cfg, with its position; without a key, the section's header line
 * (column 1) and its name.
 */
export function setupCfgValue(
  text: string,
  wanted: string,
  key?: string,
): { value: string; line: number; column: number } | undefined {
  let section = '';
  const pattern = key && new RegExp(`^(${key}[ \\t]*[=:][ \\t]*)(\\S(?:.*\\S)?)[ \\t]*$`);
  for (const [index, line] of splitText(text).lines.entries()) {
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header?.[1]) {
      section = header[1].trim();
      if (!pattern && section === wanted) return { value: section, line: index + 1, column: 1 };
      continue;
    }
    if (section !== wanted || !pattern) continue;
    const match = pattern.exec(line);
    if (match?.[1] && match[2])
      return { value: match[2], line: index + 1, column: match[1].length + 1 };
  }
  return undefined;
}

/** `[metadata] KEY = …` in setup.cfg (`version`, `name`), with its position. */
export function setupCfgMetadata(
  text: string,
  key: string,
): { value: string; line: number; column: number } | undefined {
  return setupCfgValue(text, 'metadata', key);
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

export async function fromAttr(
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
  const read = readModuleVersion(module.file, module.text, name);
  if (read.kind === 'source') return fileOrigin('setuptools', [read.source]);
  if (read.kind === 'computed') {
    return computedOrigin(
      'setuptools',
      `${module.file} computes ${name} (line ${read.line}); setuptools evaluates it when the package builds`,
      { file: module.file, line: read.line },
    );
  }
  throw new UserError(
    `${directive.describe} reads ${name} from ${module.file}, which does not assign it. Add ${name} = "X.Y.Z" there, or fix the attr.`,
    'No version found',
    { file: module.file },
  );
}

export async function fromFile(
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

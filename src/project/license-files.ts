// The licence files a project declares, which its sdist must then hold: PEP 639's
// `[project] license-files` (globs; the older draft's `{ paths = [...] }` or `{ globs = [...] }`
// too), setuptools' `[tool.setuptools] license-files`, or setup.cfg's `[metadata] license_files`
// (`license_file` before setuptools 42). Pure: the caller reads the files.
import { splitText } from '../files/index.js';
import { dig, table, type TomlTable } from './pyproject.js';

export interface DeclaredLicenseFiles {
  /** Globs relative to the project root, as PEP 639 defines them; none when declared empty. */
  readonly patterns: readonly string[];
  /** Where, for messages: `license-files in pyproject.toml [project]`. */
  readonly declaredIn: string;
}

/** A literal path as a glob: the characters globs give a meaning to, in brackets. */
function literalGlob(file: string): string {
  return file.replace(/[*?[]/g, (char) => `[${char}]`);
}

function strings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === 'string');
}

/** `license-files` in [project]: a list of globs, or the older draft's table. */
function projectLicenseFiles(value: unknown): string[] | undefined {
  const list = strings(value);
  if (list) return list;
  const draft = table(value);
  const paths = strings(draft?.paths);
  if (paths) return paths.map(literalGlob);
  return strings(draft?.globs);
}

/**
 * `[metadata] license_files` (or `license_file`) in setup.cfg: a value split on commas and
 * lines, which may continue on the indented lines below its key.
 */
export function setupCfgLicenseFiles(text: string): string[] | undefined {
  let section = '';
  let found: string[] | undefined;
  let collecting = false;
  for (const line of splitText(text).lines) {
    const header = /^\[([^\]]*)\]/.exec(line);
    if (header) {
      section = header[1]!.trim();
      collecting = false;
      continue;
    }
    if (collecting && /^[ \t]+\S/.test(line)) {
      found!.push(line.trim());
      continue;
    }
    collecting = false;
    if (section !== 'metadata') continue;
    const key = /^license[-_]file(s?)[ \t]*[=:](.*)$/i.exec(line);
    // license_files wins over the older license_file, wherever each is.
    if (!key || (found !== undefined && key[1] === '')) continue;
    found = [key[2]!.trim()];
    collecting = true;
  }
  return found
    ?.flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '' && !/^[#;]/.test(value));
}

/** What the project declares, undefined when it leaves the licence files to the backend. */
export function declaredLicenseFiles(
  pyproject: TomlTable,
  setupCfg: string | undefined,
): DeclaredLicenseFiles | undefined {
  const fromProject = projectLicenseFiles(dig(pyproject, ['project', 'license-files']));
  if (fromProject) {
    return { patterns: fromProject, declaredIn: 'license-files in pyproject.toml [project]' };
  }
  const fromTool = strings(dig(pyproject, ['tool', 'setuptools', 'license-files']));
  if (fromTool) {
    return { patterns: fromTool, declaredIn: 'license-files in pyproject.toml [tool.setuptools]' };
  }
  const fromCfg = setupCfg === undefined ? undefined : setupCfgLicenseFiles(setupCfg);
  if (fromCfg) return { patterns: fromCfg, declaredIn: 'license_files in setup.cfg [metadata]' };
  return undefined;
}

// towncrier projects: `[tool.towncrier]` in pyproject.toml or towncrier.toml, or a changelog.d/ or
// newsfragments/ folder. Their changelog entries are news fragment files until a release builds
// them into the changelog file (`filename`, NEWS.rst by default). Pure: TOML data in.

import { repoPath } from '../files/index.js';

type Table = Record<string, unknown>;

export interface TowncrierSetup {
  /** Where the configuration was found (`pyproject.toml [tool.towncrier]`), or the folder. */
  readonly source: string;
  /** The fragment folder, repository-relative. */
  readonly directory: string;
  /** The changelog file towncrier writes, repository-relative; undefined when not configured. */
  readonly filename: string | undefined;
  /** Fragment types the configuration names; undefined for towncrier's defaults. */
  readonly types: readonly string[] | undefined;
  /**
   * `single_file` (true by default). false: each release gets a file of its own, named by
   * formatting `filename` with `{version}` (and `{name}`, `{project_date}`).
   */
  readonly singleFile: boolean;
}

const DEFAULT_TYPES = ['feature', 'bugfix', 'doc', 'removal', 'misc'];
const FOLDERS = ['changelog.d', 'newsfragments'];

function table(value: unknown): Table | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Table)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function typesOf(config: Table): string[] | undefined {
  const types: string[] = [];
  const list = config.type;
  if (Array.isArray(list)) {
    for (const entry of list) {
      const name = text(table(entry)?.directory);
      if (name) types.push(name);
    }
  }
  for (const name of Object.keys(table(config.fragment) ?? {})) types.push(name);
  return types.length > 0 ? types : undefined;
}

/**
 * The towncrier setup of the project in `dir`, from `[tool.towncrier]` (towncrier.toml first, as
 * towncrier reads it) or, without configuration, from a fragment folder in `dirs`.
 */
export function towncrierSetup(options: {
  readonly dir: string;
  readonly pyproject: Table | undefined;
  readonly towncrierToml: Table | undefined;
  /** Repository-relative folders that exist in the project directory. */
  readonly folders: readonly string[];
}): TowncrierSetup | undefined {
  const fromToml = table(table(options.towncrierToml?.tool)?.towncrier);
  const fromPyproject = table(table(options.pyproject?.tool)?.towncrier);
  const config = fromToml ?? fromPyproject;
  if (config) {
    const directory = text(config.directory);
    const pkg = text(config.package);
    return {
      source: fromToml ? 'towncrier.toml' : 'pyproject.toml [tool.towncrier]',
      directory: directory
        ? repoPath(options.dir, directory)
        : repoPath(
            options.dir,
            pkg ? repoPath(text(config.package_dir) ?? '.', pkg) : '',
            'newsfragments',
          ),
      filename: repoPath(options.dir, text(config.filename) ?? 'NEWS.rst'),
      types: typesOf(config) ?? DEFAULT_TYPES,
      singleFile: config.single_file !== false,
    };
  }
  for (const folder of FOLDERS) {
    const directory = repoPath(options.dir, folder);
    if (options.folders.includes(directory)) {
      return {
        source: `${folder}/`,
        directory,
        filename: undefined,
        types: undefined,
        singleFile: true,
      };
    }
  }
  return undefined;
}

/** Whether a file in the fragment folder is a news fragment (`123.bugfix.rst`, `+x.feature.md`). */
export function isFragment(name: string, types: readonly string[] | undefined): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('.') || lower.startsWith('readme') || lower.startsWith('template')) {
    return false;
  }
  const parts = lower.split('.');
  if (parts.length < 2) return false;
  if (!types) return true;
  const known = new Set(types.map((type) => type.toLowerCase()));
  return parts.slice(1).some((part) => known.has(part));
}

// pyproject.toml: @iarna/toml gives the meaning, a scan of the lines gives the position of the
// values we report and edit (the file is edited as text, never re-serialised).
import parseTomlString from '@iarna/toml/parse-string.js';
import { UserError } from '../errors.js';
import { splitText, stripBom, type Located } from '../files/index.js';

export interface Pyproject {
  readonly name: string | undefined;
  /** `[project].version`, or `[tool.poetry].version` for Poetry projects without `[project]`. */
  readonly version: (Located & { readonly table: string }) | undefined;
  readonly dynamicVersion: boolean;
  /** `[tool.hatch.version] path`, where a dynamic version is read from. */
  readonly hatchVersionPath: string | undefined;
  /** `[tool.hatch.version] source` when it is not the default regex source (e.g. `vcs`). */
  readonly hatchVersionSource: string | undefined;
  /** `[tool.hatch.build.targets.wheel] packages`. */
  readonly wheelPackages: readonly string[];
  /** `[build-system].build-backend`, e.g. `hatchling.build`. */
  readonly buildBackend: string | undefined;
  /** `[build-system].requires`, as written. */
  readonly buildRequires: readonly string[];
  /** The whole document, for the version-source readers of each backend. */
  readonly data: TomlTable;
}

export type TomlTable = Record<string, unknown>;
type Table = TomlTable;

export function table(value: unknown): Table | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Table)
    : undefined;
}

export function dig(root: Table, path: readonly string[]): unknown {
  let current: unknown = root;
  for (const key of path) current = table(current)?.[key];
  return current;
}

export function parseToml(text: string, file: string): Table {
  try {
    // TOML allows CRLF, but @iarna/toml refuses the \r before \n at the end of a comment.
    return parseTomlString(stripBom(text).replace(/\r\n/g, '\n')) as Table;
  } catch (error) {
    const tomlError = error as { line?: number; col?: number; message?: string };
    // The parser's first line ends with its own position (`at row 3, col 14, pos 35:`), counted
    // without the BOM; the location below says it once, 1-based.
    const reason = String(tomlError.message ?? error)
      .split('\n')[0]!
      .replace(/\s*at row \d+, col \d+, pos \d+:?\s*$/, '');
    const line = typeof tomlError.line === 'number' ? tomlError.line + 1 : undefined;
    const column = typeof tomlError.col === 'number' ? tomlError.col + 1 : undefined;
    const place = line === undefined ? '' : ` at line ${line}${column ? `, column ${column}` : ''}`;
    throw new UserError(
      `${file} is not valid TOML: ${reason}${place}. Fix the syntax there (tomllib or \`uv build\` report the same problem).`,
      `Invalid ${file.split('/').pop() ?? file}`,
      { file, line, column },
    );
  }
}

/**
 * The table a header line opens (`[tool.hatch]`, `[[tool.x]]`, with spaces and a trailing
 * comment), or undefined. Scanned by hand: the regular expression it replaces backtracked
 * cubically on a `[` followed by thousands of spaces.
 */
export function tableHeader(line: string): string | undefined {
  const text = line.trim();
  if (!text.startsWith('[')) return undefined;
  const open = text.startsWith('[[') ? 2 : 1;
  const close = text.indexOf(']', open);
  if (close < 0) return undefined;
  const name = text.slice(open, close).trim();
  if (name === '' || name.includes('[')) return undefined;
  let rest = text.slice(close + 1);
  if (rest.startsWith(']')) rest = rest.slice(1);
  rest = rest.trimStart();
  return rest === '' || rest.startsWith('#') ? name : undefined;
}

/**
 * A key whose value opens a multi-line string: the delimiter and the text after it on the line,
 * or undefined. Scanned by hand, in one pass, for the same reason as tableHeader.
 */
export function multilineOpener(line: string): { quote: string; rest: string } | undefined {
  const stop = line.search(/[#=]/);
  if (stop < 0 || line[stop] !== '=') return undefined;
  const value = line.slice(stop + 1).trimStart();
  const quote = value.slice(0, 3);
  return quote === '"""' || quote === "'''" ? { quote, rest: value.slice(3) } : undefined;
}

interface TableLine {
  readonly index: number;
  readonly line: string;
  /** The table the line is in, or the one it opens. */
  readonly table: string;
  readonly header: boolean;
}

/**
 * Each line with the table it belongs to, as a line scan can tell. Lines inside multi-line strings
 * are skipped, where `[table]` or `version = "…"` is only text.
 */
function tableLines(text: string): TableLine[] {
  const result: TableLine[] = [];
  let current = '';
  let openString: string | undefined;
  for (const [index, line] of splitText(text).lines.entries()) {
    if (openString !== undefined) {
      if (line.includes(openString)) openString = undefined;
      continue;
    }
    const header = tableHeader(line);
    if (header !== undefined) {
      current = header
        .split('.')
        .map((part) => part.trim())
        .join('.')
        .replace(/["']/g, '');
      result.push({ index, line, table: current, header: true });
      continue;
    }
    result.push({ index, line, table: current, header: false });
    const opener = multilineOpener(line);
    if (opener !== undefined && !opener.rest.includes(opener.quote)) openString = opener.quote;
  }
  return result;
}

/** Finds `key = "value"` directly inside `[tableName]`, with the value's position. */
export function locateTomlString(
  text: string,
  tableName: string,
  key: string,
): Located | undefined {
  const keyPattern = new RegExp(`^(\\s*${key}\\s*=\\s*)(["'])(.*?)\\2`);
  for (const { index, line, table, header } of tableLines(text)) {
    if (header || table !== tableName) continue;
    const match = keyPattern.exec(line);
    if (match?.[1] !== undefined && match[3] !== undefined) {
      return { value: match[3], line: index + 1, column: match[1].length + 2 };
    }
  }
  return undefined;
}

export function parsePyproject(text: string, file: string): Pyproject {
  const data = parseToml(text, file);
  const project = table(data.project);
  const poetry = table(dig(data, ['tool', 'poetry']));
  const dynamic = project?.dynamic;
  const dynamicVersion = Array.isArray(dynamic) && dynamic.includes('version');

  let version: Pyproject['version'];
  const versionTable =
    project?.version !== undefined ? 'project' : poetry?.version !== undefined ? 'tool.poetry' : '';
  if (versionTable) {
    const value = (versionTable === 'project' ? project : poetry)?.version;
    if (typeof value !== 'string') {
      throw new UserError(
        `${file}: [${versionTable}].version must be a string such as "1.2.3", found ${JSON.stringify(value)}.`,
        'Invalid version',
        { file, line: locateKeyLine(text, versionTable, 'version') },
      );
    }
    const located = locateTomlString(text, versionTable, 'version');
    version = {
      table: versionTable,
      value,
      line: located?.line ?? locateKeyLine(text, versionTable, 'version') ?? 1,
      column: located?.column ?? 1,
    };
  }

  const hatchVersion = table(dig(data, ['tool', 'hatch', 'version']));
  const path = hatchVersion?.path;
  const source = hatchVersion?.source;
  const packages = dig(data, ['tool', 'hatch', 'build', 'targets', 'wheel', 'packages']);
  const name = project?.name ?? poetry?.name;
  const backend = dig(data, ['build-system', 'build-backend']);
  const requires = dig(data, ['build-system', 'requires']);
  return {
    name: typeof name === 'string' ? name : undefined,
    version,
    dynamicVersion,
    hatchVersionPath: typeof path === 'string' ? path : undefined,
    hatchVersionSource: typeof source === 'string' && source !== 'regex' ? source : undefined,
    wheelPackages: Array.isArray(packages)
      ? packages.filter((p): p is string => typeof p === 'string')
      : [],
    buildBackend: typeof backend === 'string' ? backend : undefined,
    buildRequires: Array.isArray(requires)
      ? requires.filter((r): r is string => typeof r === 'string')
      : [],
    data,
  };
}

/**
 * What a setuptools project without pyproject.toml has in its place: no tables at all, which
 * is how PEP 517 frontends read it (setuptools.build_meta:__legacy__), and the name setup.cfg
 * or setup.py gives.
 */
export function noPyproject(name: string | undefined): Pyproject {
  return {
    name,
    version: undefined,
    dynamicVersion: false,
    hatchVersionPath: undefined,
    hatchVersionSource: undefined,
    wheelPackages: [],
    buildBackend: undefined,
    buildRequires: [],
    data: {},
  };
}

/** The line of a table header, or of a key inside it, for messages about it. */
export function locateKeyLine(text: string, tableName: string, key?: string): number | undefined {
  let headerLine: number | undefined;
  for (const { index, line, table, header } of tableLines(text)) {
    if (table !== tableName) continue;
    if (header) headerLine = index + 1;
    else if (key !== undefined && new RegExp(`^\\s*${key}\\s*=`).test(line)) {
      return index + 1;
    }
  }
  return headerLine;
}

// The Python files a setup.py reads its version from, found in its string literals (never run):
//   re.search(r'__version__ = …', open('pkg/__init__.py').read())
//   open(os.path.join(here, 'pkg', '__init__.py'))        (the literal pieces of one call)
//   exec(open('pkg/_version.py').read())      version=get_version('pkg/__init__.py')
// Each literal that ends in `.py` (setup.py aside) names a candidate, joined with the literals
// written before it in the same argument list; then each module setup.py imports __version__
// from (`from pkg import __version__`), as a package or a module, at the root or under src/.
// Only paths inside the project count.
import { stripBom } from '../../files/index.js';
import { pythonTokens } from './python-tokens.js';
import { positionOf } from './regex-version.js';

export interface ReadPath {
  /** The path relative to the project directory, with forward slashes. */
  readonly path: string;
  /** The line of setup.py that names it. */
  readonly line: number;
}

const MAX_PATHS = 10;

/** A relative path inside the project, or undefined for anything that could leave it. */
function projectPath(pieces: readonly string[]): string | undefined {
  const parts = pieces
    .join('/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  const joined = parts.join('/');
  if (pieces[0]?.startsWith('/') || parts.includes('..')) return undefined;
  if (!/^[\w./-]+\.py$/.test(joined) || /(^|\/)setup\.py$/.test(joined)) return undefined;
  return joined;
}

/**
 * The module a line takes `__version__` from: `from pkg.mod import __version__`, or `import pkg`
 * when setup.py reads `pkg.__version__` (six: `version=six.__version__`).
 */
function versionModule(line: string, readFrom: ReadonlySet<string>): string | undefined {
  if (line.startsWith('from') && /\b__version__\b/.test(line)) {
    return /^from[ \t]+([A-Za-z_][\w.]{0,200})[ \t]+import\b/.exec(line)?.[1];
  }
  const imported = /^import[ \t]+([A-Za-z_][\w.]{0,200})[ \t]*(?:#.*)?$/.exec(line)?.[1];
  return imported && readFrom.has(imported) ? imported : undefined;
}

/** The modules setup.py takes `__version__` from: the files of each module, in order. */
function importedFrom(text: string): ReadPath[] {
  const found: ReadPath[] = [];
  // Every `name.__version__` written, once: the imported modules are looked up in it.
  const readFrom = new Set(
    [...text.matchAll(/\b([A-Za-z_][\w.]{0,200})\.__version__\b/g)].map((match) => match[1]!),
  );
  for (const [index, line] of text.split('\n').entries()) {
    const module = versionModule(line.replace(/\r$/, ''), readFrom);
    if (!module || module.startsWith('.') || module.endsWith('.')) continue;
    const base = module.replace(/\./g, '/');
    for (const root of ['', 'src/']) {
      for (const path of [`${root}${base}/__init__.py`, `${root}${base}.py`]) {
        found.push({ path, line: index + 1 });
      }
    }
    if (found.length >= MAX_PATHS) break;
  }
  return found;
}

/**
 * The `.py` files setup.py names in its literals, in the order it names them, then the files of
 * the modules it imports __version__ from.
 */
export function setupPyReadPaths(source: string): ReadPath[] {
  const text = stripBom(source);
  const found: ReadPath[] = [];
  // The string literals of the current argument list, separated by commas only.
  let run: string[] = [];
  let afterComma = false;
  for (const token of pythonTokens(text)) {
    if (token.kind === 'string' && token.value !== undefined) {
      run = afterComma ? [...run.slice(-4), token.value] : [token.value];
      afterComma = false;
      const path = token.value.endsWith('.py') ? projectPath(run) : undefined;
      if (path && !found.some((known) => known.path === path)) {
        found.push({ path, line: positionOf(text, token.start).line });
        if (found.length >= MAX_PATHS) break;
      }
    } else if (token.kind === 'op' && token.text === ',') {
      afterComma = run.length > 0;
    } else {
      run = [];
      afterComma = false;
    }
  }
  for (const imported of importedFrom(text)) {
    if (!found.some((known) => known.path === imported.path)) found.push(imported);
  }
  return found;
}

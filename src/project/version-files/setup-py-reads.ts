// The Python files a setup.py reads its version from, found in its string literals (never run):
//   re.search(r'__version__ = …', open('pkg/__init__.py').read())
//   open(os.path.join(here, 'pkg', '__init__.py'))        (the literal pieces of one call)
//   exec(open('pkg/_version.py').read())      version=get_version('pkg/__init__.py')
// Each literal that ends in `.py` (setup.py aside) names a candidate, joined with the literals
// written before it in the same argument list. Only paths inside the project count.
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

/** The `.py` files setup.py names in its literals, in the order it names them. */
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
  return found;
}

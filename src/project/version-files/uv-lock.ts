// uv.lock records the version of every project it locks from source: the project itself
// (`[[package]] name = "<project>"` with `source = { editable = "." }`) and, in a uv workspace,
// each member (`source = { editable = "packages/pkg-a" }` or `{ virtual = … }`, relative to the
// workspace root that holds the one lock file). When one drifts, `uv sync --locked` fails.
import { canonicalProjectName } from '../../version/index.js';
import { splitText, type Located } from '../../files/index.js';

export interface LockedProject {
  readonly name: string;
  /** The project's folder relative to the lock file's folder ('.' for the root project). */
  readonly path: string;
  /** Undefined for a member whose version is dynamic (uv writes none then). */
  readonly version: Located | undefined;
}

/** Every package of the lock that is built from a folder of the workspace, in file order. */
export function lockedProjects(text: string): LockedProject[] {
  const { lines } = splitText(text);
  const found: LockedProject[] = [];
  let inPackage = false;
  let name: string | undefined;
  let source: string | undefined;
  let version: Located | undefined;
  const finish = () => {
    if (inPackage && name !== undefined && source !== undefined)
      found.push({ name, path: source, version });
    inPackage = false;
  };
  for (const [index, line] of lines.entries()) {
    if (/^\s*\[/.test(line)) {
      finish();
      inPackage = /^\s*\[\[\s*package\s*\]\]/.test(line);
      name = source = version = undefined;
      continue;
    }
    if (!inPackage) continue;
    const named = /^\s*name\s*=\s*"([^"]*)"/.exec(line);
    if (named?.[1] !== undefined) name = named[1];
    const local = /^\s*source\s*=\s*\{[^}]*\b(?:editable|virtual)\s*=\s*"([^"]*)"/.exec(line);
    if (local?.[1] !== undefined) source = normalPath(local[1]);
    const value = /^(\s*version\s*=\s*")([^"]*)"/.exec(line);
    if (value?.[1] !== undefined && value[2] !== undefined) {
      version = { value: value[2], line: index + 1, column: value[1].length + 1 };
    }
  }
  finish();
  return found;
}

function normalPath(text: string): string {
  const trimmed = text
    .replace(/\\/g, '/')
    .replace(/^\.\/(?=.)/, '')
    .replace(/\/+$/, '');
  return trimmed === '' ? '.' : trimmed;
}

/**
 * The locked version of the project named `projectName` in the folder `path` (relative to the
 * lock file's folder; '.' for a lock beside the project's pyproject.toml).
 */
export function readLockedVersion(
  text: string,
  projectName: string,
  path = '.',
): Located | undefined {
  const wanted = canonicalProjectName(projectName);
  const folder = normalPath(path);
  return lockedProjects(text).find(
    (locked) => locked.path === folder && canonicalProjectName(locked.name) === wanted,
  )?.version;
}

// Finds the file of a Python module by its dotted name, the way the build backends do: under the
// package directory the project configures, `src/`, or the project root, as a package
// (`pkg/mod/__init__.py`) or a module (`pkg/mod.py`).
import type { BackendContext } from '../version-origin.js';

export async function findModule(
  context: BackendContext,
  dotted: string,
  roots: readonly string[] = ['', 'src'],
): Promise<{ file: string; text: string } | undefined> {
  const parts = dotted.split('.');
  for (const root of roots) {
    const base = [root, ...parts].filter(Boolean).join('/');
    for (const candidate of [`${base}/__init__.py`, `${base}.py`]) {
      context.looked(context.path(candidate));
      const found = await context.read(candidate);
      if (found) return found;
    }
  }
  return undefined;
}

/** The folder of a repository-relative file, relative to the project directory. */
function relativeDir(context: BackendContext, file: string): string {
  const relative = context.dir ? file.slice(context.dir.length + 1) : file;
  return relative.split('/').slice(0, -1).join('/');
}

/**
 * The module a package's `__init__.py` takes its `__version__` from (`from ._version import
 * __version__`, `from pkg.version import __version__`): its file, read. A build that imports the
 * package gets the version from there.
 */
export async function reexportedVersionModule(
  context: BackendContext,
  dotted: string,
  init: { readonly file: string; readonly text: string },
): Promise<{ file: string; text: string; line: number } | undefined> {
  if (!init.file.endsWith('/__init__.py')) return undefined;
  const pattern = /^from[ \t]+(\.{1,2}[\w.]{0,200}|[A-Za-z_][\w.]{0,200})[ \t]+import\b/;
  const lines = init.text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.startsWith('from') || !/\b__version__\b/.test(line)) continue;
    const source = pattern.exec(line)?.[1];
    // Only the package's own modules, one level down: `.x`, `pkg.x`.
    const inner = source?.startsWith('.')
      ? /^\.(\w+)$/.exec(source)?.[1]
      : source?.startsWith(`${dotted}.`)
        ? /^(\w+)$/.exec(source.slice(dotted.length + 1))?.[1]
        : undefined;
    if (!inner) continue;
    const packageDir = relativeDir(context, init.file);
    let found: { file: string; text: string } | undefined;
    for (const candidate of [`${packageDir}/${inner}.py`, `${packageDir}/${inner}/__init__.py`]) {
      found ??= await context.read(candidate);
    }
    if (found) return { ...found, line: index + 1 };
  }
  return undefined;
}

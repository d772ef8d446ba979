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

// A version written in pyproject.toml itself: `[project].version` (every PEP 621 backend:
// hatchling, setuptools, flit, pdm, uv_build, maturin, meson-python, scikit-build-core) or
// Poetry 1's `[tool.poetry].version`.
import { fileOrigin, type Backend, type Detected } from '../version-origin.js';

export const staticPyproject: Backend = {
  async detect(context): Promise<Detected | undefined> {
    const version = context.pyproject.version;
    if (!version) return undefined;
    return fileOrigin(context.pyproject.buildBackend ?? 'setuptools', [
      {
        kind: 'pyproject',
        label: `${context.pyprojectFile} [${version.table}].version`,
        file: context.pyprojectFile,
        line: version.line,
        column: version.column,
        value: version.value,
      },
    ]);
  },
};

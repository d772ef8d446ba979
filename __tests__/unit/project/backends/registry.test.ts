// Each backend family's version source, from in-memory projects shaped like real ones, and every
// bad input the check must refuse with the file and line.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/errors.js';
import { replaceAt } from '../../../../src/project/version-files/replace.js';
import { loadProject, type Project } from '../../../../src/project/project.js';
import { memoryReader } from '../../../helpers/memory.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

async function load(files: Record<string, string>, dir = ''): Promise<Project> {
  return loadProject(memoryReader(files), { dir, changelog: '', versionFiles: [] });
}

async function refusal(files: Record<string, string>, dir = ''): Promise<UserError> {
  const error = await load(files, dir).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

const dynamic = (backend: string, ...rest: string[]) =>
  lines(
    '[build-system]',
    `requires = ["${backend.split('.')[0]}"]`,
    `build-backend = "${backend}"`,
    '',
    '[project]',
    'name = "acme-widgets"',
    'dynamic = ["version"]',
    '',
    ...rest,
  );

describe('hatchling', () => {
  it('reads source = "code" when the name it evaluates is a literal or a tuple', async () => {
    const project = await load({
      'pyproject.toml': dynamic(
        'hatchling.build',
        '[tool.hatch.version]',
        'source = "code"',
        'path = "acme/about.py"',
      ),
      'acme/about.py': lines('VERSION = (0, 7, 1)', '__version__ = ".".join(map(str, VERSION))'),
    });
    expect(project.origin).toEqual({ kind: 'file', backend: 'hatchling' });
    expect(project.primary).toMatchObject({ kind: 'tuple', file: 'acme/about.py', value: '0.7.1' });
  });

  it('names the code source’s file to edit when its expression is computed', async () => {
    const project = await load({
      'pyproject.toml': dynamic(
        'hatchling.build',
        '[tool.hatch.version]',
        'source = "code"',
        'path = "acme/about.py"',
        'expression = "get_version()"',
      ),
      'acme/about.py': lines('def get_version():', '    return "1.0"'),
    });
    expect(project.origin).toMatchObject({ kind: 'computed', location: { file: 'acme/about.py' } });
    expect(project.notes.join('\n')).toContain('to change it, edit acme/about.py.');
  });

  it('reads a custom pattern where the version group sits (pydantic-style VERSION)', async () => {
    const project = await load({
      'pyproject.toml': dynamic(
        'hatchling.build',
        '[tool.hatch.version]',
        'path = "acme/version.py"',
        `pattern = 'VERSION = "(?P<version>[^"]+)"'`,
      ),
      'acme/version.py': lines('"""Version."""', '', 'VERSION = "2.13.4"'),
    });
    expect(project.origin).toEqual({ kind: 'file', backend: 'hatchling' });
    expect(project.primary).toMatchObject({
      file: 'acme/version.py',
      line: 3,
      column: 12,
      value: '2.13.4',
    });
  });

  it('reads VERSION with the default pattern (case-insensitive, like hatchling)', async () => {
    const project = await load({
      'pyproject.toml': dynamic('hatchling.build', '[tool.hatch.version]', 'path = "acme/v.py"'),
      'acme/v.py': "VERSION = '1.0.1'\n",
    });
    expect(project.primary).toMatchObject({ line: 1, column: 12, value: '1.0.1' });
  });

  it('refuses a pattern that matches nothing, at the pattern line', async () => {
    const error = await refusal({
      'pyproject.toml': dynamic(
        'hatchling.build',
        '[tool.hatch.version]',
        'path = "acme/v.py"',
        `pattern = 'BUILD = "(?P<version>[^"]+)"'`,
      ),
      'acme/v.py': '__version__ = "1.0"\n',
    });
    expect(error.title).toBe('Version pattern matches nothing');
    expect(error.location).toEqual({ file: 'pyproject.toml', line: 11 });
    expect(error.message).toContain('acme/v.py');
  });

  it('takes a code source as computed when the package builds', async () => {
    const project = await load({
      'pyproject.toml': dynamic(
        'hatchling.build',
        '[tool.hatch.version]',
        'source = "code"',
        'path = "v.py"',
      ),
    });
    expect(project.origin).toMatchObject({
      kind: 'computed',
      location: { file: 'pyproject.toml', line: 10 },
    });
    expect(project.primary).toBeUndefined();
  });
});

describe('setuptools', () => {
  it('reads an attr in any module, under package-dir (requests-style __version__.py)', async () => {
    const project = await load({
      'pyproject.toml': dynamic(
        'setuptools.build_meta',
        '[tool.setuptools.package-dir]',
        '"" = "lib"',
        '',
        '[tool.setuptools.dynamic]',
        'version = {attr = "acme.meta.VERSION"}',
      ),
      'lib/acme/meta.py': lines('# meta', 'VERSION: str = "3.1.0"  # release'),
    });
    expect(project.primary).toMatchObject({
      file: 'lib/acme/meta.py',
      line: 2,
      column: 17,
      value: '3.1.0',
    });
  });

  it('reads a file directive (VERSION), with CRLF and a BOM', async () => {
    const project = await load({
      'pyproject.toml': dynamic(
        'setuptools.build_meta',
        '[tool.setuptools.dynamic]',
        'version = {file = "VERSION"}',
      ),
      VERSION: '\uFEFF  4.0.2\r\n',
    });
    const primary = project.primary!;
    expect(primary).toMatchObject({ kind: 'text', line: 1, column: 3, value: '4.0.2' });
    expect(
      replaceAt('\uFEFF  4.0.2\r\n', primary.line, primary.column, primary.value, '4.1.0'),
    ).toBe('\uFEFF  4.1.0\r\n');
  });

  it('reads setup.cfg attr: and a literal version', async () => {
    const build = lines(
      '[build-system]',
      'requires = ["setuptools"]',
      'build-backend = "setuptools.build_meta"',
    );
    const attr = await load({
      'pyproject.toml': build,
      'setup.cfg': lines('[metadata]', 'name = acme', 'version = attr: acme.__version__'),
      'src/acme/__init__.py': '__version__ = "0.9.0"\n',
    });
    expect(attr.primary).toMatchObject({ file: 'src/acme/__init__.py', value: '0.9.0' });
    const literal = await load({
      'pyproject.toml': build,
      'setup.cfg': lines('[metadata]', 'name = acme', 'version = 0.9.1'),
    });
    expect(literal.primary).toMatchObject({
      kind: 'setup-cfg',
      file: 'setup.cfg',
      line: 3,
      column: 11,
      value: '0.9.1',
    });
  });

  it('refuses an attr naming a module that does not exist, at the attr line', async () => {
    const error = await refusal({
      'pyproject.toml': dynamic(
        'setuptools.build_meta',
        '[tool.setuptools.dynamic]',
        'version = {attr = "acme.missing.__version__"}',
      ),
    });
    expect(error.title).toBe('Version module not found');
    expect(error.location).toEqual({ file: 'pyproject.toml', line: 10 });
    expect(error.message).toContain('acme/missing.py');
  });

  it('takes a version computed in the module as known only after the build', async () => {
    const project = await load({
      'pyproject.toml': dynamic(
        'setuptools.build_meta',
        '[tool.setuptools.dynamic]',
        'version = {attr = "acme.__version__"}',
      ),
      'acme/__init__.py': lines(
        'from importlib.metadata import version',
        '__version__ = version("acme")',
      ),
    });
    expect(project.origin).toMatchObject({
      kind: 'computed',
      location: { file: 'acme/__init__.py', line: 2 },
    });
    expect(project.notes.join('\n')).toContain(
      'The version is only known after the build (setuptools: acme/__init__.py computes __version__ (line 2); setuptools evaluates it when the package builds); to change it, edit acme/__init__.py (line 2).',
    );
  });

  it('reads a __version__ joined from a tuple as the tuple, which a report names', async () => {
    const project = await load({
      'pyproject.toml': dynamic(
        'setuptools.build_meta',
        '[tool.setuptools.dynamic]',
        'version = {attr = "acme.__version__"}',
      ),
      'acme/__init__.py': lines(
        'version_info = (1, 2, 3)',
        '__version__ = ".".join(map(str, version_info))',
      ),
    });
    expect(project.origin.kind).toBe('file');
    expect(project.primary).toMatchObject({
      kind: 'tuple',
      label: 'acme/__init__.py version_info',
      file: 'acme/__init__.py',
      line: 1,
      column: 17,
      value: '1.2.3',
    });
    expect(project.notes.join('\n')).not.toContain('only known after the build');
  });

  it('takes setup.py alone as computed when the package builds', async () => {
    const project = await load({
      'pyproject.toml': lines(
        '[build-system]',
        'requires = ["setuptools"]',
        'build-backend = "setuptools.build_meta"',
      ),
      'setup.py': lines('from setuptools import setup', 'setup(name="acme", version=VERSION)'),
    });
    expect(project.origin).toMatchObject({
      kind: 'computed',
      location: { file: 'setup.py', line: 2 },
    });
  });

  it('takes an in-tree backend that re-exports setuptools as setuptools (maturin)', async () => {
    const pyproject = (backendPath: string) =>
      lines(
        '[build-system]',
        'requires = ["setuptools", "setuptools-rust"]',
        `backend-path = ["${backendPath}"]`,
        'build-backend = "bootstrap"',
        '',
        '[project]',
        'name = "acme"',
        'dynamic = ["version"]',
      );
    const setupPy = lines('from setuptools import setup', 'setup(version=read_cargo_version())');
    for (const [backendPath, module] of [
      ['acme', 'acme/bootstrap.py'],
      ['./acme/', 'acme/bootstrap.py'],
      ['.', 'bootstrap.py'],
    ] as const) {
      const project = await load({
        'pyproject.toml': pyproject(backendPath),
        [module]: lines('"""Hooks."""', 'from setuptools.build_meta import *  # noqa'),
        'setup.py': setupPy,
      });
      expect(project.origin, backendPath).toMatchObject({
        kind: 'computed',
        backend: 'setuptools',
        location: { file: 'setup.py', line: 2 },
      });
    }
    // An in-tree backend of its own is not setuptools: the version stays unfound, as before.
    const own = await refusal({
      'pyproject.toml': pyproject('acme'),
      'acme/bootstrap.py': lines('def build_wheel(wheel_directory, config_settings=None): ...'),
      'setup.py': setupPy,
    });
    expect(own.message).toMatch(/the build backend bootstrap and a dynamic version/);
    // A backend-path that leaves the project is not followed.
    const outside = await refusal({
      'pyproject.toml': pyproject('../acme'),
      'setup.py': setupPy,
    });
    expect(outside.message).toMatch(/the build backend bootstrap and a dynamic version/);
  });
});

describe('the git tag as the version', () => {
  it('knows setuptools-scm from its table, from the build requirements, and pdm scm', async () => {
    for (const files of [
      { 'pyproject.toml': dynamic('setuptools.build_meta', '[tool.setuptools_scm]') },
      {
        'pyproject.toml': dynamic('setuptools.build_meta').replace(
          'requires = ["setuptools"]',
          'requires = ["setuptools>=64", "setuptools-scm>=8"]',
        ),
      },
      { 'pyproject.toml': dynamic('pdm.backend', '[tool.pdm.version]', 'source = "scm"') },
      { 'pyproject.toml': dynamic('hatchling.build', '[tool.hatch.version]', 'source = "vcs"') },
      { 'pyproject.toml': dynamic('setuptools.build_meta', '[tool.versioningit]') },
    ]) {
      expect((await load(files)).origin.kind).toBe('tag');
    }
  });

  it('knows poetry-dynamic-versioning, whose [tool.poetry] version is a placeholder', async () => {
    const project = await load({
      'pyproject.toml': lines(
        '[tool.poetry]',
        'name = "acme"',
        'version = "0.0.0"',
        '',
        '[tool.poetry-dynamic-versioning]',
        'enable = true',
      ),
    });
    expect(project.origin).toMatchObject({ kind: 'tag', backend: 'poetry-dynamic-versioning' });
  });

  it('reports a static version next to a hatch-vcs table as the conflict it is', async () => {
    const error = await refusal({
      'pyproject.toml': lines(
        '[project]',
        'name = "acme"',
        'version = "1.0.0"',
        '',
        '[tool.hatch.version]',
        'source = "vcs"',
      ),
    });
    expect(error.title).toBe('Conflicting version sources');
    expect(error.location).toEqual({ file: 'pyproject.toml', line: 6 });
    expect(error.message).toContain('hatch-vcs');
  });
});

describe('flit, pdm, maturin, meson-python, scikit-build-core', () => {
  it('flit: the module named by [tool.flit.module], else by the project name', async () => {
    const named = await load({
      'pyproject.toml': dynamic('flit_core.buildapi', '[tool.flit.module]', 'name = "acme_core"'),
      'src/acme_core/__init__.py': lines('"""Acme."""', "__version__ = '0.4.0'"),
    });
    expect(named.primary).toMatchObject({
      file: 'src/acme_core/__init__.py',
      line: 2,
      value: '0.4.0',
    });
    const byName = await load({
      'pyproject.toml': dynamic('flit_core.buildapi'),
      'acme_widgets.py': '__version__ = "0.5.0"\n',
    });
    expect(byName.primary).toMatchObject({ file: 'acme_widgets.py', value: '0.5.0' });
  });

  it('flit: a __version__ the package imports from its own module is read there', async () => {
    const relative = await load({
      'pyproject.toml': dynamic('flit_core.buildapi', '[tool.flit.module]', 'name = "acme"'),
      'acme/__init__.py': lines('"""Acme."""', 'from ._version import __version__', ''),
      'acme/_version.py': '__version__ = "1.4.0"\n',
    });
    expect(relative.primary).toMatchObject({
      file: 'acme/_version.py',
      line: 1,
      value: '1.4.0',
      label: 'acme/_version.py __version__ (acme/__init__.py imports it)',
    });
    const absolute = await load({
      'pyproject.toml': dynamic('flit_core.buildapi', '[tool.flit.module]', 'name = "acme"'),
      'src/acme/__init__.py': 'from acme.version import __version__ as __version__\n',
      'src/acme/version.py': 'VERSION = (2, 0, 1)\n__version__ = ".".join(map(str, VERSION))\n',
    });
    expect(absolute.primary).toMatchObject({ file: 'src/acme/version.py', value: '2.0.1' });
    // Another package's version is not this one's.
    await expect(
      load({
        'pyproject.toml': dynamic('flit_core.buildapi', '[tool.flit.module]', 'name = "acme"'),
        'acme/__init__.py': 'from other._version import __version__\n',
        'other/_version.py': '__version__ = "9.9.9"\n',
      }),
    ).rejects.toThrow(/has no __version__/);
  });

  it('pdm-backend: a file source, and a call source computed when the package builds', async () => {
    const file = await load({
      'pyproject.toml': dynamic(
        'pdm.backend',
        '[tool.pdm.version]',
        'source = "file"',
        'path = "acme/__init__.py"',
      ),
      'acme/__init__.py': '__version__ = "0.141.1"\n',
    });
    expect(file.primary).toMatchObject({ file: 'acme/__init__.py', value: '0.141.1' });
    const call = await load({
      'pyproject.toml': dynamic(
        'pdm.backend',
        '[tool.pdm.version]',
        'source = "call"',
        'getter = "acme.v:get"',
      ),
    });
    expect(call.origin.kind).toBe('computed');
  });

  it('maturin: Cargo.toml [package].version, written back as SemVer', async () => {
    const project = await load({
      'pyproject.toml': dynamic('maturin'),
      'Cargo.toml': lines(
        '[package]',
        'name = "acme"',
        'version = "1.2.0-beta.1"',
        '',
        '[dependencies]',
        'version_check = "0.9"',
      ),
    });
    expect(project.primary).toMatchObject({
      kind: 'cargo',
      spelling: 'semver',
      line: 3,
      column: 12,
      value: '1.2.0-beta.1',
    });
  });

  it('maturin: version.workspace = true resolved to the workspace root (a monorepo member)', async () => {
    const project = await load(
      {
        'Cargo.toml': lines(
          '[workspace]',
          'members = ["crates/*", "python"]',
          '',
          '[workspace.package]',
          'version = "0.54.4"',
        ),
        'python/pyproject.toml': dynamic('maturin'),
        'python/Cargo.toml': lines('[package]', 'name = "acme-py"', 'version.workspace = true'),
      },
      'python',
    );
    expect(project.primary).toMatchObject({ file: 'Cargo.toml', line: 5, value: '0.54.4' });
  });

  it('maturin: version.workspace = true with no workspace root is an error', async () => {
    const error = await refusal({
      'pyproject.toml': dynamic('maturin'),
      'Cargo.toml': lines('[package]', 'name = "acme"', 'version = { workspace = true }'),
    });
    expect(error.title).toBe('No workspace root');
    expect(error.location).toEqual({ file: 'Cargo.toml' });
  });

  it("meson-python: project(version: '…'), files('VERSION'), or computed", async () => {
    const literal = await load({
      'pyproject.toml': dynamic('mesonpy'),
      'meson.build': lines(
        'project(',
        "  'acme',",
        "  'c',",
        "  version: '2.5.2',",
        "  license: 'BSD-3-Clause',",
        ')',
      ),
    });
    expect(literal.primary).toMatchObject({ kind: 'meson', line: 4, column: 13, value: '2.5.2' });
    const fromFile = await load({
      'pyproject.toml': dynamic('mesonpy'),
      'meson.build': "project('acme', 'c', version: files('VERSION'))\n",
      VERSION: '2.6.0\n',
    });
    expect(fromFile.primary).toMatchObject({ file: 'VERSION', value: '2.6.0' });
    const computed = await load({
      'pyproject.toml': dynamic('mesonpy'),
      'meson.build': lines(
        "project('acme', 'c',",
        "  version: run_command('tools/version.py', check: true).stdout().strip())",
      ),
    });
    expect(computed.origin).toMatchObject({
      kind: 'computed',
      location: { file: 'meson.build', line: 2 },
    });
  });

  it('scikit-build-core: the regex provider with its default regex', async () => {
    const project = await load({
      'pyproject.toml': dynamic(
        'scikit_build_core.build',
        '[tool.scikit-build]',
        'metadata.version.provider = "scikit_build_core.metadata.regex"',
        'metadata.version.input = "src/acme/__init__.py"',
      ),
      'src/acme/__init__.py': '__version__: str = "0.11.0"\n',
    });
    expect(project.primary).toMatchObject({ kind: 'regex', line: 1, column: 21, value: '0.11.0' });
  });
});

describe('no version anywhere', () => {
  it('lists where pyrelease looked and which backend it saw, said once', async () => {
    const error = await refusal({
      'pyproject.toml': dynamic('flit_core.buildapi').replace(
        'name = "acme-widgets"',
        'name = "acme"',
      ),
      'acme/__init__.py': '"""No version."""\n',
    });
    expect(error.title).toBe('No version found');
    expect(error.message).not.toMatch(/No version found:? No version found/);
    expect(error.message).toContain('acme/__init__.py');
  });

  it('names the backend it saw when nothing is configured', async () => {
    const error = await refusal({ 'pyproject.toml': dynamic('hatchling.build') });
    expect(error.message).toContain('the build backend hatchling.build and a dynamic version');
    expect(error.message).toContain('looked in pyproject.toml [project].version');
    expect(error.location).toEqual({ file: 'pyproject.toml', line: 7 });
  });
});

describe('uv-dynamic-versioning', () => {
  it('takes the version from the tag, as hatch-vcs does', async () => {
    const project = await load({
      'pyproject.toml': dynamic(
        'hatchling.build',
        '[tool.hatch.version]',
        'source = "uv-dynamic-versioning"',
      ),
    });
    expect(project.origin.kind).toBe('tag');
    expect(project.primary).toBeUndefined();
    expect(project.notes.join('\n')).toContain('uv-dynamic-versioning');
  });
});

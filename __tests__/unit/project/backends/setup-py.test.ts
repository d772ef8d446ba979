// setup.py read as text: the file it reads its version from is the version source; a
// pyproject.toml without [project] leaves the name and version to setup.cfg and setup.py.
import { describe, expect, it } from 'vitest';
import { loadProject, type Project } from '../../../../src/project/project.js';
import { memoryReader } from '../../../helpers/memory.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

async function load(files: Record<string, string>): Promise<Project> {
  return loadProject(memoryReader(files), { dir: '', changelog: '', versionFiles: [] });
}

const INIT = lines('"""Widgets."""', '', "__version__ = '2.4.1'");

describe('setup.py that reads the version from another file', () => {
  it.each([
    [
      'a regex over open(…).read()',
      lines(
        'import re',
        'from setuptools import setup',
        `version = re.search(r"__version__ = '(.*)'", open('acme/__init__.py').read()).group(1)`,
        'setup(name="acme", version=version)',
      ),
    ],
    [
      'os.path.join pieces, exec into a dict',
      lines(
        'import os',
        'from setuptools import setup',
        'here = os.path.abspath(os.path.dirname(__file__))',
        'about = {}',
        "with open(os.path.join(here, 'acme', '__init__.py')) as f:",
        '    exec(f.read(), about)',
        "setup(name='acme', version=about['__version__'])",
      ),
    ],
    [
      'setup(**metadata) built by a helper',
      lines(
        'from setuptools import setup',
        "meta = read_meta('acme/__init__.py')",
        'setup(**meta)',
      ),
    ],
  ])('%s: the file and line are the source, compared and bumped', async (_name, setupPy) => {
    const project = await load({ 'setup.py': setupPy, 'acme/__init__.py': INIT });
    expect(project.origin).toEqual({ kind: 'file', backend: 'setuptools' });
    expect(project.primary).toEqual({
      kind: 'python',
      label: 'acme/__init__.py __version__ (setup.py reads it)',
      file: 'acme/__init__.py',
      line: 3,
      column: 16,
      value: '2.4.1',
    });
    // The package's __init__.py is that same file: it is one source, not two.
    expect(project.sources).toHaveLength(1);
    expect(project.notes.join('\n')).not.toContain('only known after the build');
  });

  it('reads the module setup.py imports __version__ from', async () => {
    const project = await load({
      'setup.py': lines(
        'from setuptools import setup',
        'from acme import __version__',
        '',
        "setup(name='acme', version=__version__)",
      ),
      'src/acme/__init__.py': INIT,
    });
    expect(project.primary).toMatchObject({
      file: 'src/acme/__init__.py',
      line: 3,
      value: '2.4.1',
    });
  });

  it('reads a version tuple in that file, and names the tuple', async () => {
    const project = await load({
      'setup.py': lines(
        "exec(open('acme/version.py').read())",
        "setup(name='acme', version=__version__)",
      ),
      'acme/version.py': lines('VERSION = (1, 4, 2)', "__version__ = '.'.join(map(str, VERSION))"),
    });
    expect(project.primary).toMatchObject({
      kind: 'tuple',
      label: 'acme/version.py VERSION (setup.py reads it)',
      line: 1,
      value: '1.4.2',
    });
  });

  it('says the version is only known after the build when the file computes it, naming that file', async () => {
    const project = await load({
      'setup.py': lines(
        "exec(open('acme/_version.py').read())",
        "setup(name='acme', version=__version__)",
      ),
      'acme/_version.py': lines(
        'import subprocess',
        '__version__ = subprocess.check_output(["git"])',
      ),
    });
    expect(project.origin).toMatchObject({
      kind: 'computed',
      location: { file: 'acme/_version.py', line: 2 },
    });
    expect(project.notes).toContain(
      'The version is only known after the build (setuptools: setup.py (line 1) reads __version__ from acme/_version.py, which computes it (line 2) when it runs); to change it, edit acme/_version.py (line 2). The release proves it on the built METADATA.',
    );
  });

  it('names setup.py and the line of version=… when nothing it reads states the version', async () => {
    const project = await load({
      'setup.py': lines(
        'from setuptools import setup',
        '',
        "setup(name='acme',",
        '      version=compute())',
      ),
    });
    expect(project.notes.join('\n')).toContain(
      'The version is only known after the build (setuptools: setup.py computes setup(version=…) (line 4) when it runs); to change it, edit setup.py (line 4).',
    );
  });
});

describe('a pyproject.toml without [project] beside setup.py and setup.cfg', () => {
  const TOOLS_ONLY = lines(
    '[build-system]',
    'requires = ["setuptools"]',
    'build-backend = "setuptools.build_meta"',
    '',
    '[tool.black]',
    'line-length = 100',
    '',
    '[tool.pytest.ini_options]',
    'addopts = "-q"',
  );

  it('takes the name from setup.cfg and the version from setup.py, and lists them as build files', async () => {
    const project = await load({
      'pyproject.toml': TOOLS_ONLY,
      'setup.cfg': lines('[metadata]', 'name = acme-widgets'),
      'setup.py': lines('from setuptools import setup', 'setup(version="0.9.0")'),
    });
    expect(project.name).toBe('acme-widgets');
    expect(project.legacySetuptools).toBe(false);
    expect(project.setupFiles).toEqual(['setup.py', 'setup.cfg']);
    expect(project.buildFiles).toEqual(['pyproject.toml', 'setup.py', 'setup.cfg']);
    expect(project.primary).toMatchObject({
      kind: 'setup-py',
      file: 'setup.py',
      line: 2,
      value: '0.9.0',
    });
    expect(project.notes[0]).toBe(
      'pyproject.toml has no [project] table: setup.py and setup.cfg describe the project (its name, and its version where they state one), as setuptools reads them; setup.py is read as text, never run.',
    );
  });

  it('lets setup()’s literal name win over setup.cfg, and the tag be the version with [tool.setuptools_scm]', async () => {
    const project = await load({
      'pyproject.toml': TOOLS_ONLY + '\n[tool.setuptools_scm]\n',
      'setup.cfg': lines('[metadata]', 'name = from-cfg'),
      'setup.py': lines(
        'import setuptools',
        'setuptools.setup(name="from-setup-py", use_scm_version=True)',
      ),
    });
    expect(project.name).toBe('from-setup-py');
    expect(project.origin).toMatchObject({ kind: 'tag', backend: 'setuptools-scm' });
  });

  it('keeps [project].name when there is one, and reads no setup files for it', async () => {
    const project = await load({
      'pyproject.toml': lines('[project]', 'name = "acme"', 'version = "1.0.0"'),
      'setup.cfg': lines('[metadata]', 'name = other'),
    });
    expect(project.name).toBe('acme');
    expect(project.setupFiles).toEqual([]);
    expect(project.buildFiles).toEqual(['pyproject.toml']);
  });
});

describe('setup() without a version', () => {
  it('is refused without pyproject.toml, where setuptools would build 0.0.0', async () => {
    await expect(
      load({ 'setup.py': 'from setuptools import setup\nsetup(name="acme")\n' }),
    ).rejects.toThrow(/setuptools would build version 0\.0\.0/);
  });

  it('is computed beside a pyproject.toml, whose build requirements may hold a plugin that sets it', async () => {
    const project = await load({
      'pyproject.toml': lines(
        '[build-system]',
        'requires = ["setuptools", "setuptools-git-versioning"]',
        '',
        '[project]',
        'name = "acme"',
        'dynamic = ["version"]',
      ),
      'setup.py': 'from setuptools import setup\nsetup()\n',
    });
    expect(project.origin).toMatchObject({
      kind: 'computed',
      location: { file: 'setup.py', line: 2 },
    });
  });
});

describe('setup(version=NAME) with the name assigned at the module level', () => {
  it('reads the assignment, names it, and takes setup(name=NAME) as the project name', async () => {
    const project = await load({
      'setup.py':
        "VERSION = '6.0.3'\nNAME = 'PyYAML'\n\nsetup(\n    name=NAME,\n    version=VERSION,\n)\n",
    });
    expect(project.name).toBe('PyYAML');
    expect(project.primary).toMatchObject({
      file: 'setup.py',
      line: 1,
      value: '6.0.3',
      label: 'setup.py VERSION (setup(version=VERSION))',
    });
  });
});

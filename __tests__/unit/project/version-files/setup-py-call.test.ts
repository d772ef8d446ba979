// setuptools projects without pyproject.toml (PEP 517's fallback): setup.py read as text, and
// loadProject reading their name and version from setup.cfg or setup().
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/errors.js';
import { loadProject, type ProjectOptions } from '../../../../src/project/project.js';
import { readSetupCall } from '../../../../src/project/version-files/setup-py-call.js';
import { memoryReader } from '../../../helpers/memory.js';

const DEFAULTS: ProjectOptions = { dir: '', changelog: 'none', versionFiles: [] };
const SETUP_ONLY = 'from setuptools import setup\n\nsetup()\n';
const PRE_COMMIT_CFG = [
  '[metadata]',
  'name = pre_commit',
  'version = 4.6.2',
  'description = Hooks.',
  '',
  '[options]',
  'packages = find:',
  '',
].join('\n');

function load(files: Record<string, string>, options: Partial<ProjectOptions> = {}) {
  return loadProject(memoryReader(files), { ...DEFAULTS, ...options });
}

async function failure(
  files: Record<string, string>,
  options: Partial<ProjectOptions> = {},
): Promise<UserError> {
  try {
    await load(files, options);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('loadProject succeeded');
}

describe('readSetupCall: the keywords of setup(), read as text', () => {
  it('reads setup(**kwargs) through the kwargs = dict(...) the file spells out (psutil)', () => {
    const source = [
      'def main():',
      '    kwargs = dict(',
      "        name='psutil',",
      '        version=VERSION,',
      '    )',
      '    setup(**kwargs)',
      '',
    ].join('\n');
    const call = readSetupCall(source)!;
    expect(call.keywords.get('name')?.literal).toMatchObject({ value: 'psutil', line: 3 });
    expect(call.keywords.get('version')?.name).toBe('VERSION');
    expect(call.unpacks).toBe(false);
    // A dict changed after it is made still hides keywords only running setup.py shows.
    const updated = readSetupCall(
      source.replace('    setup(', '    kwargs.update(extra)\n    setup('),
    )!;
    expect(updated.keywords.get('name')?.literal?.value).toBe('psutil');
    expect(updated.unpacks).toBe(true);
    expect(readSetupCall('setup(**kwargs)\n')!.unpacks).toBe(true);
  });

  it('finds literal keywords with their positions', () => {
    const call = readSetupCall(
      [
        'import setuptools',
        '',
        'setuptools.setup(',
        '    name="widgets",',
        "    version = '1.2.3',  # bumped by hand",
        '    install_requires=["a", "b"],',
        ')',
        '',
      ].join('\n'),
    )!;
    expect(call.line).toBe(3);
    expect(call.unpacks).toBe(false);
    expect(call.keywords.get('name')).toEqual({
      literal: { value: 'widgets', line: 4, column: 11 },
      line: 4,
    });
    expect(call.keywords.get('version')).toEqual({
      literal: { value: '1.2.3', line: 5, column: 16 },
      line: 5,
    });
    expect(call.keywords.get('install_requires')?.literal).toBeUndefined();
  });

  it('a value that is not one plain literal is computed', () => {
    const call = readSetupCall(
      [
        'from setuptools import setup',
        'VERSION = "1.0"',
        'setup(name=NAME, version="1." + MINOR, description=f"{x}",',
        '      long_description="""A',
        'b""", url="https://example.org")',
      ].join('\n'),
    )!;
    // A plain name is kept, for its module-level assignment to be read.
    expect(call.keywords.get('name')).toEqual({ literal: undefined, line: 3, name: 'NAME' });
    expect(call.keywords.get('version')).toEqual({ literal: undefined, line: 3 });
    expect(call.keywords.get('description')?.literal).toBeUndefined();
    expect(call.keywords.get('long_description')?.literal).toBeUndefined();
    expect(call.keywords.get('url')?.literal?.value).toBe('https://example.org');
  });

  it('only the call’s own keywords: not nested calls, strings, comments or a def setup', () => {
    const call = readSetupCall(
      [
        'def setup(version="0.0.1"):',
        '    pass',
        '# setup(version="9.9.9")',
        'text = "setup(version=\'8.8.8\')"',
        'from setuptools import setup as _setup',
        'setup = _setup',
        'setup(',
        '    extras_require=dict(version="7.7.7"),',
        '    **metadata,',
        ')',
      ].join('\n'),
    )!;
    expect(call.line).toBe(7);
    expect(call.keywords.has('version')).toBe(false);
    expect(call.keywords.has('extras_require')).toBe(true);
    expect(call.unpacks).toBe(true);
  });

  it('positions count without the BOM, lines end in CRLF', () => {
    const call = readSetupCall('\uFEFFfrom setuptools import setup\r\nsetup(version="2.0")\r\n')!;
    expect(call.keywords.get('version')?.literal).toEqual({ value: '2.0', line: 2, column: 16 });
  });

  it('a string that never closes is no literal', () => {
    const call = readSetupCall('from setuptools import setup\nsetup(version="1.0\n, name="x")\n')!;
    expect(call.keywords.get('version')?.literal).toBeUndefined();
  });

  it('a file that calls no setup()', () => {
    expect(readSetupCall('')).toBeUndefined();
    expect(readSetupCall('import setuptools_helpers\nsetuptools_helpers.run()\n')).toBeUndefined();
  });
});

describe('loadProject: a setuptools project without pyproject.toml', () => {
  it('setup.cfg [metadata] version and a setup.py that only calls setup() (pre-commit)', async () => {
    const project = await load({ 'setup.cfg': PRE_COMMIT_CFG, 'setup.py': SETUP_ONLY });
    expect(project.legacySetuptools).toBe(true);
    expect(project.buildFiles).toEqual(['setup.py', 'setup.cfg']);
    expect(project.name).toBe('pre_commit');
    expect(project.origin).toEqual({ kind: 'file', backend: 'setuptools' });
    expect(project.primary).toEqual({
      kind: 'setup-cfg',
      label: 'setup.cfg [metadata] version',
      file: 'setup.cfg',
      line: 3,
      column: 11,
      value: '4.6.2',
    });
    expect(project.notes[0]).toContain('No pyproject.toml: setup.py and setup.cfg describe');
  });

  it('in a subfolder, with the package __init__.py compared', async () => {
    const project = await load(
      {
        'py/setup.cfg': PRE_COMMIT_CFG,
        'py/setup.py': SETUP_ONLY,
        'py/pre_commit/__init__.py': '__version__ = "4.6.1"\n',
      },
      { dir: 'py' },
    );
    expect(project.pyprojectFile).toBe('py/pyproject.toml');
    expect(project.buildFiles).toEqual(['py/setup.py', 'py/setup.cfg']);
    expect(project.sources.map((s) => [s.file, s.line, s.value])).toEqual([
      ['py/setup.cfg', 3, '4.6.2'],
      ['py/pre_commit/__init__.py', 1, '4.6.1'],
    ]);
  });

  it('setup.cfg version = attr: and file:', async () => {
    const attr = await load({
      'setup.cfg': '[metadata]\nname = widgets\nversion = attr: widgets.__version__\n',
      'setup.py': SETUP_ONLY,
      'src/widgets/__init__.py': '__version__ = "3.0.0"\n',
    });
    expect(attr.primary).toMatchObject({ file: 'src/widgets/__init__.py', value: '3.0.0' });

    const file = await load({
      'setup.cfg': '[metadata]\nname = widgets\nversion = file: VERSION.txt\n',
      'setup.py': SETUP_ONLY,
      'VERSION.txt': '3.1.0\n',
    });
    expect(file.primary).toMatchObject({
      kind: 'text',
      file: 'VERSION.txt',
      line: 1,
      value: '3.1.0',
    });
  });

  it('a literal version and name in setup(): setup.py wins, setup.cfg is compared', async () => {
    const project = await load({
      'setup.py':
        'from setuptools import setup\nsetup(\n    name="widgets",\n    version="5.0.0",\n)\n',
      'setup.cfg': '[metadata]\nname = other\nversion = 4.9.0\n',
    });
    expect(project.name).toBe('widgets');
    expect(project.primary).toEqual({
      kind: 'setup-py',
      label: 'setup.py setup(version=…)',
      file: 'setup.py',
      line: 4,
      column: 14,
      value: '5.0.0',
    });
    expect(project.sources.map((s) => s.value)).toEqual(['5.0.0', '4.9.0']);
  });

  it('a setup.py alone', async () => {
    const project = await load({
      'setup.py': 'from setuptools import setup\nsetup(name="solo", version="0.3")\n',
    });
    expect(project.buildFiles).toEqual(['setup.py']);
    expect(project.name).toBe('solo');
    expect(project.primary?.value).toBe('0.3');
  });

  it('a version setup.py computes: known after the build, pointing at its line', async () => {
    const project = await load({
      'setup.py':
        'from setuptools import setup\nfrom about import VERSION\nsetup(\n  name="w",\n  version=VERSION,\n)\n',
      'setup.cfg': '[metadata]\nversion = 1.0\n',
    });
    expect(project.origin).toMatchObject({
      kind: 'computed',
      backend: 'setuptools',
      location: { file: 'setup.py', line: 5 },
    });
    expect(project.primary).toBeUndefined();

    const unpacked = await load({ 'setup.py': 'import setuptools\nsetuptools.setup(**META)\n' });
    expect(unpacked.origin).toMatchObject({
      kind: 'computed',
      location: { file: 'setup.py', line: 2 },
    });
    expect(unpacked.name).toBeUndefined();
  });

  it('use_scm_version: the tag is the version (setuptools-scm)', async () => {
    const project = await load({
      'setup.py': [
        'from setuptools import setup',
        'setup(',
        '    use_scm_version={"local_scheme": "no-local-version"},',
        '    setup_requires=["setuptools_scm"],',
        ')',
      ].join('\n'),
      'setup.cfg': '[metadata]\nname = scmwidgets\n',
    });
    expect(project.name).toBe('scmwidgets');
    expect(project.origin).toMatchObject({
      kind: 'tag',
      backend: 'setuptools-scm',
      location: { file: 'setup.py', line: 3 },
    });
    expect(project.sources).toEqual([]);
  });
});

describe('loadProject: what stops a project without pyproject.toml', () => {
  it('none of pyproject.toml, setup.cfg, setup.py', async () => {
    const error = await failure({}, { dir: 'python' });
    expect(error.title).toBe('pyproject.toml not found');
    expect(error.message).toBe(
      'No pyproject.toml in python. pyrelease releases projects described by pyproject.toml; set working-directory to the folder that holds it.',
    );
    expect(error.location).toEqual({ file: 'python/pyproject.toml' });
  });

  it('setup.cfg alone, which no frontend builds: says what to add', async () => {
    const error = await failure({ 'setup.cfg': PRE_COMMIT_CFG });
    expect(error.title).toBe('pyproject.toml not found');
    expect(error.message).toContain(
      'No pyproject.toml or setup.py in the repository root, only setup.cfg',
    );
    expect(error.message).toContain('Add a setup.py that calls setup()');
    expect(error.message).toContain('build-backend = "setuptools.build_meta"');
  });

  it('setup() without a version and setup.cfg without one', async () => {
    const error = await failure({
      'setup.py': SETUP_ONLY,
      'setup.cfg': '[metadata]\nname = widgets\n',
    });
    expect(error.title).toBe('No version found');
    expect(error.message).toContain(
      'setup.py calls setup() without a version, and setup.cfg has no [metadata] version',
    );
    expect(error.location).toEqual({ file: 'setup.cfg' });
  });
});

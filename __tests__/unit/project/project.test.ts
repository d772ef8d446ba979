import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { loadProject, type ProjectOptions } from '../../../src/project/project.js';
import { repoPath } from '../../../src/files/repo-path.js';
import { ROOT } from '../../helpers/action.js';
import { memoryReader } from '../../helpers/memory.js';

const INIT = 'src/hello_pyrelease/__init__.py';
const DEFAULTS: ProjectOptions = { dir: '', changelog: 'CHANGELOG.md', versionFiles: [] };

/** The example project's files, read from disk once and served from memory. */
function example(prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of ['pyproject.toml', INIT, 'CHANGELOG.md']) {
    files[repoPath(prefix, file)] = readFileSync(path.join(ROOT, 'example', file), 'utf8');
  }
  return files;
}

async function failure(
  files: Record<string, string>,
  options: Partial<ProjectOptions> = {},
): Promise<UserError> {
  try {
    await loadProject(memoryReader(files), { ...DEFAULTS, ...options });
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('loadProject succeeded');
}

const HATCH_DYNAMIC = [
  '[project]',
  'name = "hello-pyrelease"',
  'dynamic = ["version"]',
  '',
  '[tool.hatch.version]',
  'path = "src/hello_pyrelease/__about__.py"',
  '',
].join('\n');

describe('loadProject on the example project', () => {
  it('finds pyproject.toml as the primary source and the package __init__.py', async () => {
    const reader = memoryReader(example());
    const project = await loadProject(reader, DEFAULTS);
    expect(project.primary).toEqual({
      kind: 'pyproject',
      label: 'pyproject.toml [project].version',
      file: 'pyproject.toml',
      line: 7,
      column: 12,
      value: '0.1.15',
    });
    expect(project.sources).toEqual([
      project.primary,
      {
        kind: 'python',
        label: `${INIT} __version__`,
        file: INIT,
        line: 3,
        column: 16,
        value: '0.1.15',
      },
    ]);
    expect(project).toMatchObject({
      dir: '',
      pyprojectFile: 'pyproject.toml',
      name: 'hello-pyrelease',
      notes: [],
    });
    expect(project.changelog?.file).toBe('CHANGELOG.md');
    expect(project.changelog?.parsed.releases.map((r) => r.version)).toEqual(['0.1.15', '0.1.14']);
    expect(reader.requested).toEqual(['pyproject.toml', INIT, 'uv.lock', 'CHANGELOG.md']);
  });

  it('reports paths from the repository root for a project in a subdirectory', async () => {
    const project = await loadProject(memoryReader(example('python/pkg')), {
      ...DEFAULTS,
      dir: 'python/pkg',
    });
    expect(project.pyprojectFile).toBe('python/pkg/pyproject.toml');
    expect(project.sources.map((s) => `${s.file}:${s.line}`)).toEqual([
      'python/pkg/pyproject.toml:7',
      `python/pkg/${INIT}:3`,
    ]);
    expect(project.changelog?.file).toBe('python/pkg/CHANGELOG.md');
  });

  it('reads CRLF files with a BOM at the same positions', async () => {
    const files = example();
    for (const [file, text] of Object.entries(files)) {
      files[file] = '\uFEFF' + text.replace(/\n/g, '\r\n');
    }
    const project = await loadProject(memoryReader(files), DEFAULTS);
    expect(project.sources.map((s) => [s.file, s.line, s.column, s.value])).toEqual([
      ['pyproject.toml', 7, 12, '0.1.15'],
      [INIT, 3, 16, '0.1.15'],
    ]);
    expect(project.changelog?.parsed.releases[0]?.line).toBe(12);
  });

  it("adds the project's own uv.lock entry as a source", async () => {
    const files = example();
    files['uv.lock'] = [
      'version = 1',
      '',
      '[[package]]',
      'name = "hello-pyrelease"',
      'version = "0.1.14"',
      'source = { editable = "." }',
      '',
    ].join('\n');
    const project = await loadProject(memoryReader(files), DEFAULTS);
    expect(project.sources.at(-1)).toEqual({
      kind: 'uv-lock',
      label: 'uv.lock (this project)',
      file: 'uv.lock',
      line: 5,
      column: 12,
      value: '0.1.14',
    });
  });

  it("finds a uv workspace member's entry in the root uv.lock above its folder", async () => {
    const files = example('packages/hello');
    files['uv.lock'] = [
      'version = 1',
      '',
      '[manifest]',
      'members = ["hello-pyrelease", "other"]',
      '',
      '[[package]]',
      'name = "hello-pyrelease"',
      'version = "0.1.14"',
      'source = { editable = "packages/hello" }',
      '',
      '[[package]]',
      'name = "other"',
      'version = "3.0.0"',
      'source = { editable = "packages/other" }',
      '',
    ].join('\n');
    const reader = memoryReader(files);
    const project = await loadProject(reader, { ...DEFAULTS, dir: 'packages/hello' });
    expect(project.sources.at(-1)).toEqual({
      kind: 'uv-lock',
      label: 'uv.lock (workspace member hello-pyrelease)',
      file: 'uv.lock',
      line: 8,
      column: 12,
      value: '0.1.14',
    });
    // The nearest lock wins: the member's folder first, then each folder above it.
    expect(reader.requested.filter((file) => file.endsWith('uv.lock'))).toEqual([
      'packages/hello/uv.lock',
      'packages/uv.lock',
      'uv.lock',
    ]);
  });

  it('takes no entry from a root uv.lock that locks another folder under the name', async () => {
    const files = example('packages/hello');
    files['uv.lock'] = [
      '[[package]]',
      'name = "hello-pyrelease"',
      'version = "0.1.14"',
      'source = { editable = "packages/old-hello" }',
      '',
    ].join('\n');
    const project = await loadProject(memoryReader(files), { ...DEFAULTS, dir: 'packages/hello' });
    expect(project.sources.some((source) => source.kind === 'uv-lock')).toBe(false);
  });

  it('reads no changelog with changelog: none', async () => {
    const reader = memoryReader(example());
    const project = await loadProject(reader, { ...DEFAULTS, changelog: 'none' });
    expect(project.changelog).toBeUndefined();
    expect(reader.requested).not.toContain('CHANGELOG.md');
  });
});

describe('loadProject: where the version lives', () => {
  it('follows dynamic = ["version"] to the hatch version path', async () => {
    const project = await loadProject(
      memoryReader({
        'pyproject.toml': HATCH_DYNAMIC,
        'src/hello_pyrelease/__about__.py': '# About\n__version__ = "1.2.0"\n',
        [INIT]: 'from .__about__ import __version__\n',
      }),
      { ...DEFAULTS, changelog: 'none' },
    );
    expect(project.primary).toEqual({
      kind: 'python',
      label: 'src/hello_pyrelease/__about__.py (hatch version path)',
      file: 'src/hello_pyrelease/__about__.py',
      line: 2,
      column: 16,
      value: '1.2.0',
    });
    expect(project.sources).toHaveLength(1);
  });

  it('reads a hatch version path that is the package __init__.py only once', async () => {
    const project = await loadProject(
      memoryReader({
        'pyproject.toml': HATCH_DYNAMIC.replace('__about__.py', '__init__.py'),
        [INIT]: '__version__ = "1.2.0"\n',
      }),
      { ...DEFAULTS, changelog: 'none' },
    );
    expect(project.sources.map((s) => s.label)).toEqual([`${INIT} (hatch version path)`]);
  });

  it('refuses a hatch version path that does not exist', async () => {
    const error = await failure({ 'pyproject.toml': HATCH_DYNAMIC }, { changelog: 'none' });
    expect(error.title).toBe('Version file not found');
    expect(error.message).toContain('src/hello_pyrelease/__about__.py');
    expect(error.location).toEqual({ file: 'pyproject.toml', line: 6 });
  });

  it('refuses a hatch version path without a literal version, at the computed line', async () => {
    const error = await failure(
      {
        'pyproject.toml': HATCH_DYNAMIC,
        'src/hello_pyrelease/__about__.py': 'import os\n__version__ = os.environ["V"]\n',
      },
      { changelog: 'none' },
    );
    expect(error.title).toBe('No version found');
    expect(error.location).toEqual({ file: 'src/hello_pyrelease/__about__.py', line: 2 });
  });

  it('notes a vcs version source and compares the files that state a version', async () => {
    const project = await loadProject(
      memoryReader({
        'pyproject.toml': HATCH_DYNAMIC.replace(
          'path = "src/hello_pyrelease/__about__.py"',
          'source = "vcs"',
        ),
        [INIT]: '__version__ = "1.2.0"\n',
      }),
      { ...DEFAULTS, changelog: 'none' },
    );
    expect(project.notes).toEqual([
      'The version comes from the git tag (hatch-vcs: [tool.hatch.version] source = "vcs"); the tag is checked as the version, and the release proves it on the built METADATA.',
    ]);
    expect(project.origin).toMatchObject({ kind: 'tag', backend: 'hatch-vcs' });
    expect(project.primary).toBeUndefined();
    expect(project.sources).toMatchObject([{ file: INIT, value: '1.2.0' }]);
  });

  it('reads a Poetry project with a flat layout', async () => {
    const project = await loadProject(
      memoryReader({
        'pyproject.toml': '[tool.poetry]\nname = "poetry-demo"\nversion = "0.3.0"\n',
        'poetry_demo/__init__.py': "__version__ = '0.3.0'\n",
      }),
      { ...DEFAULTS, changelog: 'none' },
    );
    expect(project.sources.map((s) => [s.label, s.line, s.column])).toEqual([
      ['pyproject.toml [tool.poetry].version', 3, 12],
      ['poetry_demo/__init__.py __version__', 1, 16],
    ]);
  });

  it('notes an __init__.py that computes its version, and does not compare it', async () => {
    for (const init of [
      'import importlib.metadata\n__version__ = importlib.metadata.version("hello-pyrelease")\n',
      'try:\n    __version__ = version("x")\nexcept Exception:\n    __version__ = "0.0.0"\n',
    ]) {
      const files = { ...example(), [INIT]: init };
      const project = await loadProject(memoryReader(files), DEFAULTS);
      expect(project.sources.map((s) => s.kind)).toEqual(['pyproject']);
      expect(project.notes).toEqual([
        `${INIT} computes __version__ at run time; it is checked in the wheel test instead.`,
      ]);
    }
  });

  it('adds version-files, and refuses ones that are missing or hold no version', async () => {
    const files = { ...example(), 'docs/conf.py': 'release = "x"\n__version__ = "0.1.15"\n' };
    const project = await loadProject(memoryReader(files), {
      ...DEFAULTS,
      versionFiles: ['docs/conf.py', './src/hello_pyrelease/__init__.py'],
    });
    expect(project.sources.map((s) => `${s.label}@${s.line}`)).toEqual([
      'pyproject.toml [project].version@7',
      `${INIT} __version__@3`,
      'docs/conf.py __version__@2',
    ]);

    const missing = await failure(example(), { versionFiles: ['docs/conf.py'] });
    expect(missing.title).toBe('Version file not found');
    expect(missing.location).toEqual({ file: 'docs/conf.py' });

    const empty = await failure(
      { ...example(), 'docs/conf.py': 'release = "x"\n' },
      { versionFiles: ['docs/conf.py'] },
    );
    expect(empty.title).toBe('No version found');
    expect(empty.message).toContain('docs/conf.py has no `__version__ = "X.Y.Z"` assignment');
    expect(empty.location).toEqual({ file: 'docs/conf.py', line: undefined });
  });
});

describe('loadProject: what stops it', () => {
  it('no pyproject.toml', async () => {
    const error = await failure({}, { dir: 'python' });
    expect(error.title).toBe('pyproject.toml not found');
    expect(error.message).toContain('No pyproject.toml in python');
    expect(error.location).toEqual({ file: 'python/pyproject.toml' });
  });

  it('no version anywhere', async () => {
    const error = await failure(
      { 'pyproject.toml': '[project]\nname = "x"\n' },
      { changelog: 'none' },
    );
    expect(error.title).toBe('No version found');
    expect(error.message).toContain('looked in pyproject.toml [project].version');
    expect(error.location).toEqual({ file: 'pyproject.toml', line: 1 });
  });

  it('a missing changelog', async () => {
    const files = example();
    delete files['CHANGELOG.md'];
    const error = await failure(files, { changelog: 'docs/CHANGES.md' });
    expect(error.title).toBe('Changelog not found');
    expect(error.location).toEqual({ file: 'docs/CHANGES.md' });
    expect(error.message).toContain('changelog: none');
  });

  it('two different __version__ values in the package', async () => {
    const files = { ...example(), [INIT]: '__version__ = "0.1.15"\n__version__ = "0.1.16"\n' };
    const error = await failure(files);
    expect(error.title).toBe('Conflicting __version__');
    expect(error.location).toEqual({ file: INIT, line: 2, column: 16 });
  });
});

describe('repoPath', () => {
  it('joins and normalises repository-relative paths', () => {
    expect(repoPath('', 'pyproject.toml')).toBe('pyproject.toml');
    expect(repoPath('python/pkg', './src//a.py')).toBe('python/pkg/src/a.py');
    expect(repoPath('python/pkg', '../CHANGELOG.md')).toBe('python/CHANGELOG.md');
    // A climb above the root is kept, for the reader to refuse (it named another file before).
    expect(repoPath('a', '../../b')).toBe('../b');
  });
});

describe('the version of a release tag, judged with the project name', () => {
  it('is asked with the name once the build files are read, and reads nothing twice', async () => {
    const reader = memoryReader(example());
    const asked: (string | undefined)[] = [];
    const project = await loadProject(reader, {
      ...DEFAULTS,
      version: (name) => {
        asked.push(name);
        expect(reader.requested).not.toContain('CHANGELOG.md');
        return '0.1.15';
      },
    });
    expect(asked).toEqual(['hello-pyrelease']);
    expect(project.changelog?.file).toBe('CHANGELOG.md');
    expect(new Set(reader.requested).size).toBe(reader.requested.length);
  });

  it('stops the load when the tag is refused, before the changelog is read', async () => {
    const reader = memoryReader(example());
    const refusal = new UserError('not a version tag', 'Not a version tag');
    await expect(
      loadProject(reader, {
        ...DEFAULTS,
        version: () => {
          throw refusal;
        },
      }),
    ).rejects.toBe(refusal);
    expect(reader.requested).toContain('pyproject.toml');
    expect(reader.requested).not.toContain('CHANGELOG.md');
    expect(reader.requested).not.toContain(INIT);
  });
});

// Projects whose import name is not their distribution name, and a version computed from git,
// built by real backends (Debian's flit_core, setuptools, setuptools-scm), inspected, and their
// wheels installed into fresh virtual environments and imported.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectDist } from '../../src/artifacts/inspect.js';
import { UserError } from '../../src/errors.js';
import { testWheel } from '../../src/artifacts/wheel-test.js';
import { zipMembers } from '../helpers/archives.js';
import { gitIn } from '../helpers/repo.js';

const PYTHON = '/usr/bin/python3';

let scratch: string;

async function writeProject(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

/** Builds `project` with python -m build into a fresh folder and returns that folder. */
function build(project: string): string {
  const outdir = `${project}-dist`;
  execFileSync(
    PYTHON,
    ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', outdir, project],
    { stdio: 'pipe' },
  );
  return outdir;
}

async function wheelIn(dist: string): Promise<string> {
  const wheels = (await readdir(dist)).filter((name) => name.endsWith('.whl'));
  expect(wheels).toHaveLength(1);
  return path.join(dist, wheels[0]!);
}

function wheelTest(wheel: string, projectName: string, importNames: string[], version: string) {
  return testWheel({
    builder: 'build',
    python: PYTHON,
    uvPath: undefined,
    wheel,
    projectName,
    importNames,
    version,
    smokeTest: '',
  });
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'pyrelease-wheel-names-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe.skipIf(!existsSync(PYTHON))('import names from real wheels', () => {
  it('flit: the distribution greeting_tools ships the module greet', async () => {
    const project = path.join(scratch, 'flit');
    await writeProject(project, {
      'pyproject.toml': [
        '[build-system]',
        'requires = ["flit_core >=3.2,<4"]',
        'build-backend = "flit_core.buildapi"',
        '',
        '[project]',
        // flit_core 3.8 keeps a dash in the sdist's name; newer ones normalise it.
        'name = "greeting_tools"',
        'readme = "README.md"',
        'dynamic = ["version", "description"]',
        '',
        '[tool.flit.module]',
        'name = "greet"',
        '',
      ].join('\n'),
      'README.md': '# greeting-tools\n',
      'greet/__init__.py':
        '"""Greetings."""\n__version__ = "0.3.0"\n\ndef hello():\n    return "hello"\n',
    });
    const dist = build(project);
    const found = await inspectDist({
      distDir: dist,
      projectName: 'greeting_tools',
      version: '0.3.0',
      expectLicense: false,
      readme: 'README.md',
    });
    expect(found.problems).toEqual([]);
    expect(found.importNames).toEqual(['greet']);
    expect(found.version).toBe('0.3.0');

    // The name the project is called by is refused with what the wheel holds instead.
    const guessed = await inspectDist({
      distDir: dist,
      projectName: 'greeting_tools',
      version: '0.3.0',
      importName: 'greeting_tools',
      expectLicense: false,
      readme: 'README.md',
    });
    expect(guessed.problems).toEqual([
      {
        title: 'Missing package in wheel',
        message: expect.stringMatching(
          /^greeting_tools-0\.3\.0-py[^ ]+\.whl has no greeting_tools, the import-name input .*; it holds greet\. Set import-name/,
        ),
      },
    ]);

    const tested = await wheelTest(await wheelIn(dist), 'greeting_tools', ['greet'], '0.3.0');
    expect(tested.installedVersion).toBe('0.3.0');
    expect(tested.imported).toEqual([
      {
        name: 'greet',
        file: expect.stringMatching(/\/site-packages\/greet\/__init__\.py$/),
        version: '0.3.0',
      },
    ]);
    // The wheel test imports for real: a name the wheel lacks fails there too.
    const error = await wheelTest(
      await wheelIn(dist),
      'greeting_tools',
      ['greet', 'greeting_tools'],
      '0.3.0',
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(
      /^import greeting_tools failed in the fresh environment:\n[^]*ModuleNotFoundError: No module named 'greeting_tools'/,
    );
  });

  it('setuptools: the distribution acme_toolkit ships the namespace package acme.tools', async () => {
    const project = path.join(scratch, 'namespace');
    await writeProject(project, {
      'pyproject.toml': [
        '[build-system]',
        'requires = ["setuptools>=61"]',
        'build-backend = "setuptools.build_meta"',
        '',
        '[project]',
        'name = "acme_toolkit"',
        'version = "2.0.0"',
        'readme = "README.md"',
        '',
        '[tool.setuptools.packages.find]',
        'where = ["src"]',
        '',
      ].join('\n'),
      'README.md': '# acme toolkit\n',
      LICENSE: 'MIT\n',
      'src/acme/tools/__init__.py': '__version__ = "2.0.0"\n',
      'src/acme/tools/cli.py': 'def main():\n    return 0\n',
    });
    const dist = build(project);
    const options = {
      distDir: dist,
      projectName: 'acme_toolkit',
      version: '2.0.0',
      expectLicense: true,
      readme: 'README.md',
    };
    // setuptools lists the namespace folder in top_level.txt; the import is the package inside.
    const topLevel = (await zipMembers(await wheelIn(dist))).find((entry) =>
      entry.name.endsWith('.dist-info/top_level.txt'),
    );
    expect(topLevel!.content.toString('utf8').trim()).toBe('acme');
    const found = await inspectDist(options);
    expect(found.problems).toEqual([]);
    expect(found.importNames).toEqual(['acme.tools']);
    const named = await inspectDist({ ...options, importName: 'acme.tools' });
    expect([named.problems, named.importNames]).toEqual([[], ['acme.tools']]);

    const tested = await wheelTest(await wheelIn(dist), 'acme_toolkit', ['acme.tools'], '2.0.0');
    expect(tested.imported).toEqual([
      {
        name: 'acme.tools',
        file: expect.stringMatching(/\/site-packages\/acme\/tools\/__init__\.py$/),
        version: '2.0.0',
      },
    ]);
  });
});

describe.skipIf(!existsSync(PYTHON))('a version computed from git by setuptools-scm', () => {
  let repo: string;

  beforeAll(async () => {
    repo = path.join(scratch, 'scm');
    await writeProject(repo, {
      'pyproject.toml': [
        '[build-system]',
        'requires = ["setuptools>=61", "setuptools-scm>=7"]',
        'build-backend = "setuptools.build_meta"',
        '',
        '[project]',
        'name = "scm_demo"',
        'dynamic = ["version"]',
        'readme = "README.md"',
        '',
        '[tool.setuptools_scm]',
        '',
      ].join('\n'),
      'README.md': '# scm demo\n',
      'src/scmdemo/__init__.py':
        'from importlib.metadata import version\n\n__version__ = version("scm_demo")\n',
    });
    gitIn(repo, 'init', '--quiet', '--initial-branch=main');
    gitIn(repo, 'add', '-A');
    gitIn(repo, 'commit', '--quiet', '-m', 'scm demo');
    gitIn(repo, 'tag', '-a', 'v1.2.3', '-m', 'v1.2.3');
  });

  it('explains a build from a tree with changed tracked files, and still tests that wheel', async () => {
    await writeFile(path.join(repo, 'README.md'), '# scm demo\n\nEdited before the build.\n');
    const dist = build(repo);
    gitIn(repo, 'checkout', '--quiet', '--', 'README.md');
    const options = {
      distDir: dist,
      projectName: 'scm_demo',
      expectLicense: false,
      readme: 'README.md',
    };

    const found = await inspectDist({ ...options, version: '1.2.3' });
    expect(found.version).toMatch(/^1\.2\.4\.dev0\+g[0-9a-f]{7,}\.d\d{8}$/);
    expect(found.problems.map((problem) => problem.title)).toEqual([
      'Wrong sdist file name',
      'Wrong version in metadata',
      'Wrong wheel file name',
      'Wrong version in metadata',
    ]);
    const metadata = found.problems.find((problem) => problem.message.includes('METADATA says'));
    expect(metadata?.message).toContain(
      `METADATA says Version: ${found.version}; expected 1.2.3, the version being released. ${found.version} was computed from git by the build`,
    );
    expect(metadata?.message).toContain('tracked files had uncommitted changes');
    expect(found.problems[2]!.message).toContain('the metadata problem says why');

    // A dry run with no version to expect: the archives agree, and that version is tested.
    const dryRun = await inspectDist({ ...options, version: undefined });
    expect(dryRun.problems).toEqual([]);
    expect(dryRun.version).toBe(found.version);
    expect(dryRun.importNames).toEqual(['scmdemo']);
    const tested = await wheelTest(
      await wheelIn(dist),
      'scm_demo',
      [...dryRun.importNames],
      dryRun.version!,
    );
    expect(tested.imported).toEqual([
      { name: 'scmdemo', file: expect.any(String), version: dryRun.version },
    ]);
  });

  it('explains a build from a shallow clone without tags, as actions/checkout makes by default', async () => {
    const clone = path.join(scratch, 'scm-shallow');
    await mkdir(clone);
    gitIn(clone, 'init', '--quiet');
    gitIn(clone, 'fetch', '--quiet', '--depth=1', '--no-tags', `file://${repo}`, 'main');
    gitIn(clone, 'checkout', '--quiet', 'FETCH_HEAD');
    expect(gitIn(clone, 'tag', '--list')).toBe('');
    const found = await inspectDist({
      distDir: build(clone),
      projectName: 'scm_demo',
      version: '1.2.3',
      expectLicense: false,
      readme: 'README.md',
    });
    expect(found.version).toMatch(/^0\.1\.dev1\+g[0-9a-f]{7,}$/);
    const metadata = found.problems.find((problem) => problem.message.includes('METADATA says'));
    expect(metadata?.message).toContain('the build saw no tag at all');
    expect(metadata?.message).toContain('`fetch-depth: 0`');
  });
});

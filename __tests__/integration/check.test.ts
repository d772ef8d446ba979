// The version check as a runner runs it: bundled dist/index.js, real git, event payload files.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

const INIT = 'src/hello_pyrelease/__init__.py';

function pullRequest(repo: TestRepo, baseSha: string) {
  return {
    workspace: repo.dir,
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    payload: { pull_request: { number: 7, base: { ref: 'main', sha: baseSha } } },
  };
}

async function branchOff(repo: TestRepo) {
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '--quiet', '-b', 'feature');
  return base;
}

describe('pull request check', () => {
  it('passes when every version agrees and reports the table and outputs', async () => {
    const repo = await makeRepo();
    const base = await branchOff(repo);
    await repo.edit('CHANGELOG.md', '## [Unreleased]\n', '## [Unreleased]\n\n- Another change.\n');
    repo.commitAll('Change');
    const run = await runAction(pullRequest(repo, base));
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(run.outputs).toEqual({
      version: '0.1.15',
      pep440: '0.1.15',
      prerelease: 'false',
      tag: 'v0.1.15',
    });
    expect(run.summary).toContain('Version check: ✓ passed');
    expect(run.summary).toMatch(
      /pyproject\.toml \[project\]\.version<\/td><td><code>0\.1\.15<\/code><\/td><td>pyproject\.toml:7<\/td><td>✓/,
    );
    expect(run.summary).toContain(`${INIT}:3`);
    expect(run.summary).toContain('base branch main');
  });

  it('annotates each disagreeing value on its exact file and line', async () => {
    const repo = await makeRepo();
    const base = await branchOff(repo);
    await repo.edit(INIT, '__version__ = "0.1.15"', '__version__ = "0.1.14"');
    repo.commitAll('Wrong version');
    const run = await runAction(pullRequest(repo, base));
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter(
      (a) => a.level === 'error' && a.properties.title === 'Version mismatch',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.properties).toMatchObject({ file: INIT, line: '3', col: '16' });
    expect(errors[0]!.message).toContain('0.1.14');
    expect(errors[0]!.message).toContain('0.1.15');
    expect(run.summary).toContain('Version check: ✗ failed');
    expect(run.summary).toMatch(
      /<code>0\.1\.14<\/code><\/td><td>src\/hello_pyrelease\/__init__\.py:3<\/td><td>✗/,
    );
  });

  it('reports paths from the repository root when working-directory is set', async () => {
    const repo = await makeRepo(undefined, 'python/pkg');
    const base = await branchOff(repo);
    await repo.edit(`python/pkg/${INIT}`, '"0.1.15"', '"0.1.16"');
    repo.commitAll('Wrong version');
    const run = await runAction({
      ...pullRequest(repo, base),
      inputs: { 'working-directory': 'python/pkg' },
    });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.properties.title === 'Version mismatch');
    expect(error?.properties.file).toBe(`python/pkg/${INIT}`);
  });

  it('requires a new version to be greater than the base branch version', async () => {
    const repo = await makeRepo();
    const base = await branchOff(repo);
    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "0.1.14"');
    await repo.edit(INIT, '"0.1.15"', '"0.1.14"');
    repo.commitAll('Go back');
    const run = await runAction(pullRequest(repo, base));
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.properties.title === 'Version goes backwards');
    expect(error?.properties).toMatchObject({ file: 'pyproject.toml', line: '7' });
    expect(error?.message).toContain('0.1.15 on main');
  });

  it('requires a changelog section for a new version', async () => {
    const repo = await makeRepo();
    const base = await branchOff(repo);
    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "0.2.0rc1"');
    await repo.edit(INIT, '"0.1.15"', '"0.2.0-rc.1"');
    repo.commitAll('Bump');
    const run = await runAction(pullRequest(repo, base));
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find(
      (a) => a.properties.title === 'Changelog has no section for this version',
    );
    expect(error?.properties).toMatchObject({ file: 'CHANGELOG.md', line: '7' });
    expect(run.annotations.some((a) => a.properties.title === 'Version mismatch')).toBe(false);
    expect(run.outputs).toEqual({});

    await repo.edit(
      'CHANGELOG.md',
      '## [Unreleased]',
      '## [Unreleased]\n\n## [0.2.0rc1] - 2025-11-01',
    );
    repo.commitAll('Changelog');
    const fixed = await runAction(pullRequest(repo, base));
    expect(fixed.exitCode).toBe(0);
    expect(fixed.outputs).toEqual({
      version: '0.2.0rc1',
      pep440: '0.2.0rc1',
      prerelease: 'true',
      tag: 'v0.2.0rc1',
    });
  });

  it('warns when a change to the package has no entry, and fails when an entry is required', async () => {
    const repo = await makeRepo();
    await repo.edit('CHANGELOG.md', /## \[Unreleased\]\n\n### Added\n- .*\n/, '## [Unreleased]\n');
    repo.commitAll('Release');
    const base = await branchOff(repo);
    await mkdir(path.join(repo.dir, 'docs'));
    await mkdir(path.join(repo.dir, 'tests'));
    await repo.write('docs/usage.md', '# Usage\n');
    await repo.write('tests/test_usage.py', 'def test(): pass\n');
    repo.commitAll('Docs and tests alone');
    const housekeeping = await runAction(pullRequest(repo, base));
    expect(housekeeping.exitCode).toBe(0);
    expect(housekeeping.annotations.filter((a) => a.level !== 'notice')).toEqual([]);

    await repo.write('src/hello_pyrelease/extra.py', 'VALUE = 1\n');
    repo.commitAll('Change without entry');
    const lenient = await runAction(pullRequest(repo, base));
    expect(lenient.exitCode).toBe(0);
    const warning = lenient.annotations.find((a) => a.properties.title === 'No changelog entry');
    expect(warning).toMatchObject({
      level: 'warning',
      properties: { file: 'CHANGELOG.md', line: '7' },
    });
    expect(warning?.message).toContain('changes the package but not CHANGELOG.md');
    const strict = await runAction({
      ...pullRequest(repo, base),
      inputs: { 'changelog-entry': 'required' },
    });
    expect(strict.exitCode).toBe(1);
    expect(strict.annotations.find((a) => a.properties.title === 'No changelog entry')?.level).toBe(
      'error',
    );

    await repo.edit('CHANGELOG.md', '## [Unreleased]\n', '## [Unreleased]\n\n- Extra module.\n');
    repo.commitAll('Entry');
    const described = await runAction(pullRequest(repo, base));
    expect(described.exitCode).toBe(0);
    expect(described.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  });

  it('finds a renamed changelog, and checks none with changelog: none', async () => {
    const repo = await makeRepo();
    await rename(path.join(repo.dir, 'CHANGELOG.md'), path.join(repo.dir, 'HISTORY.txt'));
    const found = await runAction({ workspace: repo.dir });
    expect(found.exitCode).toBe(0);
    expect(found.summary).toContain('HISTORY.txt heading');
    const missing = await runAction({ workspace: repo.dir, inputs: { changelog: 'CHANGELOG.md' } });
    expect(missing.exitCode).toBe(1);
    expect(missing.annotations[0]?.properties.title).toBe('Changelog not found');
    const off = await runAction({ workspace: repo.dir, inputs: { changelog: 'none' } });
    expect(off.exitCode).toBe(0);
    expect(off.summary).not.toContain('HISTORY.txt');
  });
});

describe('tag check', () => {
  it('compares the tag by PEP 440 meaning', async () => {
    const repo = await makeRepo();
    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "0.2.0rc1"');
    await repo.edit(INIT, '"0.1.15"', '"0.2.0rc1"');
    await repo.edit(
      'CHANGELOG.md',
      '## [Unreleased]',
      '## [Unreleased]\n\n## [0.2.0-rc.1] - 2025-11-01',
    );
    repo.commitAll('Release candidate');
    repo.git('tag', '-a', 'v0.2.0-rc.1', '-m', 'Release 0.2.0-rc.1');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v0.2.0-rc.1',
      inputs: { mode: 'check' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(run.outputs).toMatchObject({
      tag: 'v0.2.0-rc.1',
      pep440: '0.2.0rc1',
      prerelease: 'true',
      version: '0.2.0rc1',
    });
  });

  it('takes a changelog three releases behind the tags for one no longer kept, and asks no section of it', async () => {
    const repo = await makeRepo();
    await repo.edit('CHANGELOG.md', /## \[Unreleased\]\n\n### Added\n- .*\n\n/, '');
    for (const version of ['0.1.16', '0.1.17', '0.1.18', '0.1.19']) {
      await repo.edit('pyproject.toml', /version = "[^"]+"/, `version = "${version}"`);
      await repo.edit(INIT, /"0\.1\.\d+"/, `"${version}"`);
      repo.commitAll(`Release ${version}`);
      repo.git('tag', '-a', `v${version}`, '-m', version);
    }
    repo.git('push', '--quiet', 'origin', 'main', '--tags');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v0.1.19',
      inputs: { mode: 'check' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const notice = run.annotations.find((a) => a.properties.title === 'Changelog no longer kept');
    expect(notice?.properties).toMatchObject({ file: 'CHANGELOG.md' });
    expect(notice?.message).toContain('stops at 0.1.15');
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  });

  it('fails when a file disagrees with the tag, and says nothing of the tag being lightweight', async () => {
    const repo = await makeRepo();
    repo.git('tag', 'v0.1.16');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v0.1.16',
      inputs: { mode: 'check' },
    });
    expect(run.exitCode).toBe(1);
    const files = run.annotations
      .filter((a) => a.properties.title === 'Version mismatch')
      .map((a) => a.properties.file);
    expect(files.sort()).toEqual(['pyproject.toml', INIT]);
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  for (const tag of ['latest', 'v1.0.0;touch x', 'v1.0.0$(id)']) {
    it(`refuses the ref refs/tags/${tag} and writes nothing`, async () => {
      const repo = await makeRepo();
      const run = await runAction({ workspace: repo.dir, ref: `refs/tags/${tag}` });
      expect(run.exitCode).toBe(1);
      expect(run.annotations).toHaveLength(1);
      // A name git would not take (a space) is refused as a ref name before it is read as a tag.
      expect(run.annotations[0]!.properties.title).toBe(
        tag.includes(' ') ? 'Invalid ref name' : 'Not a version tag',
      );
      expect(run.annotations[0]!.message).toContain(JSON.stringify(tag));
      expect(run.outputs).toEqual({});
      expect(existsSync(path.join(repo.dir, 'x'))).toBe(false);
      expect(repo.git('status', '--porcelain')).toBe('');
    });
  }
});

describe('release tags named after the project, with no tag-prefix', () => {
  /** The example project named mypkg, at 1.2.3. */
  async function mypkg(): Promise<TestRepo> {
    const repo = await makeRepo();
    await repo.edit('pyproject.toml', 'name = "hello-pyrelease"', 'name = "mypkg"');
    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "1.2.3"');
    await repo.edit(INIT, '"0.1.15"', '"1.2.3"');
    await repo.edit(
      'CHANGELOG.md',
      '## [Unreleased]',
      '## [Unreleased]\n\n## [1.2.3] - 2025-11-01',
    );
    repo.commitAll('Release 1.2.3');
    return repo;
  }

  for (const tag of ['mypkg==1.2.3', 'mypkg-v1.2.3']) {
    it(`passes the tag check of ${tag}`, async () => {
      const repo = await mypkg();
      repo.git('tag', '-a', tag, '-m', `Release ${tag}`);
      const run = await runAction({
        workspace: repo.dir,
        ref: `refs/tags/${tag}`,
        inputs: { mode: 'check' },
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
      expect(run.outputs).toEqual({ tag, version: '1.2.3', pep440: '1.2.3', prerelease: 'false' });
      expect(run.summary).toContain('Version check: ✓ passed');
    });
  }

  it('refuses other-1.2.3, naming the forms it takes and tag-prefix', async () => {
    const repo = await mypkg();
    repo.git('tag', '-a', 'other-1.2.3', '-m', 'Release other 1.2.3');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/other-1.2.3',
      inputs: { mode: 'check' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toHaveLength(1);
    const [refusal] = run.annotations;
    expect(refusal!.properties.title).toBe('Not a version tag');
    expect(refusal!.message).toContain('"other-1.2.3" is not a version tag');
    expect(refusal!.message).toContain(
      'mypkg-1.2.3, mypkg-v1.2.3, mypkg/v1.2.3, mypkg/1.2.3, mypkg_1.2.3, mypkg==1.2.3',
    );
    expect(refusal!.message).toContain('set the tag-prefix input to "other-"');
    expect(run.outputs).toEqual({});
  });
});

describe('bad input stops with a clear error', () => {
  const cases: {
    name: string;
    change: (repo: TestRepo) => Promise<void>;
    inputs?: Record<string, string>;
    title: string;
    file?: string;
    line?: string;
  }[] = [
    {
      name: 'missing pyproject.toml',
      change: async (repo) =>
        rename(path.join(repo.dir, 'pyproject.toml'), path.join(repo.dir, 'setup.cfg')),
      title: 'pyproject.toml not found',
      file: 'pyproject.toml',
    },
    {
      name: 'a TOML syntax error',
      change: (repo) =>
        repo.edit('pyproject.toml', 'name = "hello-pyrelease"', 'name = "hello-pyrelease'),
      title: 'Invalid pyproject.toml',
      file: 'pyproject.toml',
      line: '6',
    },
    {
      name: 'no version anywhere',
      change: async (repo) => {
        await repo.edit('pyproject.toml', 'version = "0.1.15"\n', '');
        await repo.edit(INIT, '__version__ = "0.1.15"\n', '');
      },
      title: 'No version found',
      file: 'pyproject.toml',
    },
    {
      name: 'a value that is not PEP 440',
      change: (repo) => repo.edit(INIT, '"0.1.15"', '"0.1.15-SNAPSHOT"'),
      title: 'Invalid version',
      file: INIT,
      line: '3',
    },
    {
      name: 'two different __version__ assignments',
      change: (repo) => repo.edit(INIT, '__author__', '__version__ = "0.1.16"\n__author__'),
      title: 'Conflicting __version__',
      file: INIT,
      line: '4',
    },
    {
      name: 'a working-directory outside the workspace',
      change: async () => {},
      inputs: { 'working-directory': '../..' },
      title: 'Working directory outside the workspace',
    },
    {
      name: 'a version file that does not exist',
      change: async () => {},
      inputs: { 'version-files': 'src/hello_pyrelease/_version.py' },
      title: 'Version file not found',
      file: 'src/hello_pyrelease/_version.py',
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const repo = await makeRepo();
      await testCase.change(repo);
      const status = repo.git('status', '--porcelain');
      const run = await runAction({ workspace: repo.dir, inputs: testCase.inputs });
      expect(run.exitCode).toBe(1);
      const error = run.annotations.find((a) => a.level === 'error');
      expect(error?.properties.title).toBe(testCase.title);
      if (testCase.file) expect(error?.properties.file).toBe(testCase.file);
      if (testCase.line) expect(error?.properties.line).toBe(testCase.line);
      expect(error?.message.length).toBeGreaterThan(40);
      expect(run.outputs).toEqual({});
      expect(repo.git('status', '--porcelain')).toBe(status);
    });
  }

  it('an unreadable file', async () => {
    const repo = await makeRepo();
    await mkdir(path.join(repo.dir, 'CHANGELOG.md.d'));
    const run = await runAction({ workspace: repo.dir, inputs: { changelog: 'CHANGELOG.md.d' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.properties).toMatchObject({
      title: 'Not a file',
      file: 'CHANGELOG.md.d',
    });
    expect(run.annotations[0]?.message).toContain('CHANGELOG.md.d is a directory, not a file');
  });
});

// A changelog in reStructuredText under docs/, shaped like platformdirs' or virtualenv's.
const RST_CHANGELOG = [
  'Release History',
  '===============',
  '',
  'Unreleased',
  '----------',
  '',
  '- Placeholder change with ``code``.',
  '',
  '0.1.15 (2025-10-15)',
  '-------------------',
  '',
  '- Placeholder fix. :issue:`12`',
  '',
  '0.1.14 (2025-09-30)',
  '-------------------',
  '',
  '- First release.',
  '',
].join('\n');

describe('a changelog found without configuration', () => {
  it('checks an RST changelog under docs/, and points at it when a section is missing', async () => {
    const repo = await makeRepo();
    await rm(path.join(repo.dir, 'CHANGELOG.md'));
    await mkdir(path.join(repo.dir, 'docs'));
    await repo.write('docs/changelog.rst', RST_CHANGELOG);
    repo.commitAll('RST changelog');
    const run = await runAction({ workspace: repo.dir });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toMatch(
      /docs\/changelog\.rst heading<\/td><td><code>0\.1\.15<\/code><\/td><td>docs\/changelog\.rst:9<\/td><td>✓/,
    );
    expect(
      run.annotations.find((a) => a.level === 'notice' && a.message.includes('docs/changelog.rst'))
        ?.message,
    ).toBe('Changelog: docs/changelog.rst (found without the changelog input).');

    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "0.1.16"');
    await repo.edit(INIT, '"0.1.15"', '"0.1.16"');
    repo.commitAll('Bump without notes');
    repo.git('tag', 'v0.1.16');
    const missing = await runAction({ workspace: repo.dir, ref: 'refs/tags/v0.1.16' });
    expect(missing.exitCode).toBe(1);
    const error = missing.annotations.find(
      (a) => a.properties.title === 'Changelog has no section for this version',
    );
    expect(error?.properties).toMatchObject({ file: 'docs/changelog.rst', line: '4' });
    expect(error?.message).toContain('"0.1.16 (YYYY-MM-DD)"');
  });
});

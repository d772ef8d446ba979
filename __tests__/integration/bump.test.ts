// "Run workflow" with a bump level, as the runner runs it: real git with a bare origin, the files
// edited in place, the commit, the annotated tag, the atomic push, then the release steps.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer } from '../../servers/pypi.js';
import { runAction } from '../helpers/action.js';
import { gitIn, makeRepo, type TestRepo } from '../helpers/repo.js';

const GITHUB_TOKEN = 'ghs_bumptoken0123456789';
const INIT = 'src/hello_pyrelease/__init__.py';
const TODAY = new Date().toISOString().slice(0, 10);

let github: GithubServer;
beforeAll(async () => {
  github = await startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN });
});
afterAll(async () => {
  await github?.close();
});

function dispatch(repo: TestRepo, branch: string, inputs: Record<string, string>) {
  return runAction({
    workspace: repo.dir,
    eventName: 'workflow_dispatch',
    ref: `refs/heads/${branch}`,
    payload: {
      ref: `refs/heads/${branch}`,
      inputs: { bump: inputs.bump ?? '' },
      repository: { default_branch: 'main' },
    },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/hello-pyrelease' },
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: '/usr/bin/python3',
      'repository-url': 'none',
      'github-token': GITHUB_TOKEN,
      ...inputs,
    },
  });
}

function remote(repo: TestRepo, ...args: string[]): string {
  return gitIn(repo.origin, ...args);
}

describe('bump from workflow_dispatch', () => {
  it('bumps minor: edits every file in place, commits, tags, pushes atomically and releases', async () => {
    const repo = await makeRepo();
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release 0.1.15');
    repo.git('push', '--quiet', 'origin', 'v0.1.15');
    const before = {
      pyproject: await repo.read('pyproject.toml'),
      init: await repo.read(INIT),
      changelog: await repo.read('CHANGELOG.md'),
    };
    const run = await dispatch(repo, 'main', { bump: 'minor' });
    expect(run.exitCode, run.stdout).toBe(0);

    // Only the version characters changed.
    expect(await repo.read('pyproject.toml')).toBe(
      before.pyproject.replace('version = "0.1.15"', 'version = "0.2.0"'),
    );
    expect(await repo.read(INIT)).toBe(
      before.init.replace('__version__ = "0.1.15"', '__version__ = "0.2.0"'),
    );
    expect(await repo.read('CHANGELOG.md')).toBe(
      before.changelog
        .replace('## [Unreleased]\n', `## [Unreleased]\n\n## [0.2.0] - ${TODAY}\n`)
        .replace(
          '[unreleased]: https://github.com/pyrelease/hello-pyrelease/compare/v0.1.15...HEAD\n',
          '[unreleased]: https://github.com/octo/hello-pyrelease/compare/v0.2.0...HEAD\n[0.2.0]: https://github.com/octo/hello-pyrelease/compare/v0.1.15...v0.2.0\n',
        ),
    );

    // The commit, as the release guide writes it, by the bot.
    expect(repo.git('log', '-1', '--format=%an <%ae>%n%B').trim()).toBe(
      [
        'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
        'chore: bump version to 0.2.0 for release',
        '',
        '- Update version in __init__.py',
        '- Update version in pyproject.toml',
        '- Update CHANGELOG.md with release notes',
      ].join('\n'),
    );
    expect(
      repo
        .git('show', '--stat', '--format=', 'HEAD')
        .trim()
        .split('\n')
        .slice(0, -1)
        .map((l) => l.trim().split(/\s+/)[0])
        .sort(),
    ).toEqual(['CHANGELOG.md', INIT, 'pyproject.toml'].sort());

    // An annotated tag whose message is the release's changelog section, on the remote with main.
    expect(repo.git('cat-file', '-t', 'refs/tags/v0.2.0').trim()).toBe('tag');
    expect(repo.git('tag', '-l', '--format=%(contents)', 'v0.2.0').trim()).toBe(
      '### Added\n- `greet()` accepts an empty name and greets the world.',
    );
    const head = repo.git('rev-parse', 'HEAD').trim();
    expect(remote(repo, 'rev-parse', 'refs/heads/main').trim()).toBe(head);
    expect(remote(repo, 'rev-parse', 'refs/tags/v0.2.0^{commit}').trim()).toBe(head);

    // The release steps ran in the same run, on the new tag.
    expect(run.outputs).toMatchObject({ version: '0.2.0', tag: 'v0.2.0', pep440: '0.2.0' });
    const made = github.state.releases.filter((release) => release.tag_name === 'v0.2.0');
    expect(made).toHaveLength(1);
    expect(made[0]!.body).toContain('compare/v0.1.15...v0.2.0');
    expect(github.violations).toEqual([]);
  });

  it('writes the PEP 440 normal form by default and the SemVer spelling on request', async () => {
    const repo = await makeRepo();
    const pep = await dispatch(repo, 'main', { bump: 'preminor', preid: 'rc', 'dry-run': 'true' });
    expect(pep.exitCode, pep.stdout).toBe(0);
    expect(pep.outputs).toMatchObject({ version: '0.2.0rc1', tag: 'v0.2.0rc1' });
    expect(pep.stdout).toContain('+version = "0.2.0rc1"');
    const semver = await dispatch(repo, 'main', {
      bump: 'preminor',
      preid: 'rc',
      'version-style': 'semver',
      'dry-run': 'true',
    });
    expect(semver.outputs).toMatchObject({ version: '0.2.0-rc.1', tag: 'v0.2.0-rc.1' });
    expect(semver.stdout).toContain('+__version__ = "0.2.0-rc.1"');
    expect(semver.stdout).toContain(`+## [0.2.0-rc.1] - ${TODAY}`);
    // A dry run changes nothing and pushes nothing.
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(repo.git('tag', '--list')).toBe('');
    expect(remote(repo, 'tag', '--list')).toBe('');
  });

  it('keeps CRLF line endings and a BOM byte for byte', async () => {
    const repo = await makeRepo();
    for (const file of ['pyproject.toml', INIT, 'CHANGELOG.md']) {
      const text = (await repo.read(file)).replace(/\n/g, '\r\n');
      await writeFile(path.join(repo.dir, file), (file === INIT ? '\uFEFF' : '') + text);
    }
    repo.commitAll('CRLF');
    repo.git('push', '--quiet', 'origin', 'main');
    const before = await readFile(path.join(repo.dir, INIT), 'utf8');
    const run = await dispatch(repo, 'main', { bump: 'patch', 'github-token': '' });
    expect(run.exitCode, run.stdout).toBe(0);
    const after = await readFile(path.join(repo.dir, INIT), 'utf8');
    expect(after).toBe(before.replace('"0.1.15"', '"0.1.16"'));
    expect(after.startsWith('\uFEFF')).toBe(true);
    const changelog = await repo.read('CHANGELOG.md');
    expect(changelog).toContain(`## [Unreleased]\r\n\r\n## [0.1.16] - ${TODAY}\r\n`);
    expect(changelog.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('refuses an empty [Unreleased] section before changing anything', async () => {
    const repo = await makeRepo();
    await repo.edit('CHANGELOG.md', /## \[Unreleased\]\n\n### Added\n- .*\n/, '## [Unreleased]\n');
    repo.commitAll('Empty');
    repo.git('push', '--quiet', 'origin', 'main');
    const run = await dispatch(repo, 'main', { bump: 'patch' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.properties.title).toBe(
      'Empty Unreleased section',
    );
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(remote(repo, 'tag', '--list')).toBe('');
  });

  it('refuses a malformed git-user before touching a file', async () => {
    const repo = await makeRepo();
    const run = await dispatch(repo, 'main', { bump: 'patch', 'git-user': 'release bot' });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe('Invalid input');
    expect(error?.message).toContain('"Name <email>"');
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(remote(repo, 'tag', '--list')).toBe('');
  });

  it('pushes neither commit nor tag when the branch moved on the remote', async () => {
    const repo = await makeRepo();
    // A second commit, so that putting the checkout back twice would show.
    await repo.write('NOTES.txt', 'a commit with a parent\n');
    repo.commitAll('Notes');
    repo.git('push', '--quiet', 'origin', 'main');
    // Someone else pushes to main after this checkout.
    const other = path.join(path.dirname(repo.dir), 'other');
    execFileSync('git', ['clone', '--quiet', repo.origin, other]);
    gitIn(other, 'commit', '--quiet', '--allow-empty', '-m', 'Meanwhile');
    gitIn(other, 'push', '--quiet', 'origin', 'main');
    const remoteMain = remote(repo, 'rev-parse', 'refs/heads/main').trim();
    const head = repo.git('rev-parse', 'HEAD').trim();
    const run = await dispatch(repo, 'main', { bump: 'patch' });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe('Push failed');
    // The checkout is put back exactly once: HEAD is the commit the run started from.
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(head);
    expect(repo.git('status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(error?.message).toContain('Run the workflow again');
    expect(remote(repo, 'tag', '--list')).toBe('');
    expect(remote(repo, 'rev-parse', 'refs/heads/main').trim()).toBe(remoteMain);
    expect(repo.git('tag', '--list')).toBe('');
  });

  it('names a protected branch when origin refuses the push, and pushes nothing', async () => {
    const repo = await makeRepo();
    // origin answers as GitHub does for a protected branch (GH006), through a hook that declines.
    const hook = path.join(repo.origin, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      '#!/bin/sh\necho "error: GH006: Protected branch update failed for refs/heads/main." >&2\nexit 1\n',
    );
    await chmod(hook, 0o755);
    const head = repo.git('rev-parse', 'HEAD').trim();
    const run = await dispatch(repo, 'main', { bump: 'patch' });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe('Protected branch');
    expect(error?.message).toContain('main is protected on origin');
    expect(error?.message).not.toContain('moved on origin');
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(head);
    expect(remote(repo, 'tag', '--list')).toBe('');
    expect(remote(repo, 'rev-parse', 'refs/heads/main').trim()).toBe(head);
  });

  it('releases a hotfix from a hotfix/* branch without marking it latest', async () => {
    const repo = await makeRepo();
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release 0.1.15');
    // main has moved on to 0.2.0, which is released.
    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "0.2.0"');
    await repo.edit(INIT, '"0.1.15"', '"0.2.0"');
    await repo.edit(
      'CHANGELOG.md',
      '## [Unreleased]',
      `## [Unreleased]\n\n## [0.2.0] - 2025-11-01`,
    );
    repo.commitAll('0.2.0');
    repo.git('tag', '-a', 'v0.2.0', '-m', 'Release 0.2.0');
    repo.git('push', '--quiet', 'origin', 'main', '--tags');
    github.addRelease({ tag_name: 'v0.2.0', name: 'v0.2.0', draft: false, prerelease: false });
    // The hotfix branch starts from the 0.1.15 tag.
    repo.git('checkout', '--quiet', '-b', 'hotfix/0.1.16-fix', 'v0.1.15');
    await repo.edit(
      'CHANGELOG.md',
      /## \[Unreleased\]\n\n### Added\n- .*\n/,
      '## [Unreleased]\n\n### Fixed\n- **CRITICAL**: connection pool exhaustion.\n',
    );
    repo.commitAll('Fix');
    repo.git('push', '--quiet', 'origin', 'hotfix/0.1.16-fix');
    const run = await dispatch(repo, 'hotfix/0.1.16-fix', { bump: 'patch', draft: 'false' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.tag).toBe('v0.1.16');
    expect(remote(repo, 'rev-parse', 'refs/heads/hotfix/0.1.16-fix').trim()).toBe(
      repo.git('rev-parse', 'HEAD').trim(),
    );
    const hotfix = github.state.releases.find((release) => release.tag_name === 'v0.1.16');
    expect(hotfix).toMatchObject({ draft: false, prerelease: false });
    expect(github.state.latestReleaseId).not.toBe(hotfix!.id);
    const publish = github.requests.find(
      (request) => request.method === 'PATCH' && request.path.endsWith(`/releases/${hotfix!.id}`),
    );
    expect(publish).toBeDefined();
    expect(github.violations).toEqual([]);
  });

  it('rolls an RST changelog found by discovery byte for byte, and drafts Markdown notes', async () => {
    const repo = await makeRepo();
    await rm(path.join(repo.dir, 'CHANGELOG.md'));
    // flask/urllib3-like: CHANGES.rst at the root, an overlined title, releases over `---`.
    const rst = (...lines: string[]) => lines.join('\r\n') + '\r\n';
    const before = rst(
      '=========',
      'Changelog',
      '=========',
      '',
      'Unreleased',
      '----------',
      '',
      '- Placeholder feature with ``greet(name)``, see',
      '  `the guide <https://example.invalid/guide>`_. :issue:`7`',
      '',
      '0.1.15 (2025-10-15)',
      '-------------------',
      '',
      '- Placeholder fix.',
    );
    await writeFile(path.join(repo.dir, 'CHANGES.rst'), '\uFEFF' + before);
    repo.commitAll('RST changelog');
    repo.git('push', '--quiet', 'origin', 'main');
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release 0.1.15');
    repo.git('push', '--quiet', 'origin', 'v0.1.15');

    // Major: the GitHub server is shared by this file's tests, and 0.2.0 is released above.
    const run = await dispatch(repo, 'main', { bump: 'major' });
    expect(run.exitCode, run.stdout).toBe(0);
    const title = `1.0.0 (${TODAY})`;
    expect(await readFile(path.join(repo.dir, 'CHANGES.rst'), 'utf8')).toBe(
      '\uFEFF' +
        rst(
          '=========',
          'Changelog',
          '=========',
          '',
          'Unreleased',
          '----------',
          '',
          title,
          '-'.repeat(title.length),
          '',
          '- Placeholder feature with ``greet(name)``, see',
          '  `the guide <https://example.invalid/guide>`_. :issue:`7`',
          '',
          '0.1.15 (2025-10-15)',
          '-------------------',
          '',
          '- Placeholder fix.',
        ),
    );
    expect(repo.git('log', '-1', '--format=%B')).toContain(
      '- Update CHANGES.rst with release notes',
    );
    expect(repo.git('tag', '-l', '--format=%(contents)', 'v1.0.0').trim()).toBe(
      '- Placeholder feature with ``greet(name)``, see\n  `the guide <https://example.invalid/guide>`_. :issue:`7`',
    );
    const made = github.state.releases.find((release) => release.tag_name === 'v1.0.0');
    expect(made?.body).toMatch(
      /^- Placeholder feature with `greet\(name\)`, see\n {2}\[the guide\]\(https:\/\/example\.invalid\/guide\)\. #7\n\n## Installation/,
    );
    expect(github.violations).toEqual([]);
  });

  it("builds a towncrier project's section with towncrier, taking the fragments along", async () => {
    const repo = await makeRepo();
    await rm(path.join(repo.dir, 'CHANGELOG.md'));
    // urllib3/twine-like: [tool.towncrier] in pyproject.toml, fragments in changelog.d/.
    await repo.edit(
      'pyproject.toml',
      '[tool.hatch.build.targets.wheel]',
      '[tool.towncrier]\ndirectory = "changelog.d"\nfilename = "CHANGES.rst"\n\n[tool.hatch.build.targets.wheel]',
    );
    const changes = [
      'Changelog',
      '=========',
      '',
      '.. towncrier release notes start',
      '',
      '0.1.15 (2025-10-15)',
      '===================',
      '',
      '- Placeholder fix.',
      '',
    ].join('\n');
    await repo.write('CHANGES.rst', changes);
    await mkdir(path.join(repo.dir, 'changelog.d'));
    await repo.write('changelog.d/7.feature.rst', 'Placeholder feature.\n');
    repo.commitAll('towncrier');
    repo.git('push', '--quiet', 'origin', 'main');

    // The version (an explicit one: this file's GitHub server has 0.2.0 and 0.1.16 already).
    const dry = await dispatch(repo, 'main', { bump: '0.3.0', 'dry-run': 'true' });
    expect(dry.exitCode, dry.stdout).toBe(0);
    expect(dry.stdout).toContain('towncrier would add to CHANGES.rst:');
    expect(dry.stdout).toMatch(
      /towncrier would add to CHANGES\.rst:\n[^]*0\.3\.0 \(\d{4}-\d{2}-\d{2}\)/,
    );
    expect(repo.git('status', '--porcelain')).toBe('');

    const run = await dispatch(repo, 'main', { bump: '0.3.0' });
    expect(run.exitCode, run.stdout).toBe(0);
    const after = await repo.read('CHANGES.rst');
    expect(after.startsWith('Changelog\n=========\n\n.. towncrier release notes start\n')).toBe(
      true,
    );
    expect(after).toMatch(/0\.3\.0 \(\d{4}-\d{2}-\d{2}\)\n=+\n/);
    expect(after).toContain('Placeholder feature.');
    expect(after.endsWith(changes.slice(changes.indexOf('0.1.15')))).toBe(true);
    const committed = repo.git('show', '--name-status', '--format=', 'HEAD');
    expect(committed).toContain('D\tchangelog.d/7.feature.rst');
    expect(committed).toContain('M\tCHANGES.rst');
    // Nothing left over (the release's dist/ aside).
    expect(repo.git('status', '--porcelain', '--', 'CHANGES.rst', 'changelog.d')).toBe('');
    expect(repo.git('tag', '-l', '--format=%(contents)', 'v0.3.0')).toContain(
      'Placeholder feature.',
    );
    expect(github.violations).toEqual([]);
  });

  it('refuses a towncrier bump without fragments before changing anything', async () => {
    const repo = await makeRepo();
    await repo.edit(
      'pyproject.toml',
      '[tool.hatch.build.targets.wheel]',
      '[tool.towncrier]\ndirectory = "changelog.d"\nfilename = "CHANGELOG.md"\n\n[tool.hatch.build.targets.wheel]',
    );
    await mkdir(path.join(repo.dir, 'changelog.d'));
    await repo.write('changelog.d/.gitignore', '!.gitignore\n');
    repo.commitAll('towncrier');
    repo.git('push', '--quiet', 'origin', 'main');
    const run = await dispatch(repo, 'main', { bump: 'patch' });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.properties).toMatchObject({ title: 'No news fragments', file: 'changelog.d' });
    expect(repo.git('status', '--porcelain')).toBe('');
  });
});

describe('bump of a project whose version is its git tag', () => {
  const FIXTURES = path.resolve(__dirname, '../fixtures/projects');

  it('hatch-vcs: the next version from the newest tag, tagged as the project tags, no version file edited', async () => {
    const repo = await makeRepo(path.join(FIXTURES, 'hatch-vcs'));
    // The project tags without "v"; an older "v" tag and a tag of another kind are not the newest.
    repo.git('tag', '-a', 'v1.0.0', '-m', 'Release 1.0.0', 'HEAD');
    repo.git('tag', '-a', '1.2.0', '-m', 'Release 1.2.0', 'HEAD');
    repo.git('tag', 'docs-2026', 'HEAD');
    repo.git('push', '--quiet', 'origin', '--tags');
    const changelog = await repo.read('CHANGELOG.md');
    const run = await dispatch(repo, 'main', { bump: 'minor' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(remote(repo, 'tag', '--list', '1.3.0')).toBe('1.3.0\n');
    expect(remote(repo, 'tag', '--list', 'v1.3.0')).toBe('');
    // Only the changelog changed: there is no version file to edit.
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('CHANGELOG.md');
    expect(repo.git('log', '-1', '--format=%B').trim()).toBe(
      'chore: bump version to 1.3.0 for release\n\n- Update CHANGELOG.md with release notes',
    );
    expect(await repo.read('CHANGELOG.md')).toBe(
      changelog.replace('## [Unreleased]\n', `## [Unreleased]\n\n## [1.3.0] - ${TODAY}\n`) +
        '\n[unreleased]: https://github.com/octo/hello-pyrelease/compare/1.3.0...HEAD\n' +
        '[1.3.0]: https://github.com/octo/hello-pyrelease/compare/1.2.0...1.3.0\n',
    );
    // The release that follows built 1.3.0 from the new tag.
    expect(run.outputs).toMatchObject({ version: '1.3.0', tag: '1.3.0' });
    expect(run.stdout).toMatch(/tagged_hatch-1\.3\.0-py3[^ ]*\.whl/);
  });

  it('refuses a version computed when the package builds, naming the file to edit', async () => {
    const repo = await makeRepo(path.join(FIXTURES, 'setuptools-attr'));
    await repo.write(
      'src/attrwidgets/about.py',
      '"""Release facts."""\n\nVERSION = ".".join(["2", "3", "0"])\n',
    );
    repo.commitAll('Compute the version');
    repo.git('push', '--quiet', 'origin', 'main');
    const head = remote(repo, 'rev-parse', 'main');
    const run = await dispatch(repo, 'main', { bump: 'patch' });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.properties).toMatchObject({
      title: 'Bump refused',
      file: 'src/attrwidgets/about.py',
      line: '3',
    });
    expect(error?.message).toContain('Edit src/attrwidgets/about.py by hand');
    expect(remote(repo, 'rev-parse', 'main')).toBe(head);
    expect(remote(repo, 'tag', '--list')).toBe('');
  });
});

describe('bump edits a version wherever the backend reads it', () => {
  it('maturin: Cargo.toml gets the SemVer spelling, the changelog the PEP 440 one (dry run)', async () => {
    const repo = await makeRepo();
    await repo.edit('pyproject.toml', 'requires = ["hatchling"]', 'requires = ["maturin>=1,<2"]');
    await repo.edit(
      'pyproject.toml',
      'build-backend = "hatchling.build"',
      'build-backend = "maturin"',
    );
    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'dynamic = ["version"]');
    await repo.write(
      'Cargo.toml',
      '[package]\r\nname = "hello-pyrelease"\r\nversion = "0.1.15" # the crate and the wheel\r\nedition = "2021"\r\n',
    );
    repo.commitAll('Build with maturin');
    repo.git('push', '--quiet', 'origin', 'main');
    const run = await dispatch(repo, 'main', {
      bump: 'preminor',
      preid: 'beta',
      'dry-run': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('+version = "0.2.0-beta.1" # the crate and the wheel');
    expect(run.stdout).toContain('+## [0.2.0b1] - ');
    // A dry run leaves every file as it was.
    expect(repo.git('status', '--porcelain')).toBe('');
  });
});

describe('a bump whose release stopped after the push', () => {
  it('is not bumped again, and is finished by running the workflow from its tag', async () => {
    const pypi = await startPypiServer({ token: 'pypi-halfway-token' });
    try {
      const repo = await makeRepo();
      repo.git('tag', '-a', 'v0.1.15', '-m', 'Release 0.1.15');
      repo.git('push', '--quiet', 'origin', 'v0.1.15');
      const start = repo.git('rev-parse', 'HEAD').trim();
      // The index answers what it has, then refuses every upload: everything up to the push
      // passes, the upload fails.
      for (let i = 0; i < 50; i++) pypi.faults.push({ on: 'upload', kind: '503-before' });
      const first = await runAction({
        workspace: repo.dir,
        eventName: 'workflow_dispatch',
        ref: 'refs/heads/main',
        payload: { inputs: { bump: 'patch' }, repository: { default_branch: 'main' } },
        env: { PYRELEASE_HTTP_ATTEMPTS: '1', PYRELEASE_HTTP_TIMEOUT_MS: '2000' },
        inputs: {
          builder: 'build',
          'build-isolation': 'false',
          python: '/usr/bin/python3',
          'repository-url': pypi.uploadUrl,
          'pypi-token': 'pypi-halfway-token',
        },
      });
      expect(first.exitCode, first.stdout).toBe(1);
      expect(pypi.files).toEqual([]);
      pypi.faults.length = 0;
      expect(remote(repo, 'tag', '--list', 'v0.1.16').trim()).toBe('v0.1.16');
      expect(first.summary).toMatch(/<td>Push<\/td><td>✓ passed<\/td>/);

      // Re-running the same "Run workflow" starts from the same commit: it would bump to the
      // version that is already tagged, and says how to finish that release instead.
      repo.git('reset', '--quiet', '--hard', start);
      repo.git('tag', '--delete', 'v0.1.16');
      const again = await dispatch(repo, 'main', { bump: 'patch', publish: 'true' });
      expect(again.exitCode).toBe(1);
      const refused = again.annotations.find((a) => a.level === 'error');
      expect(refused?.properties.title).toBe('Tag exists');
      expect(refused?.message).toContain('Use workflow from → Tags → v0.1.16');
      expect(remote(repo, 'tag', '--list').trim().split('\n')).toEqual(['v0.1.15', 'v0.1.16']);

      // "Run workflow" from the tag releases it: the upload the first run missed.
      repo.git('fetch', '--quiet', 'origin', '--tags');
      repo.git('checkout', '--quiet', 'v0.1.16');
      const finished = await runAction({
        workspace: repo.dir,
        eventName: 'workflow_dispatch',
        ref: 'refs/tags/v0.1.16',
        payload: { inputs: { bump: 'patch' }, repository: { default_branch: 'main' } },
        inputs: {
          builder: 'build',
          'build-isolation': 'false',
          python: '/usr/bin/python3',
          'repository-url': pypi.uploadUrl,
          'pypi-token': 'pypi-halfway-token',
        },
      });
      expect(finished.exitCode, finished.stdout).toBe(0);
      expect(pypi.files.map((file) => file.filename).sort()).toEqual([
        'hello_pyrelease-0.1.16-py3-none-any.whl',
        'hello_pyrelease-0.1.16.tar.gz',
      ]);
    } finally {
      await pypi.close();
    }
  });
});

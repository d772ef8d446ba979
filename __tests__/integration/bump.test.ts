// "Run workflow" with a bump level, as the runner runs it: real git with a bare origin, the files
// edited in place, the commit, the annotated tag, the atomic push, then the release steps.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGithubServer, type GithubServer } from '../servers/github.js';
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
      publish: 'false',
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
    // Someone else pushes to main after this checkout.
    const other = path.join(path.dirname(repo.dir), 'other');
    execFileSync('git', ['clone', '--quiet', repo.origin, other]);
    gitIn(other, 'commit', '--quiet', '--allow-empty', '-m', 'Meanwhile');
    gitIn(other, 'push', '--quiet', 'origin', 'main');
    const remoteMain = remote(repo, 'rev-parse', 'refs/heads/main').trim();
    const run = await dispatch(repo, 'main', { bump: 'patch' });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe('Push failed');
    expect(error?.message).toContain('Run the workflow again');
    expect(remote(repo, 'tag', '--list')).toBe('');
    expect(remote(repo, 'rev-parse', 'refs/heads/main').trim()).toBe(remoteMain);
    expect(repo.git('tag', '--list')).toBe('');
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
});

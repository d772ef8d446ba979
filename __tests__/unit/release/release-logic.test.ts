import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { planUploads } from '../../../src/publish/existing.js';
import {
  jsonApiUrl,
  packageIndex,
  projectPageUrl,
  simpleIndexUrl,
} from '../../../src/publish/indexes.js';
import { decodeClaims, isReusableWorkflow } from '../../../src/run/oidc-claims.js';
import { releaseNotes } from '../../../src/changelog/release-notes.js';
import { previousTag } from '../../../src/version/tags.js';
import { branchMatches } from '../../../src/version/release-branches.js';

describe('package indexes', () => {
  it('finds PyPI’s JSON API and pages beside its upload host', () => {
    const pypi = packageIndex('https://upload.pypi.org/legacy/', 'PyPI');
    expect(pypi.webOrigin).toBe('https://pypi.org');
    expect(jsonApiUrl(pypi, 'hello-pyrelease', '0.1.15')).toBe(
      'https://pypi.org/pypi/hello-pyrelease/0.1.15/json',
    );
    expect(projectPageUrl(pypi, 'hello-pyrelease', '0.1.15')).toBe(
      'https://pypi.org/project/hello-pyrelease/0.1.15/',
    );
  });
  it('serves TestPyPI and private indexes from the upload origin', () => {
    expect(simpleIndexUrl(packageIndex('https://test.pypi.org/legacy/', 'TestPyPI'))).toBe(
      'https://test.pypi.org/simple/',
    );
    expect(packageIndex('http://127.0.0.1:8080/legacy/', 'local').webOrigin).toBe(
      'http://127.0.0.1:8080',
    );
  });
});

describe('hash-aware uploads', () => {
  const wheel = { filename: 'p-1.0-py3-none-any.whl', path: '/d/p.whl', sha256: 'aa'.repeat(32) };
  const sdist = { filename: 'p-1.0.tar.gz', path: '/d/p.tar.gz', sha256: 'bb'.repeat(32) };
  it('uploads what is missing and skips identical files', () => {
    const plan = planUploads(
      'PyPI',
      [wheel, sdist],
      [{ filename: wheel.filename, sha256: 'AA'.repeat(32) }],
    );
    expect(plan.skip).toEqual([wheel]);
    expect(plan.upload).toEqual([sdist]);
  });
  it('stops on a file with the same name and other content, naming both hashes', () => {
    const attempt = () =>
      planUploads('PyPI', [wheel], [{ filename: wheel.filename, sha256: 'cc'.repeat(32) }]);
    expect(attempt).toThrow(UserError);
    expect(attempt).toThrow('cc'.repeat(32));
    expect(attempt).toThrow('aa'.repeat(32));
  });
});

describe('OIDC claims', () => {
  const token = (claims: object) =>
    `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
  it('reads the claims and recognises a reusable workflow', () => {
    const direct = decodeClaims(
      token({
        repository: 'o/r',
        workflow_ref: 'o/r/.github/workflows/release.yml@refs/tags/v1',
        job_workflow_ref: 'o/r/.github/workflows/release.yml@refs/tags/v1',
      }),
    );
    expect(direct.repository).toBe('o/r');
    expect(isReusableWorkflow(direct)).toBe(false);
    const reusable = decodeClaims(
      token({
        workflow_ref: 'o/r/.github/workflows/ci.yml@refs/tags/v1',
        job_workflow_ref: 'o/shared/.github/workflows/publish.yml@main',
      }),
    );
    expect(isReusableWorkflow(reusable)).toBe(true);
    expect(decodeClaims('not-a-jwt')).toEqual({});
  });
});

describe('tags', () => {
  const tags = ['v0.1.14', 'v0.1.15', 'v0.2.0rc1', 'v0.2.0rc2', 'latest', 'v1.0.0', 'other-0.3.0'];
  it('compares a final release with the previous final release', () => {
    expect(previousTag(tags, 'v', '0.2.0')).toBe('v0.1.15');
  });
  it('compares a pre-release with the previous pre-release', () => {
    expect(previousTag(tags, 'v', '0.2.0rc3')).toBe('v0.2.0rc2');
  });
  it('has no previous tag for a first release', () => {
    expect(previousTag(tags, 'v', '0.0.1')).toBeUndefined();
  });
  it('a hotfix compares with the release it fixes', () => {
    expect(previousTag(tags, 'v', '0.1.16')).toBe('v0.1.15');
  });
  it('matches branch globs', () => {
    expect(branchMatches('hotfix/0.1.16-fix', ['main', 'hotfix/*'])).toBe(true);
    expect(branchMatches('hotfix/a/b', ['hotfix/*'])).toBe(false);
    expect(branchMatches('hotfix/a/b', ['hotfix/**'])).toBe(true);
    expect(branchMatches('mainline', ['main'])).toBe(false);
    expect(branchMatches('release.1', ['release.1'])).toBe(true);
    expect(branchMatches('releasex1', ['release.1'])).toBe(false);
  });
  it('matches character classes: release/v[0-9]*', () => {
    expect(branchMatches('release/v1.2', ['release/v[0-9]*'])).toBe(true);
    expect(branchMatches('release/v10.x', ['release/v[0-9]*'])).toBe(true);
    expect(branchMatches('release/vnext', ['release/v[0-9]*'])).toBe(false);
    expect(branchMatches('release/v1/x', ['release/v[0-9]*'])).toBe(false);
  });
  it('matches one character with ?: release?/*', () => {
    expect(branchMatches('release1/x', ['release?/*'])).toBe(true);
    expect(branchMatches('releases/2024', ['release?/*'])).toBe(true);
    expect(branchMatches('release/x', ['release?/*'])).toBe(false);
    expect(branchMatches('release12/x', ['release?/*'])).toBe(false);
    expect(branchMatches('release//x', ['release?/*'])).toBe(false);
  });
  it('matches any depth with **, and * within one segment', () => {
    expect(branchMatches('release/1.x', ['release/**'])).toBe(true);
    expect(branchMatches('release/a/b/c', ['release/**'])).toBe(true);
    expect(branchMatches('team/release/x', ['**/release/*'])).toBe(true);
    expect(branchMatches('release', ['release/**'])).toBe(true);
    expect(branchMatches('prerelease/x', ['release/**'])).toBe(false);
    expect(branchMatches('hotfix/.x', ['hotfix/*'])).toBe(true);
    expect(branchMatches('anything', [])).toBe(false);
  });
});

describe('release notes', () => {
  const base = {
    projectName: 'mongodb-session-manager',
    version: '0.1.15',
    prerelease: false,
    tag: 'v0.1.15',
    previousTag: 'v0.1.14',
    changelogSection: '### Fixed\n- Connection pool leak',
    repositoryUrl: 'https://github.com/iguinea/mongodb-session-manager',
    changelogFile: 'CHANGELOG.md',
  };
  it('follows the changelog section with installation, upgrade and full-changelog parts', () => {
    const body = releaseNotes(base);
    expect(body.startsWith('### Fixed\n- Connection pool leak\n\n## Installation')).toBe(true);
    expect(body).toContain('pip install mongodb-session-manager==0.1.15');
    expect(body).toContain('uv add mongodb-session-manager==0.1.15');
    expect(body).toContain('pip install --upgrade mongodb-session-manager\n');
    expect(body).toContain(
      '**Full Changelog**: [v0.1.14...v0.1.15](https://github.com/iguinea/mongodb-session-manager/compare/v0.1.14...v0.1.15)',
    );
    expect(body).toContain(
      '(https://github.com/iguinea/mongodb-session-manager/blob/v0.1.15/CHANGELOG.md)',
    );
  });
  it('asks pip for pre-releases when upgrading to one, and links the tag of a first release', () => {
    const body = releaseNotes({
      ...base,
      version: '0.2.0rc1',
      tag: 'v0.2.0rc1',
      prerelease: true,
      previousTag: undefined,
    });
    expect(body).toContain('pip install --upgrade --pre mongodb-session-manager');
    expect(body).toContain(
      '[v0.2.0rc1](https://github.com/iguinea/mongodb-session-manager/commits/v0.2.0rc1)',
    );
    expect(body).not.toContain('compare/');
  });
});

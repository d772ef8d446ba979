import { describe, expect, it } from 'vitest';
import {
  describeReleaseBranches,
  isReleaseBranch,
  isReleaseLineName,
  releaseBranchCandidates,
  releaseBranches,
} from '../../../src/version/release-branches.js';

const RELEASE_LINES = [
  '1.4.x',
  '2.0.x',
  '3.x',
  'release/v2.3.x',
  'release/2.3',
  'release-2.3',
  'releases/2.3',
  'branch3.1',
  'stable/5.1',
  'maint/1.2',
  'maintenance/1.x',
  'v2.x',
  'backport/3.12',
  '3.12',
  '4.2-branch',
  'release/2',
  'release_1.0',
  '1.2-stable',
  'v2-9-stable',
  '7-1-stable',
];

const NOT_RELEASE_LINES = [
  'feature/x',
  'fix-login',
  'dependabot/pip/foo-1.2',
  'patch-1',
  'main',
  '2',
  'v2',
  '1.x.2',
  '1..2',
  '.1.2',
  '1.2.',
  'release/',
  'release/x',
  'releasex/1.2',
  'prerelease/1.2',
  'feature/1.2',
  'user/3.12',
  'release/1.2/extra',
  '1.2-feature',
  '1.2.x-hotfix',
  'Release/1.2',
  '1.2 ',
  'hatch-v1.13.x',
  'port-to-2.x',
  'v2-9',
  '2-9-test',
];

describe('isReleaseLineName', () => {
  it.each(RELEASE_LINES)('%s is a release line', (branch) => {
    expect(isReleaseLineName(branch)).toBe(true);
  });

  it.each(NOT_RELEASE_LINES)('%s is not', (branch) => {
    expect(isReleaseLineName(branch)).toBe(false);
  });

  it("takes a line after the project's own name, as monorepos name them (hatch-v1.13.x)", () => {
    expect(isReleaseLineName('hatch-v1.13.x', ['hatch'])).toBe(true);
    expect(isReleaseLineName('hatchling-v0.25.x', ['hatchling'])).toBe(true);
    expect(isReleaseLineName('Foo_Bar-1.2', ['foo-bar'])).toBe(true);
    expect(isReleaseLineName('mypkg/2.x', ['mypkg'])).toBe(true);
    expect(isReleaseLineName('hatchling-v0.25.x', ['hatch'])).toBe(false);
    expect(isReleaseLineName('hatch-2', ['hatch'])).toBe(false);
    expect(isReleaseLineName('hatch-fix-1.x', ['hatch'])).toBe(false);
    expect(isReleaseLineName('port-to-2.x', ['hatch'])).toBe(false);
  });

  it('reads a long hostile name in linear time', () => {
    const started = performance.now();
    for (const branch of [
      `release/${'1.'.repeat(100_000)}`,
      `${'1.'.repeat(100_000)}x-y`,
      `release${'/'.repeat(100_000)}1`,
      `v${'1'.repeat(200_000)}.`,
      `${'1-'.repeat(100_000)}stablex`,
      `${'a-'.repeat(100_000)}1.x`,
    ]) {
      expect(isReleaseLineName(branch, ['a'])).toBe(false);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the release branches', () => {
  const byDefault = releaseBranches([], 'main');

  it('are by default the default branch, hotfix/* and release lines', () => {
    for (const branch of ['main', 'hotfix/1.2.4', ...RELEASE_LINES]) {
      expect(isReleaseBranch(branch, byDefault), branch).toBe(true);
    }
    for (const branch of ['develop', 'hotfix/a/b', 'feature/x', 'fix-login', 'patch-1']) {
      expect(isReleaseBranch(branch, byDefault), branch).toBe(false);
    }
    expect(isReleaseBranch('trunk', releaseBranches([], 'trunk'))).toBe(true);
    expect(isReleaseBranch('hatch-v1.13.x', releaseBranches([], 'master', ['hatch']))).toBe(true);
    expect(describeReleaseBranches(byDefault)).toBe(
      'main, hotfix/* or a release line such as 1.4.x, 3.12 or release/2.3',
    );
  });

  it('are exactly the release-branches input when it is set', () => {
    const configured = releaseBranches(['main', 'release/v[0-9]*'], 'main');
    expect(isReleaseBranch('release/v2.3', configured)).toBe(true);
    expect(isReleaseBranch('1.4.x', configured)).toBe(false);
    expect(isReleaseBranch('hotfix/1', configured)).toBe(false);
    expect(isReleaseBranch('hatch-v1.13.x', releaseBranches(['main'], 'main', ['hatch']))).toBe(
      false,
    );
    expect(describeReleaseBranches(configured)).toBe('main, release/v[0-9]*');
  });

  it('are searched for the tag first where it is the tip, then by pattern, then release lines', () => {
    const branches = [
      { name: 'feature/x', tip: 'c1' },
      { name: '1.3.x', tip: 'c2' },
      { name: '1.4.x', tip: 'c3' },
      { name: 'main', tip: 'c4' },
      { name: 'hotfix/1', tip: 'c5' },
    ];
    expect(releaseBranchCandidates(branches, 'c3', byDefault)).toEqual([
      '1.4.x',
      'main',
      'hotfix/1',
      '1.3.x',
    ]);
    expect(releaseBranchCandidates(branches, 'c1', releaseBranches(['main'], 'main'))).toEqual([
      'main',
    ]);
  });
});

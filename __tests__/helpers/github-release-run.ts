// A tagged example project released through dist/index.js against a local index and a local
// GitHub API, and the end state a release should reach: one release for the tag, both files
// attached whole, the milestone closed.
import { expect } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import type { GithubServer } from '../../servers/github.js';
import type { PypiServer } from '../../servers/pypi.js';
import { runAction, type ActionRun } from './action.js';
import { makeRepo, type TestRepo } from './repo.js';

export const PYPI_TOKEN = 'pypi-proof-token-0123456789';
export const GITHUB_TOKEN = 'ghs_prooftoken0123456789';
export const OWNER = 'octo';
export const REPO = 'hello-pyrelease';
export const TAG = 'v0.1.15';

export async function taggedRepo(tag = TAG): Promise<TestRepo> {
  const repo = await makeRepo();
  repo.git('tag', 'v0.1.14', 'HEAD');
  repo.git('tag', '-a', tag, '-m', `Release ${tag}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

export interface ReleaseRun {
  repo: TestRepo;
  github: GithubServer;
  pypi: PypiServer;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** A `release` event for this release instead of a tag push (`published` unless `action`). */
  event?: { id: number; draft: boolean; action?: string };
  onSpawn?: (child: ChildProcess) => void;
}

export function runRelease(run: ReleaseRun): Promise<ActionRun> {
  const release = run.event && {
    id: run.event.id,
    tag_name: TAG,
    draft: run.event.draft,
    name: TAG,
  };
  return runAction({
    workspace: run.repo.dir,
    eventName: release ? 'release' : 'push',
    ref: `refs/tags/${TAG}`,
    payload: release
      ? {
          action: run.event?.action ?? 'published',
          release,
          repository: { default_branch: 'main' },
        }
      : { ref: `refs/tags/${TAG}`, repository: { default_branch: 'main' } },
    env: {
      GITHUB_API_URL: run.github.url,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      ...run.env,
    },
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: '/usr/bin/python3',
      'repository-url': run.pypi.uploadUrl,
      'pypi-token': PYPI_TOKEN,
      'github-token': GITHUB_TOKEN,
      ...run.inputs,
    },
    ...(run.onSpawn && { onSpawn: run.onSpawn }),
  });
}

/** The release of TAG as a user sees it: fields, files (name, size, digest), the milestone. */
export function endState(github: GithubServer) {
  const releases = github.state.releases.filter((release) => release.tag_name === TAG);
  return {
    releases: releases.map((release) => ({
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      assets: github.state.assets
        .filter((asset) => asset.release_id === release.id)
        .map((asset) => ({
          name: asset.name,
          size: asset.data.length,
          state: asset.state ?? 'uploaded',
          data: asset.data.toString('base64'),
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    })),
    milestones: github.state.milestones.map((milestone) => [milestone.title, milestone.state]),
  };
}

/** One release for the tag with the wheel and sdist whole, and the milestone closed. */
export function expectComplete(github: GithubServer): void {
  const state = endState(github);
  expect(state.releases).toHaveLength(1);
  const names = state.releases[0]!.assets.map((asset) => asset.name);
  expect(names).toHaveLength(2);
  expect(names.some((name) => /^hello_pyrelease-0\.1\.15-.*\.whl$/.test(name))).toBe(true);
  expect(names).toContain('hello_pyrelease-0.1.15.tar.gz');
  expect(state.releases[0]!.assets.every((asset) => asset.state === 'uploaded')).toBe(true);
  expect(state.milestones).toEqual([[TAG, 'closed']]);
  expect(github.violations).toEqual([]);
}

/** A failed run that says what to do in one error annotation, without a stack trace. */
export function expectOneClearError(run: ActionRun, title: string, says: RegExp): void {
  expect(run.exitCode, run.stdout).toBe(1);
  const errors = run.annotations.filter((annotation) => annotation.level === 'error');
  expect(errors.map((error) => error.properties.title)).toEqual([title]);
  expect(errors[0]!.message).toMatch(says);
  expect(run.stdout).not.toContain('Unexpected failure');
  expect(run.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
  expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(GITHUB_TOKEN);
  expect(run.outputs).toEqual({});
}

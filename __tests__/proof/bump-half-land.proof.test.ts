// A bump that its release would refuse must be refused before anything is pushed: the bump
// pushes the commit and the tag, and a release refused after that leaves a tag with no release.
// Each case runs "Run workflow" through the bundled action with a bare origin, and origin's refs
// (and the checkout) must be exactly as before.
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { checkoutState, remoteRefs } from '../helpers/proof.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

interface Case {
  readonly name: string;
  readonly branch: string;
  readonly prepare: (repo: TestRepo) => Promise<void> | void;
  readonly inputs?: Record<string, string>;
  readonly title: string;
}

const CASES: Case[] = [
  {
    name: 'a branch that is not a release branch',
    branch: 'feature/x',
    prepare: (repo) => {
      repo.git('checkout', '--quiet', '-b', 'feature/x');
      repo.git('push', '--quiet', 'origin', 'feature/x');
    },
    title: 'Not a release branch',
  },
  {
    name: 'a branch outside release-branches globs',
    branch: 'release-1.x',
    prepare: (repo) => {
      repo.git('checkout', '--quiet', '-b', 'release-1.x');
      repo.git('push', '--quiet', 'origin', 'release-1.x');
    },
    inputs: { 'release-branches': 'release/v[0-9]*, main' },
    title: 'Not a release branch',
  },
  {
    name: 'a detached HEAD',
    branch: 'main',
    prepare: (repo) => void repo.git('checkout', '--quiet', '--detach'),
    title: 'Detached HEAD',
  },
  {
    name: 'a local commit not on origin/main',
    branch: 'main',
    prepare: async (repo) => {
      await repo.write('local.txt', 'not pushed\n');
      repo.commitAll('Local only');
    },
    title: 'Local commit not on the remote branch',
  },
  {
    name: 'a checkout of another branch than the run’s',
    branch: 'main',
    prepare: (repo) => {
      repo.git('checkout', '--quiet', '-b', 'other');
      repo.git('push', '--quiet', 'origin', 'other');
    },
    title: 'Wrong branch checked out',
  },
  {
    name: 'an untracked file the release would refuse',
    branch: 'main',
    prepare: (repo) => repo.write('scratch.py', 'print("not committed")\n'),
    title: 'Working tree not clean',
  },
  {
    name: 'a local version the index would refuse',
    branch: 'main',
    prepare: () => undefined,
    inputs: { bump: '0.2.0+local' },
    title: 'Invalid bump',
  },
  // The release's own checks run on the bump's local commit and tag; the push waits for them.
  {
    name: 'a wheel whose import fails',
    branch: 'main',
    prepare: () => undefined,
    inputs: { 'smoke-test': 'import hello_pyrelease.missing_module' },
    title: 'Wheel test failed',
  },
  {
    name: 'metadata that twine check --strict refuses',
    branch: 'main',
    prepare: async (repo) => {
      await repo.edit(
        'pyproject.toml',
        'readme = "README.md"',
        'readme = { file = "README.rst", content-type = "text/x-rst" }',
      );
      await repo.write(
        'README.rst',
        'hello\n=====\n\nBroken `link <http://example.com>`__ and *unclosed\n\n.. unknown-directive:: x\n',
      );
      repo.commitAll('An RST readme twine refuses');
      repo.git('push', '--quiet', 'origin', 'main');
    },
    title: 'twine check failed',
  },
];

describe.concurrent('a bump its release would refuse pushes nothing', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const repo = await makeRepo();
      repo.git('tag', '-a', 'v0.1.15', '-m', 'Release 0.1.15');
      repo.git('push', '--quiet', 'origin', 'v0.1.15');
      await c.prepare(repo);
      const refs = remoteRefs(repo);
      const state = checkoutState(repo);
      const run = await runAction({
        workspace: repo.dir,
        eventName: 'workflow_dispatch',
        ref: `refs/heads/${c.branch}`,
        payload: { inputs: { bump: 'patch' }, repository: { default_branch: 'main' } },
        inputs: {
          builder: 'build',
          'build-isolation': 'false',
          python: '/usr/bin/python3',
          'repository-url': 'none',
          ...c.inputs,
        },
      });
      expect(run.exitCode, run.stdout).toBe(1);
      const errors = run.annotations.filter((annotation) => annotation.level === 'error');
      expect(errors.map((error) => error.properties.title)).toEqual([c.title]);
      expect(remoteRefs(repo)).toBe(refs);
      // What the build wrote to dist/ stays, as after any refused release that built.
      const built = /^\?\? dist\/hello_pyrelease-0\.1\.16[-.].*\n?/gm;
      expect(checkoutState(repo).replace(built, '').trimEnd()).toBe(state.trimEnd());
      expect(run.outputs).toEqual({});
    });
  }
});

// A release killed half-way on the GitHub side (SIGKILL: no cleanup, no message) and run again
// ends exactly as a clean run does: one release for the tag, its files whole, the milestone
// closed, the index holding the same files.
import type { ChildProcess } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  endState,
  expectComplete,
  GITHUB_TOKEN,
  OWNER,
  PYPI_TOKEN,
  REPO,
  runRelease,
  taggedRepo,
  TAG,
} from '../helpers/github-release-run.js';
import type { TestRepo } from '../helpers/repo.js';
import { startGithubServer, type FaultAnswer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

let repo: TestRepo;
const servers: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  repo = await taggedRepo();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function servePair(): Promise<{ github: GithubServer; pypi: PypiServer }> {
  const [github, pypi] = await Promise.all([
    startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN }),
    startPypiServer({ token: PYPI_TOKEN }),
  ]);
  servers.push(github, pypi);
  github.addMilestone(TAG);
  return { github, pypi };
}

const indexFiles = (pypi: PypiServer) =>
  pypi.files.map((file) => [file.filename, file.sha256]).sort();

/** Holds the chosen request open and kills the action while it waits for the answer. */
function killWhenHeld(
  github: GithubServer,
  method: string,
  path: string,
): { onSpawn: (child: ChildProcess) => void } {
  let child: ChildProcess | undefined;
  const answer: FaultAnswer = { hang: 'before', onHold: () => child?.kill('SIGKILL') };
  github.plan({ method, path, answer });
  return { onSpawn: (spawned) => (child = spawned) };
}

describe('a release killed on the GitHub side and run again', () => {
  for (const [name, inputs, method, path] of [
    [
      'killed after the release was created, during an asset upload',
      {},
      'POST',
      '/repos/{owner}/{repo}/releases/{id}/assets',
    ],
    [
      'killed after the release was published, while closing the milestone',
      { draft: 'false' },
      'PATCH',
      '/repos/{owner}/{repo}/milestones/{number}',
    ],
  ] as const) {
    it(name, async () => {
      const clean = await servePair();
      const reference = await runRelease({ repo, ...clean, inputs });
      expect(reference.exitCode, reference.stdout).toBe(0);
      expectComplete(clean.github);

      const broken = await servePair();
      const killed = await runRelease({
        repo,
        ...broken,
        inputs,
        ...killWhenHeld(broken.github, method, path),
      });
      expect(killed.exitCode).toBe(137); // killed by SIGKILL
      const half = endState(broken.github);
      expect(half.releases).toHaveLength(1);
      expect(half.milestones).toEqual([[TAG, 'open']]);
      if (method === 'POST') expect(half.releases[0]!.assets.length).toBeLessThan(2);

      broken.github.clearFaults();
      const again = await runRelease({ repo, ...broken, inputs });
      expect(again.exitCode, again.stdout).toBe(0);
      expect(endState(broken.github)).toEqual(endState(clean.github));
      expect(indexFiles(broken.pypi)).toEqual(indexFiles(clean.pypi));
      expect(broken.github.violations).toEqual([]);
    });
  }
});

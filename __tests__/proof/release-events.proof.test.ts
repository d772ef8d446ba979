// A workflow on `release` without `types` runs for every activity of a release: created, edited,
// unpublished, deleted. Only a release made public (published, released, prereleased) releases;
// every other activity does nothing but say so, through dist/index.js: no build, no upload, no
// request that writes to GitHub, so a release the maintainer deleted does not come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GITHUB_TOKEN,
  OWNER,
  PYPI_TOKEN,
  REPO,
  runRelease,
  taggedRepo,
  TAG,
} from '../helpers/github-release-run.js';
import type { TestRepo } from '../helpers/repo.js';
import { startGithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

let pypi: PypiServer;
let repo: TestRepo;

beforeAll(async () => {
  [pypi, repo] = await Promise.all([startPypiServer({ token: PYPI_TOKEN }), taggedRepo()]);
});
afterAll(() => pypi?.close());

describe('release events that release nothing', () => {
  for (const action of ['deleted', 'unpublished', 'edited', 'created', 'Not an action; $(id)']) {
    it(`${JSON.stringify(action)}: a notice, and nothing built, uploaded or written`, async () => {
      const github = await startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN });
      try {
        github.addMilestone(TAG);
        const release = github.addRelease({ tag_name: TAG, name: TAG, body: '', draft: false });
        const run = await runRelease({
          repo,
          github,
          pypi,
          event: { id: release.id, draft: false, action },
        });
        expect(run.exitCode, run.stdout).toBe(0);
        const notice = run.annotations.find((a) => a.properties.title === 'Release event ignored');
        expect(notice?.level).toBe('notice');
        expect(notice?.message).toContain(
          action === 'Not an action; $(id)' ? 'was unknown' : `was ${action}`,
        );
        expect(run.annotations).toHaveLength(1);
        expect(run.stdout).not.toContain('python -m build');
        expect(github.requests).toEqual([]);
        expect(pypi.files.filter((file) => file.version === '0.1.15')).toEqual([]);
        expect(github.state.milestones[0]!.state).toBe('open');
        expect(github.violations).toEqual([]);
      } finally {
        await github.close();
      }
    });
  }

  it('published still releases', async () => {
    const github = await startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN });
    try {
      github.addMilestone(TAG);
      const release = github.addRelease({ tag_name: TAG, name: TAG, body: '', draft: false });
      const run = await runRelease({ repo, github, pypi, event: { id: release.id, draft: false } });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(pypi.files.filter((file) => file.version === '0.1.15')).toHaveLength(2);
      expect(run.annotations.some((a) => a.properties.title === 'Release event ignored')).toBe(
        false,
      );
    } finally {
      await github.close();
    }
  });
});

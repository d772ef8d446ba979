// Racing runs: two runs of the bundled action for one tag, started at the same time against the
// same GitHub API, index and bare remote (a tag push and a release event, or a re-run while the
// first still runs). Both list the releases before either creates one, so both create a draft;
// the one that created the later draft deletes it and completes the other. At the end the tag
// has exactly one release, with each file attached once, the index holds each file once, one
// discussion is open, and the milestone's open issue moved once.
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import {
  GITHUB_TOKEN,
  OWNER,
  PYPI_TOKEN,
  REPO,
  runRelease,
  taggedRepo,
  TAG,
} from '../helpers/github-release-run.js';
import { gitIn, type TestRepo } from '../helpers/repo.js';
import { startGithubServer } from '../../servers/github.js';
import { startPypiServer } from '../../servers/pypi.js';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A second checkout of the same bare remote, at the tag. */
function secondCheckout(repo: TestRepo): TestRepo {
  const dir = path.join(path.dirname(repo.dir), 'second');
  gitIn(path.dirname(repo.dir), 'clone', '--quiet', repo.origin, dir);
  return { ...repo, dir, git: (...args) => gitIn(dir, ...args) };
}

describe('two runs of one tag at the same time', () => {
  it('leave one release, each file once on the index and on the release', async () => {
    const first = await taggedRepo();
    const second = secondCheckout(first);
    const [github, pypi] = await Promise.all([
      startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN }),
      startPypiServer({ token: PYPI_TOKEN }),
    ]);
    servers.push(github, pypi);
    const milestone = github.addMilestone(TAG);
    github.addIssue({ title: 'not done yet', milestone: milestone.number });
    const inputs = { draft: 'false', 'discussion-category': 'Announcements' };
    const refsBefore = gitIn(first.origin, 'for-each-ref');

    const runs = await Promise.all([
      runRelease({ repo: first, github, pypi, inputs }),
      runRelease({ repo: second, github, pypi, inputs }),
    ]);
    for (const run of runs) expect(run.exitCode, run.stdout).toBe(0);

    const releases = github.state.releases.filter((release) => release.tag_name === TAG);
    expect(releases).toHaveLength(1);
    expect(releases[0]!.draft).toBe(false);
    const creates = github.requests.filter((r) => r.operationId === 'repos/create-release');
    const deletes = github.requests.filter((r) => r.operationId === 'repos/delete-release');
    expect(creates).toHaveLength(2);
    expect(deletes).toHaveLength(1);
    const notices = runs.flatMap((run) =>
      run.annotations.filter((a) => a.properties.title === 'Release made by another run'),
    );
    expect(notices).toHaveLength(1);

    const attached = github.state.assets.filter((asset) => asset.release_id === releases[0]!.id);
    const names = attached.map((asset) => asset.name).sort();
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    expect(attached.every((asset) => (asset.state ?? 'uploaded') === 'uploaded')).toBe(true);

    const onIndex = pypi.files.map((file) => file.filename).sort();
    expect(onIndex).toEqual(names);

    expect(github.state.discussions).toHaveLength(1);
    expect(github.state.discussions[0]!.releaseId).toBe(releases[0]!.id);
    expect(github.state.milestones.map((m) => [m.title, m.state])).toEqual([
      [TAG, 'closed'],
      ['v0.1.16', 'open'],
    ]);
    expect(github.state.issues.map((issue) => issue.milestone)).toEqual([
      github.state.milestones[1]!.number,
    ]);
    expect(gitIn(first.origin, 'for-each-ref')).toBe(refsBefore);
    expect(github.violations).toEqual([]);
  });
});

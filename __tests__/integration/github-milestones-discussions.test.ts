// The guide's last steps against the local GitHub API (checked against GitHub's OpenAPI
// description): the milestone's open issues and pull requests move to the next milestone before
// it is closed, a release opens one discussion, and two runs that create the release of one tag
// at the same time leave one release. Each re-run changes nothing more.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { octokitReleaser } from '../../src/github/releaser.js';
import {
  closeReleaseMilestone,
  publishGithubRelease,
  type AssetFile,
} from '../../src/github/github-release.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer } from '../../servers/pypi.js';
import {
  GITHUB_TOKEN,
  OWNER,
  PYPI_TOKEN,
  REPO,
  runRelease,
  taggedRepo,
  TAG,
} from '../helpers/github-release-run.js';

const TOKEN = 'ghs_milestonetoken0123456789';
let server: GithubServer;

beforeEach(async () => {
  server = await startGithubServer({ owner: 'octo', repo: 'guide', token: TOKEN });
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

const releaser = () =>
  octokitReleaser({ token: TOKEN, repository: 'octo/guide', apiUrl: server.url });

const onMilestone = (number: number) =>
  server.state.issues
    .filter((item) => item.milestone === number)
    .map((item) => item.title)
    .sort();

describe('closing the milestone moves its open issues and pull requests', () => {
  it('to the open milestone with the lowest version above, once', async () => {
    const closing = server.addMilestone('v0.1.15');
    const later = server.addMilestone('v0.2.0');
    const next = server.addMilestone('v0.1.16');
    server.addMilestone('Backlog');
    server.addIssue({ title: 'open issue', milestone: closing.number });
    server.addIssue({ title: 'open pull', milestone: closing.number, pull: true });
    server.addIssue({ title: 'done', milestone: closing.number, state: 'closed' });

    const closed = await closeReleaseMilestone(releaser(), 'v0.1.15', '0.1.15');
    expect(closed?.next).toEqual({ title: 'v0.1.16', created: false });
    expect(closed?.moved.map((item) => [item.title, item.pullRequest]).sort()).toEqual([
      ['open issue', false],
      ['open pull', true],
    ]);
    expect(onMilestone(next.number)).toEqual(['open issue', 'open pull']);
    expect(onMilestone(closing.number)).toEqual(['done']);
    expect(onMilestone(later.number)).toEqual([]);
    expect(closing.state).toBe('closed');

    const writes = () => server.requests.filter((r) => r.method !== 'GET').length;
    const before = writes();
    expect(await closeReleaseMilestone(releaser(), 'v0.1.15', '0.1.15')).toBeUndefined();
    expect(writes()).toBe(before);
    expect(onMilestone(next.number)).toEqual(['open issue', 'open pull']);
  });

  it('to a milestone it creates when there is none above, named like the closed one', async () => {
    const closing = server.addMilestone('0.1.15');
    server.addMilestone('0.1.14');
    server.addIssue({ title: 'left over', milestone: closing.number });
    const closed = await closeReleaseMilestone(releaser(), 'v0.1.15', '0.1.15');
    expect(closed?.next).toEqual({ title: '0.1.16', created: true });
    const created = server.state.milestones.find((m) => m.title === '0.1.16');
    expect(created?.state).toBe('open');
    expect(onMilestone(created!.number)).toEqual(['left over']);
  });

  it('a run stopped after the move moves nothing again and creates no second milestone', async () => {
    const closing = server.addMilestone('v0.1.15');
    server.addIssue({ title: 'left over', milestone: closing.number });
    // The first run moved the issue to the milestone it created, then stopped before closing.
    const made = server.addMilestone('v0.1.16');
    server.state.issues[0]!.milestone = made.number;
    const closed = await closeReleaseMilestone(releaser(), 'v0.1.15', '0.1.15');
    expect(closed).toEqual({ title: 'v0.1.15', moved: [] });
    expect(server.state.milestones.map((m) => [m.title, m.state])).toEqual([
      ['v0.1.15', 'closed'],
      ['v0.1.16', 'open'],
    ]);
    expect(server.requests.some((r) => r.operationId === 'issues/update')).toBe(false);
  });

  it('no milestone for the version: nothing happens', async () => {
    server.addMilestone('v0.2.0');
    expect(await closeReleaseMilestone(releaser(), 'v0.1.15', '0.1.15')).toBeUndefined();
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('the release discussion', () => {
  it('opens once, when the release is published, in the category named', async () => {
    const client = releaser();
    const draft = await client.createRelease({
      tagName: 'v1.0.0',
      name: 'v1.0.0',
      body: 'notes',
      draft: true,
      prerelease: false,
    });
    expect(draft.discussionUrl).toBeUndefined();
    const published = await client.updateRelease(draft.id, {
      draft: false,
      discussionCategoryName: 'Announcements',
    });
    expect(published.discussionUrl).toMatch(/\/discussions\/1$/);
    // Asked again (a re-run, a retried request): GitHub ignores the category.
    const again = await client.updateRelease(draft.id, { discussionCategoryName: 'General' });
    expect(again.discussionUrl).toBe(published.discussionUrl);
    expect(server.state.discussions).toEqual([
      expect.objectContaining({ category: 'Announcements', releaseId: draft.id }),
    ]);
  });

  it('a category the repository does not have is refused', async () => {
    const client = releaser();
    const draft = await client.createRelease({
      tagName: 'v1.0.0',
      name: 'v1.0.0',
      body: 'notes',
      draft: true,
      prerelease: false,
    });
    await expect(
      client.updateRelease(draft.id, { draft: false, discussionCategoryName: 'Nope' }),
    ).rejects.toThrow(/422|Validation/);
    expect(server.state.discussions).toEqual([]);
  });
});

function file(name: string, text: string): AssetFile {
  const data = Buffer.from(text);
  const sha256 = createHash('sha256').update(data).digest('hex');
  return { name, data, contentType: 'application/octet-stream', sha256, path: `dist/${name}` };
}

describe('two runs that create the release of one tag at the same time', () => {
  it('leave one release: the later one deletes its own and completes the other', async () => {
    const request = {
      tag: 'v1.0.0',
      title: 'v1.0.0',
      body: 'notes',
      prerelease: false,
      updatePublished: false,
      assets: [file('p-1.0.0.tar.gz', 'sdist'), file('p-1.0.0-py3-none-any.whl', 'wheel')],
    };
    // Both listed the releases before either created one.
    const [first, second] = await Promise.all([
      publishGithubRelease(releaser(), request, []),
      publishGithubRelease(releaser(), request, []),
    ]);
    expect(server.state.releases).toHaveLength(1);
    const kept = server.state.releases[0]!;
    expect([first.release.id, second.release.id]).toEqual([kept.id, kept.id]);
    expect([first, second].filter((result) => result.raced)).toHaveLength(1);
    expect([first, second].filter((result) => result.created)).toHaveLength(1);
    const raced = (first.raced ?? second.raced)!;
    expect(raced.kept).toBe(kept.id);
    expect(raced.deleted).toBeGreaterThan(kept.id);
    expect(server.state.assets.map((asset) => asset.name).sort()).toEqual([
      'p-1.0.0-py3-none-any.whl',
      'p-1.0.0.tar.gz',
    ]);
  });

  it("never deletes a release it did not create: the maintainer's published one is kept", async () => {
    const theirs = server.addRelease({ tag_name: 'v1.0.0', name: 'Mine', body: 'my notes' });
    const result = await publishGithubRelease(
      releaser(),
      {
        tag: 'v1.0.0',
        title: 'v1.0.0',
        body: 'notes',
        prerelease: false,
        updatePublished: false,
        assets: [],
      },
      [],
    );
    expect(result.release.id).toBe(theirs.id);
    expect(server.state.releases.map((release) => release.id)).toEqual([theirs.id]);
    expect(theirs.body).toBe('my notes');
  });
});

describe('the bundled action', () => {
  it('publishes with one discussion and moves the open issues; a re-run changes nothing', async () => {
    const github = await startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN });
    const pypi = await startPypiServer({ token: PYPI_TOKEN });
    try {
      const repo = await taggedRepo();
      const closing = github.addMilestone(TAG);
      github.addIssue({ title: 'Docs <b>later</b>', milestone: closing.number });
      github.addIssue({ title: 'A pull request', milestone: closing.number, pull: true });
      const inputs = { draft: 'false', 'discussion-category': 'Announcements' };

      const run = await runRelease({ repo, github, pypi, inputs });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(github.state.discussions).toHaveLength(1);
      const next = github.state.milestones.find((m) => m.title === 'v0.1.16');
      expect(next?.state).toBe('open');
      expect(github.state.issues.map((item) => item.milestone)).toEqual([
        next!.number,
        next!.number,
      ]);
      expect(run.summary).toContain('Milestone v0.1.15 closed; moved to v0.1.16 (created)');
      expect(run.summary).toContain('#1 Docs &lt;b&gt;later&lt;/b&gt;');
      expect(run.summary).toContain('#2 A pull request (pull request)');

      const writes = () => github.requests.filter((r) => r.method !== 'GET').length;
      const before = writes();
      const again = await runRelease({ repo, github, pypi, inputs });
      expect(again.exitCode, again.stdout).toBe(0);
      expect(writes()).toBe(before);
      expect(github.state.discussions).toHaveLength(1);
      expect(github.state.milestones).toHaveLength(2);
      expect(again.summary).not.toContain('moved to');
      expect(github.violations).toEqual([]);
    } finally {
      await Promise.all([github.close(), pypi.close()]);
    }
  });
});

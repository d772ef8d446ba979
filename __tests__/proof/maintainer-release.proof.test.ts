// The maintainer's release stays theirs, end to end through dist/index.js: on `release:
// published` the release keeps its title and notes and is not edited; a draft the maintainer
// wrote gets the files and keeps its notes; the milestone is closed either way.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const NOTES = '## Highlights\n\nWritten by hand, with care.\n';

let pypi: PypiServer;
let repo: TestRepo;
let github: GithubServer | undefined;

beforeAll(async () => {
  [pypi, repo] = await Promise.all([startPypiServer({ token: PYPI_TOKEN }), taggedRepo()]);
});
afterAll(() => pypi?.close());
afterEach(async () => {
  expect(github?.violations).toEqual([]);
  await github?.close();
  github = undefined;
});

async function withRelease(draft: boolean) {
  github = await startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN });
  github.addMilestone(TAG);
  const release = github.addRelease({ tag_name: TAG, name: 'Hello 0.1.15', body: NOTES, draft });
  return { server: github, release };
}

const releaseWrites = (server: GithubServer) =>
  server.requests.filter((r) => r.method !== 'GET' && /\/releases/.test(r.path));
const assetNames = (server: GithubServer) => server.state.assets.map((a) => a.name).sort();

describe('release: published', () => {
  it('keeps the title and notes, edits nothing, and says how to attach the files', async () => {
    const { server, release } = await withRelease(false);
    const run = await runRelease({
      repo,
      github: server,
      pypi,
      event: { id: release.id, draft: false },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(server.state.releases).toHaveLength(1);
    expect(server.state.releases[0]).toMatchObject({ name: 'Hello 0.1.15', body: NOTES });
    expect(releaseWrites(server)).toEqual([]);
    const warning = run.annotations.find((a) => a.properties.title === 'Assets not attached');
    expect(warning?.level).toBe('warning');
    expect(warning?.message).toMatch(
      /gh release upload v0\.1\.15 dist\/hello_pyrelease-0\.1\.15.*\.whl dist\/hello_pyrelease-0\.1\.15\.tar\.gz --clobber|gh release upload v0\.1\.15 dist\/hello_pyrelease-0\.1\.15\.tar\.gz dist\/hello_pyrelease-0\.1\.15.*\.whl --clobber/,
    );
    expect(warning?.message).toContain('add update-published to github-release');
    expect(server.state.milestones[0]!.state).toBe('closed');
    expect(pypi.files.filter((f) => f.version === '0.1.15')).toHaveLength(2);
    expect(run.outputs['release-id']).toBe(String(release.id));
  });

  it('attaches the files when update-published-release is true, and keeps the notes', async () => {
    const { server, release } = await withRelease(false);
    const run = await runRelease({
      repo,
      github: server,
      pypi,
      event: { id: release.id, draft: false },
      inputs: { 'github-release': 'draft, attach-files, close-milestone, update-published' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(server.state.releases[0]).toMatchObject({
      name: 'Hello 0.1.15',
      body: NOTES,
      draft: false,
    });
    expect(assetNames(server)).toHaveLength(2);
    expect(releaseWrites(server).every((r) => r.path.endsWith('/assets'))).toBe(true);
    expect(server.state.milestones[0]!.state).toBe('closed');
  });
});

describe("the maintainer's draft", () => {
  it('gets the files, keeps its notes and stays the one release of the tag', async () => {
    const { server } = await withRelease(true);
    const run = await runRelease({ repo, github: server, pypi });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(server.state.releases).toHaveLength(1);
    expect(server.state.releases[0]).toMatchObject({
      name: 'Hello 0.1.15',
      body: NOTES,
      draft: true,
    });
    expect(assetNames(server)).toHaveLength(2);
    expect(server.state.milestones[0]!.state).toBe('closed');
  });
});

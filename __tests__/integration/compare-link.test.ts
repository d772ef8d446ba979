// The release notes' compare link on actions/checkout's default shallow checkout, which has no
// tag but the one released: the previous version comes from the repository's tags on GitHub, and
// from its releases when GitHub has no earlier tag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { makeRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';

const GITHUB_TOKEN = 'ghs_testtoken0123456789';
let github: GithubServer;

beforeAll(async () => {
  github = await startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN });
});
afterAll(async () => {
  await github?.close();
});

function releaseFromTag(dir: string) {
  return runAction({
    workspace: dir,
    eventName: 'push',
    ref: 'refs/tags/v0.1.15',
    payload: { ref: 'refs/tags/v0.1.15', repository: { default_branch: 'main' } },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/hello-pyrelease' },
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: '/usr/bin/python3',
      'repository-url': 'none',
      'github-token': GITHUB_TOKEN,
    },
  });
}

describe('the compare link without local tags', () => {
  it('links from the newest earlier tag GitHub lists, when the repository has no release', async () => {
    github.state.releases.length = 0;
    github.state.assets.length = 0;
    // Listed by GitHub as text (v0.1.9 before v0.1.14), more than one page of 100: the version
    // order decides, and every page is read. A pre-release is no base for a final release.
    for (let n = 0; n < 120; n++) github.addTag(`v0.0.${n}`);
    for (const name of ['v0.1.9', 'v0.1.13', 'v0.1.14', 'v0.1.15rc1', 'v0.1.15', 'v1.0.0'])
      github.addTag(name);
    const repo = await makeRepo();
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release v0.1.15');
    repo.git('push', '--quiet', 'origin', 'main', '--tags');
    expect(repo.git('tag', '--list').trim()).toBe('v0.1.15');
    const before = github.requests.length;
    const run = await releaseFromTag(repo.dir);
    expect(run.exitCode, run.stdout).toBe(0);
    const release = github.state.releases.find((r) => r.tag_name === 'v0.1.15')!;
    expect(release.body).toContain(
      '[v0.1.14...v0.1.15](https://github.com/octo/hello-pyrelease/compare/v0.1.14...v0.1.15)',
    );
    const tagPages = github.requests
      .slice(before)
      .filter((call) => call.method === 'GET' && call.path === '/repos/octo/hello-pyrelease/tags');
    expect(tagPages.map((call) => call.status)).toEqual([200, 200]);
    expect(github.violations).toEqual([]);
    github.state.tags.length = 0;
  });

  it('links from the newest earlier release on GitHub', async () => {
    github.state.releases.length = 0;
    github.state.assets.length = 0;
    github.addRelease({ tag_name: 'v0.1.13', name: 'v0.1.13', draft: false });
    github.addRelease({ tag_name: 'v0.1.14', name: 'v0.1.14', draft: false });
    // A draft's tag may not exist yet: it is no base for a comparison.
    github.addRelease({ tag_name: 'v0.1.14.post1', name: 'v0.1.14.post1', draft: true });
    const repo = await makeRepo();
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release v0.1.15');
    repo.git('push', '--quiet', 'origin', 'main', '--tags');
    expect(repo.git('tag', '--list').trim()).toBe('v0.1.15');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      ref: 'refs/tags/v0.1.15',
      payload: { ref: 'refs/tags/v0.1.15', repository: { default_branch: 'main' } },
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/hello-pyrelease' },
      inputs: {
        builder: 'build',
        'build-isolation': 'false',
        python: '/usr/bin/python3',
        'repository-url': 'none',
        'github-token': GITHUB_TOKEN,
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const release = github.state.releases.find((r) => r.tag_name === 'v0.1.15')!;
    expect(release.body).toContain(
      '[v0.1.14...v0.1.15](https://github.com/octo/hello-pyrelease/compare/v0.1.14...v0.1.15)',
    );
    // The summary's links are links.
    expect(run.summary).toMatch(/<a href="https?:\/\/[^"]+">GitHub release<\/a>/);
  });
});

// The test GitHub server driven by the client the action itself uses: @actions/github's Octokit.
import { getOctokit } from '@actions/github';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { octokitReleaser } from '../../src/github/releaser.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';

const OWNER = 'octo';
const REPO = 'hello-pyrelease';
const TOKEN = 'test-token-1234';

type Octokit = ReturnType<typeof getOctokit>;

let server: GithubServer;
let octokit: Octokit;

beforeAll(async () => {
  const started = performance.now();
  server = await startGithubServer({ owner: OWNER, repo: REPO, token: TOKEN });
  // The description is 13 MB of JSON; it is read once per test process.
  expect(performance.now() - started).toBeLessThan(5_000);
  octokit = getOctokit(TOKEN, { baseUrl: server.url });
});

afterAll(async () => {
  await server.close();
});

const repo = { owner: OWNER, repo: REPO };

/** Uploads through the release's own upload_url, the way release tooling does. */
async function upload(uploadUrl: string, name: string, data: Buffer, contentType: string) {
  const response = await octokit.request({
    method: 'POST',
    url: uploadUrl,
    name,
    data,
    headers: { 'content-type': contentType, 'content-length': data.length },
  });
  return response.data as { id: number; name: string; size: number };
}

/** Runs a request expected to fail and returns its HTTP status and GitHub error body. */
async function failure(request: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  const error = await request.then(
    () => undefined,
    (thrown: { status: number; response?: { data: unknown } }) => thrown,
  );
  expect(error, 'the request should have failed').toBeDefined();
  return { status: error!.status, data: error!.response?.data };
}

describe('a release drafted, filled with assets and published', () => {
  afterEach(() => {
    // Emptied as it is checked, so one test's violation does not fail the next.
    expect(server.violations.splice(0)).toEqual([]);
  });

  it('walks the whole release flow with no request outside the description', async () => {
    const wheel = Buffer.from('wheel bytes \x00\x01\x02');
    const sdist = Buffer.from('sdist bytes, first build');
    const rebuilt = Buffer.from('sdist bytes, second build');

    const { data: repository } = await octokit.rest.repos.get(repo);
    expect(repository.full_name).toBe(`${OWNER}/${REPO}`);
    expect(repository.default_branch).toBe('main');

    const { data: draft } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v0.1.15',
      name: 'hello-pyrelease 0.1.15',
      body: '### Fixed\n- things',
      draft: true,
    });
    expect(draft).toMatchObject({ draft: true, published_at: null, target_commitish: 'main' });
    expect(draft.html_url).toBe(`https://github.com/${OWNER}/${REPO}/releases/tag/v0.1.15`);
    expect(draft.upload_url).toBe(
      `${server.url}/repos/${OWNER}/${REPO}/releases/${draft.id}/assets{?name,label}`,
    );

    // GitHub hides drafts from the by-tag lookup: a draft is found by listing.
    const byTag = await failure(octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v0.1.15' }));
    expect(byTag.status).toBe(404);
    const listed = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo });
    const found = listed.find((r) => r.draft && r.tag_name === 'v0.1.15');
    expect(found?.id).toBe(draft.id);

    const wheelName = 'hello_pyrelease-0.1.15-py3-none-any.whl';
    const sdistName = 'hello_pyrelease-0.1.15.tar.gz';
    await upload(found!.upload_url, wheelName, wheel, 'application/zip');
    const first = await upload(found!.upload_url, sdistName, sdist, 'application/gzip');
    expect(first.size).toBe(sdist.length);

    // Same name again: GitHub refuses; the tooling deletes the old asset first.
    const clash = await failure(upload(found!.upload_url, sdistName, rebuilt, 'application/gzip'));
    expect(clash.status).toBe(422);
    expect(clash.data).toMatchObject({
      errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
    });
    await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: first.id });
    // The generated endpoint with its upload server swapped for this one.
    const { data: replaced } = await octokit.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: draft.id,
      name: sdistName,
      data: rebuilt as unknown as string,
      headers: { 'content-type': 'application/gzip', 'content-length': rebuilt.length },
      baseUrl: server.url,
    });

    const { data: assets } = await octokit.rest.repos.listReleaseAssets({
      ...repo,
      release_id: draft.id,
    });
    expect(assets.map((a) => [a.name, a.size, a.content_type])).toEqual([
      [wheelName, wheel.length, 'application/zip'],
      [sdistName, rebuilt.length, 'application/gzip'],
    ]);
    const download = await octokit.rest.repos.getReleaseAsset({
      ...repo,
      asset_id: replaced.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(download.data as unknown as ArrayBuffer)).toEqual(rebuilt);

    const { data: published } = await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: draft.id,
      draft: false,
      make_latest: 'true',
    });
    expect(published.draft).toBe(false);
    expect(published.published_at).not.toBeNull();
    expect(published.assets).toHaveLength(2);
    const { data: latest } = await octokit.rest.repos.getLatestRelease(repo);
    expect(latest.id).toBe(draft.id);
    const { data: tagged } = await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v0.1.15' });
    expect(tagged.id).toBe(draft.id);

    const stored = server.state.releases.find((r) => r.id === draft.id);
    expect(stored).toMatchObject({ draft: false, name: 'hello-pyrelease 0.1.15' });
    const bytes = server.state.assets
      .filter((a) => a.release_id === draft.id)
      .map((a) => [a.name, a.data.toString()]);
    expect(bytes).toEqual([
      [wheelName, wheel.toString()],
      [sdistName, rebuilt.toString()],
    ]);
  });

  it('lists open milestones and closes one', async () => {
    server.addMilestone('0.1.15');
    server.addMilestone('0.1.14', 'closed');
    const open = await octokit.rest.issues.listMilestones({ ...repo, state: 'open' });
    expect(open.data.map((m) => m.title)).toEqual(['0.1.15']);

    const { data: closed } = await octokit.rest.issues.updateMilestone({
      ...repo,
      milestone_number: open.data[0]!.number,
      state: 'closed',
    });
    expect(closed.state).toBe('closed');
    expect(closed.closed_at).not.toBeNull();
    const after = await octokit.rest.issues.listMilestones({ ...repo, state: 'open' });
    expect(after.data).toEqual([]);
    expect(server.state.milestones.map((m) => m.state)).toEqual(['closed', 'closed']);
  });

  it('opens a pull request once per head and base', async () => {
    const { data: pull } = await octokit.rest.pulls.create({
      ...repo,
      title: 'Release 0.1.16',
      head: 'release/0.1.16',
      base: 'main',
      body: 'Bump the version.',
    });
    expect(pull).toMatchObject({ number: 1, state: 'open', draft: false });
    expect(pull.head.ref).toBe('release/0.1.16');
    const { data: pulls } = await octokit.rest.pulls.list({
      ...repo,
      head: `${OWNER}:release/0.1.16`,
    });
    expect(pulls.map((p) => p.number)).toEqual([pull.number]);

    const again = await failure(
      octokit.rest.pulls.create({ ...repo, title: 'Again', head: 'release/0.1.16', base: 'main' }),
    );
    expect(again.status).toBe(422);
    expect(server.state.pulls).toHaveLength(1);
  });
});

describe('releases and tags', () => {
  afterEach(() => {
    // Emptied as it is checked, so one test's violation does not fail the next.
    expect(server.violations.splice(0)).toEqual([]);
  });

  it('refuses a second published release for a tag, as GitHub does', async () => {
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0' });
    const second = await failure(octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0' }));
    expect(second.status).toBe(422);
    expect(second.data).toMatchObject({
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
    });
    expect(server.state.releases.filter((r) => r.tag_name === 'v1.0.0')).toHaveLength(1);
  });

  it('allows several drafts for a tag but publishes only one of them', async () => {
    // GitHub lets drafts share a tag; the clash comes when a second one is published.
    const drafts: { id: number }[] = [];
    for (const name of ['first', 'second']) {
      const { data } = await octokit.rest.repos.createRelease({
        ...repo,
        tag_name: 'v1.0.5',
        name,
        draft: true,
      });
      drafts.push(data);
    }
    await octokit.rest.repos.updateRelease({ ...repo, release_id: drafts[0]!.id, draft: false });
    const clash = await failure(
      octokit.rest.repos.updateRelease({ ...repo, release_id: drafts[1]!.id, draft: false }),
    );
    expect(clash.status).toBe(422);
    expect(clash.data).toMatchObject({
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
    });
    const { data: published } = await octokit.rest.repos.getReleaseByTag({
      ...repo,
      tag: 'v1.0.5',
    });
    expect(published.name).toBe('first');
    expect(server.state.releases.find((r) => r.id === drafts[1]!.id)?.draft).toBe(true);
  });

  it('serves seeded releases and only its own repository', async () => {
    const seeded = server.addRelease({ tag_name: 'v0.0.1', draft: true, name: 'seeded' });
    server.addAsset(seeded.id, 'notes.txt', 'hello', 'text/plain');
    const { data } = await octokit.rest.repos.getRelease({ ...repo, release_id: seeded.id });
    expect(data.assets.map((a) => [a.name, a.size])).toEqual([['notes.txt', 5]]);
    const elsewhere = await failure(
      octokit.rest.repos.getRelease({ owner: 'someone', repo: 'else', release_id: seeded.id }),
    );
    expect(elsewhere.status).toBe(404);
    await octokit.rest.repos.deleteRelease({ ...repo, release_id: seeded.id });
    expect(server.state.assets.some((a) => a.release_id === seeded.id)).toBe(false);
  });

  it('keeps the latest release where make_latest puts it', async () => {
    const { data: newer } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v1.1.0',
    });
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.id).toBe(newer.id);
    const { data: backport } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v0.9.1',
      make_latest: 'false',
    });
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.id).toBe(newer.id);
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v2.0.0rc1', prerelease: true });
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.id).toBe(newer.id);
    await octokit.rest.repos.deleteRelease({ ...repo, release_id: newer.id });
    // With the latest gone, the newest remaining full release takes its place.
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.id).toBe(backport.id);
  });

  it('pages the release list with a Link header', async () => {
    const total = server.state.releases.length;
    const { data, headers } = await octokit.rest.repos.listReleases({ ...repo, per_page: 2 });
    expect(data).toHaveLength(2);
    expect(headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: 2 });
    expect(all).toHaveLength(total);
    expect(new Set(all.map((r) => r.id)).size).toBe(total);
  });
});

describe('the tag list', () => {
  afterEach(() => {
    expect(server.violations.splice(0)).toEqual([]);
    server.state.tags.length = 0;
  });

  it('answers as GitHub does: names as text, greatest first, 30 a page, Link headers', async () => {
    for (const name of ['v0.1.9', 'v0.1.10', 'v0.1.14', 'v0.2.0rc1']) server.addTag(name);
    const { data, headers } = await octokit.rest.repos.listTags({ ...repo, per_page: 3 });
    expect(data.map((tag) => tag.name)).toEqual(['v0.2.0rc1', 'v0.1.9', 'v0.1.14']);
    expect(data[0]!.commit.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(headers.link).toContain('rel="next"');
    expect(headers.link).toContain('page=2');
    const second = await octokit.rest.repos.listTags({ ...repo, per_page: 3, page: 2 });
    expect(second.data.map((tag) => tag.name)).toEqual(['v0.1.10']);
    expect(second.headers.link).toContain('rel="prev"');
    expect(second.headers.link).not.toContain('rel="next"');

    for (let n = 0; n < 40; n++) server.addTag(`v1.0.${n}`);
    const { data: first } = await octokit.rest.repos.listTags(repo);
    expect(first).toHaveLength(30);
  });

  it('is read whole by the release client, page after page', async () => {
    for (let n = 0; n < 250; n++) server.addTag(`v0.0.${n}`);
    const before = server.requests.length;
    const releaser = octokitReleaser({
      token: TOKEN,
      repository: `${OWNER}/${REPO}`,
      apiUrl: server.url,
    });
    const names = await releaser.listTags();
    expect(names).toHaveLength(250);
    expect(new Set(names).size).toBe(250);
    const calls = server.requests.slice(before);
    expect(calls.map((call) => [call.method, call.path, call.status])).toEqual([
      ['GET', `/repos/${OWNER}/${REPO}/tags`, 200],
      ['GET', `/repos/${OWNER}/${REPO}/tags`, 200],
      ['GET', `/repos/${OWNER}/${REPO}/tags`, 200],
    ]);
    expect(calls[0]!.query).toContain('per_page=100');
  });
});

describe('requests GitHub would refuse', () => {
  afterEach(() => {
    server.violations.length = 0;
  });

  it('records a release without tag_name', async () => {
    const refused = await failure(
      // The untyped form: the typed one would not let a missing tag_name compile.
      octokit.request({
        method: 'POST',
        url: '/repos/{owner}/{repo}/releases',
        ...repo,
        name: 'x',
      }),
    );
    expect(refused.status).toBe(422);
    expect(server.violations).toHaveLength(1);
    expect(server.violations[0]).toMatchObject({
      method: 'POST',
      operationId: 'repos/create-release',
      status: 422,
    });
    expect(server.violations[0]!.reason).toContain('tag_name');
  });

  it('records a misspelt option and a wrongly typed one', async () => {
    await failure(
      octokit.request({
        method: 'POST',
        url: '/repos/{owner}/{repo}/releases',
        ...repo,
        tag_name: 'v3.0.0',
        prerelase: true,
        draft: 'yes',
      }),
    );
    const reason = server.violations[0]?.reason ?? '';
    expect(reason).toContain('"prerelase"');
    expect(reason).toContain('/draft must be boolean');
    expect(server.state.releases.some((r) => r.tag_name === 'v3.0.0')).toBe(false);
  });

  it('records an unknown path', async () => {
    const missing = await failure(octokit.request('GET /repos/{owner}/{repo}/no-such-thing', repo));
    expect(missing.status).toBe(404);
    expect(server.violations).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: `/repos/${OWNER}/${REPO}/no-such-thing`,
        status: 404,
      }),
    ]);
  });

  it('records an upload without its name', async () => {
    const [release] = server.state.releases;
    await failure(
      octokit.request('POST /repos/{owner}/{repo}/releases/{release_id}/assets', {
        ...repo,
        release_id: release!.id,
        data: 'bytes',
        headers: { 'content-type': 'text/plain' },
        baseUrl: server.url,
      }),
    );
    expect(server.violations[0]?.reason).toContain("must have required property 'name'");
  });

  it('answers 401 to a wrong token without touching the state', async () => {
    const stranger = getOctokit('wrong-token', { baseUrl: server.url });
    const before = server.state.releases.length;
    const refused = await failure(
      stranger.rest.repos.createRelease({ ...repo, tag_name: 'v9.9.9' }),
    );
    expect(refused.status).toBe(401);
    expect(server.state.releases).toHaveLength(before);
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', status: 401 });
  });
});

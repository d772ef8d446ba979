// The GitHub release decisions on plain objects: what may change, what a failure means, and
// that a retried create or upload looks first.
import { describe, expect, it } from 'vitest';
import type { RunContext } from '../../../src/run/context.js';
import { GithubError, githubError, type GithubCall } from '../../../src/github/github-errors.js';
import {
  GithubTimeout,
  timeoutFromEnvironment,
  timedFetch,
} from '../../../src/github/github-fetch.js';
import { createReleaseOnce, uploadAssetOnce } from '../../../src/github/write-once.js';
import type {
  Release,
  ReleaseAsset,
  ReleaseFields,
  Releaser,
} from '../../../src/github/releaser.js';
import { pickMode } from '../../../src/action/action.js';
import { parseEventRelease } from '../../../src/run/release-event.js';
import {
  NOTES_MARKER,
  planRelease,
  withMarker,
  type PlanRequest,
} from '../../../src/github/release-plan.js';

const SHA = 'ab'.repeat(32);
const asset = (name: string, extra: Partial<ReleaseAsset> = {}): ReleaseAsset => ({
  id: 7,
  name,
  size: 10,
  digest: `sha256:${SHA}`,
  state: 'uploaded',
  ...extra,
});
const release = (extra: Partial<Release> = {}): Release => ({
  id: 1,
  tagName: 'v1.0.0',
  name: 'v1.0.0',
  body: withMarker('old notes'),
  draft: true,
  immutable: false,
  prerelease: false,
  htmlUrl: 'https://github.com/o/r/releases/tag/v1.0.0',
  uploadUrl: 'https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}',
  assets: [],
  ...extra,
});
const request: PlanRequest = {
  title: 'v1.0.0',
  body: withMarker('new notes'),
  prerelease: false,
  updatePublished: false,
  assets: [
    { name: 'p-1.0.0.tar.gz', size: 10, sha256: SHA },
    { name: 'p-1.0.0-py3-none-any.whl', size: 10, sha256: SHA },
  ],
};

describe('the release plan', () => {
  it('creates a release that does not exist, with every asset', () => {
    const plan = planRelease(undefined, request);
    expect(plan).toMatchObject({ create: true, keepsNotes: false });
    expect(plan.assets.upload).toHaveLength(2);
  });

  it('rewrites its own draft and replaces what differs', () => {
    const plan = planRelease(
      release({
        assets: [
          asset('p-1.0.0.tar.gz'),
          asset('p-1.0.0-py3-none-any.whl', { digest: `sha256:${'cd'.repeat(32)}` }),
        ],
      }),
      request,
    );
    expect(plan.update).toEqual({ body: request.body });
    expect(plan.assets.keep).toEqual(['p-1.0.0.tar.gz']);
    expect(plan.assets.replace.map((r) => r.name)).toEqual(['p-1.0.0-py3-none-any.whl']);
  });

  it("keeps a maintainer's draft notes and still attaches the files", () => {
    const plan = planRelease(release({ name: 'Big one', body: 'My own words.' }), request);
    expect(plan.update).toBeUndefined();
    expect(plan.keepsNotes).toBe(true);
    expect(plan.assets.upload).toHaveLength(2);
  });

  it('fills a draft without notes', () => {
    const plan = planRelease(release({ body: '' }), request);
    expect(plan.update).toMatchObject({ body: request.body });
  });

  it('leaves a published release alone and names the missing files', () => {
    const plan = planRelease(
      release({ draft: false, body: 'Published by hand.', assets: [asset('p-1.0.0.tar.gz')] }),
      request,
    );
    expect(plan.update).toBeUndefined();
    expect(plan.frozen).toBe('published');
    expect(plan.assets).toMatchObject({
      upload: [],
      replace: [],
      keep: ['p-1.0.0.tar.gz'],
      blocked: ['p-1.0.0-py3-none-any.whl'],
    });
  });

  it('never rewrites its own published notes unless asked', () => {
    const published = release({ draft: false });
    expect(planRelease(published, request).update).toBeUndefined();
    const asked = planRelease(published, { ...request, updatePublished: true });
    expect(asked.update).toEqual({ body: request.body });
    expect(asked.assets.upload).toHaveLength(2);
  });

  it("attaches to a published release when asked, keeping the maintainer's notes", () => {
    const plan = planRelease(release({ draft: false, body: 'Mine.' }), {
      ...request,
      updatePublished: true,
    });
    expect(plan).toMatchObject({ keepsNotes: true, create: false });
    expect(plan.update).toBeUndefined();
    expect(plan.assets.upload).toHaveLength(2);
  });

  it('cannot attach to an immutable release even when asked', () => {
    const plan = planRelease(release({ draft: false, immutable: true }), {
      ...request,
      updatePublished: true,
    });
    expect(plan.frozen).toBe('immutable');
    expect(plan.assets.blocked).toHaveLength(2);
  });

  it('replaces a half-finished upload', () => {
    const plan = planRelease(
      release({ assets: [asset('p-1.0.0.tar.gz', { state: 'open', size: 5 })] }),
      request,
    );
    expect(plan.assets.replace.map((r) => r.name)).toEqual(['p-1.0.0.tar.gz']);
  });

  it('marks its notes invisibly', () => {
    expect(withMarker('notes\n\n')).toBe(`notes\n\n${NOTES_MARKER}\n`);
  });
});

const CALL: GithubCall = {
  what: 'create the release v1.0.0',
  method: 'POST',
  route: '/repos/o/r/releases',
  permission: 'contents: write',
  repository: 'o/r',
};
const failure = (status: number, data: unknown = {}, headers: Record<string, string> = {}) =>
  Object.assign(new Error('x'), { status, response: { status, data, headers } });

describe('a failed GitHub call', () => {
  it('says to fix the token on 401', () => {
    const error = githubError(CALL, failure(401, { message: 'Bad credentials' }));
    expect(error.title).toBe('GitHub token refused');
    expect(error.message).toContain('github-token');
    expect(error.retryable).toBe(false);
  });
  it('names the missing permission on a plain 403', () => {
    const error = githubError(
      CALL,
      failure(403, { message: 'Resource not accessible by integration' }),
    );
    expect(error.title).toBe('GitHub permission missing');
    expect(error.message).toContain('`contents: write`');
    expect(error.message).toContain('permissions:');
  });
  it('treats a 403 with retry-after as a rate limit', () => {
    const error = githubError(
      CALL,
      failure(
        403,
        { message: 'You have exceeded a secondary rate limit.' },
        { 'retry-after': '3' },
      ),
    );
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 3 });
    expect(error.retryable).toBe(true);
    expect(error.outcomeUnknown).toBe(false);
  });
  it('says the repository is missing or hidden on 404', () => {
    const error = githubError(CALL, failure(404, { message: 'Not Found' }));
    expect(error.message).toContain('o/r does not exist, or github-token cannot see it');
  });
  it('treats 5xx, a broken connection and no answer as unknown outcomes', () => {
    const gateway = githubError(CALL, failure(502, '<html><h1>502</h1> Unicorn!</html>'));
    expect(gateway.message).toContain('GitHub answered 502 to POST /repos/o/r/releases');
    expect(gateway.message).toContain('502 Unicorn!');
    const dropped = githubError(
      CALL,
      Object.assign(new Error('other side closed'), { status: 500 }),
    );
    expect(dropped.message).toContain('connection to GitHub broke');
    const hung = githubError(
      CALL,
      Object.assign(new Error('x'), { status: 500, cause: new GithubTimeout(2) }),
    );
    expect(hung.message).toContain('did not answer POST /repos/o/r/releases');
    expect(hung.message).toContain('within 2 s');
    for (const error of [gateway, dropped, hung]) expect(error.outcomeUnknown).toBe(true);
  });
});

describe('the request deadline', () => {
  it('gives up on an answer that never comes, and says so', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const timed = timedFetch(never, { baseMs: 50, bytesPerSecond: 1e9 });
    await expect(timed('http://127.0.0.1:1/')).rejects.toBeInstanceOf(GithubTimeout);
  });
  it('reads a positive number of seconds from the environment, and refuses others', () => {
    expect(timeoutFromEnvironment({ PYRELEASE_GITHUB_TIMEOUT: '2.5' }).baseMs).toBe(2500);
    expect(() => timeoutFromEnvironment({ PYRELEASE_GITHUB_TIMEOUT: 'soon' })).toThrow(
      'PYRELEASE_GITHUB_TIMEOUT must be a number of seconds',
    );
  });
});

describe('the release event', () => {
  it('reads the release from the payload', () => {
    expect(
      parseEventRelease({ action: 'published', release: { id: 5, tag_name: 'v1', draft: false } }),
    ).toEqual({ id: 5, tagName: 'v1', draft: false });
    expect(parseEventRelease({ ref: 'refs/tags/v1' })).toBeUndefined();
  });
  it('picks mode release in auto', () => {
    const context = {
      eventName: 'release',
      tag: 'v1.0.0',
      dispatchInputs: {},
    } as unknown as RunContext;
    expect(pickMode('auto', context)).toBe('release');
  });
});

/** A releaser whose every write is done and then reported lost, `lose` times. */
function flakyReleaser(lose: number) {
  const releases: Release[] = [];
  const assets: ReleaseAsset[] = [];
  const calls: string[] = [];
  const lost = () => {
    if (lose-- > 0) throw githubError(CALL, failure(502, 'Bad Gateway'));
  };
  const releaser = {
    async listReleases() {
      calls.push('list');
      return releases.map((r) => ({ ...r, assets: [...assets] }));
    },
    async createRelease(fields: ReleaseFields) {
      calls.push('create');
      releases.push(release({ id: releases.length + 1, tagName: fields.tagName }));
      lost();
      return releases.at(-1)!;
    },
    async listAssets() {
      calls.push('list assets');
      return [...assets];
    },
    async uploadAsset(_release: Release, name: string, data: Buffer) {
      calls.push('upload');
      assets.push(asset(name, { id: assets.length + 10, size: data.length, digest: null }));
      lost();
      return assets.at(-1)!;
    },
    async deleteAsset(id: number) {
      calls.push('delete');
      assets.splice(
        assets.findIndex((a) => a.id === id),
        1,
      );
    },
  } as unknown as Releaser;
  return { releaser, releases, assets, calls };
}

describe('writes that cannot happen twice', () => {
  const wait = async () => {};
  it('finds the release a lost create made instead of making a second', async () => {
    const fake = flakyReleaser(1);
    const made = await createReleaseOnce(
      fake.releaser,
      { tagName: 'v1.0.0', name: 'v1.0.0', body: '', draft: true, prerelease: false },
      { wait },
    );
    expect(fake.releases).toHaveLength(1);
    expect(made.id).toBe(fake.releases[0]!.id);
    expect(fake.calls).toEqual(['create', 'list']);
  });
  it('finds the asset a lost upload made', async () => {
    const fake = flakyReleaser(1);
    const file = {
      name: 'p.whl',
      data: Buffer.from('0123456789'),
      contentType: 'a/b',
      sha256: SHA,
    };
    await uploadAssetOnce(fake.releaser, release(), file, { wait });
    expect(fake.assets).toHaveLength(1);
    expect(fake.calls).toEqual(['upload', 'list assets']);
  });
  it('gives up after three attempts with a message that says what to do', async () => {
    const fake = flakyReleaser(0);
    const failing = {
      ...fake.releaser,
      createRelease: async () => {
        throw githubError(CALL, failure(503, 'Service Unavailable'));
      },
    } as Releaser;
    const attempt = createReleaseOnce(
      failing,
      { tagName: 'v1.0.0', name: 'v1.0.0', body: '', draft: true, prerelease: false },
      { wait },
    );
    await expect(attempt).rejects.toBeInstanceOf(GithubError);
    await expect(attempt).rejects.toThrow(/3 attempts.*run the job again/i);
  });
});

// The GitHub release and milestone client behind a small interface, so the release logic works
// on plain objects. Octokit retries reads and idempotent edits on 5xx answers and waits out rate
// limits; it never retries a create or a delete by itself (write-once.ts looks first). Every
// request has a deadline, and every failure becomes one GithubError that says what to do.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { githubError, type GithubCall } from './github-errors.js';
import { DEFAULT_TIMEOUT, timedFetch, type TimeoutPolicy } from './github-fetch.js';

export interface ReleaseAsset {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  /** `sha256:<hex>` where GitHub computes it. */
  readonly digest?: string | null;
  /** 'open' is an upload that never finished. */
  readonly state?: string;
}

export interface Release {
  readonly id: number;
  readonly tagName: string;
  readonly name: string | null;
  readonly body: string | null;
  readonly draft: boolean;
  /** Published under the repository setting that freezes its assets. */
  readonly immutable: boolean;
  readonly prerelease: boolean;
  readonly htmlUrl: string;
  readonly uploadUrl: string;
  readonly assets: readonly ReleaseAsset[];
}

export interface ReleaseFields {
  readonly tagName: string;
  readonly name: string;
  readonly body: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly targetCommitish?: string;
  readonly makeLatest?: 'true' | 'false' | 'legacy';
}

export interface Milestone {
  readonly number: number;
  readonly title: string;
}

export interface Releaser {
  /** Every release, drafts included (get-release-by-tag does not see drafts). */
  listReleases(): Promise<Release[]>;
  /** The name of every tag of the repository, from the API (a shallow checkout has none). */
  listTags(): Promise<string[]>;
  createRelease(fields: ReleaseFields): Promise<Release>;
  updateRelease(id: number, fields: Partial<ReleaseFields>): Promise<Release>;
  listAssets(releaseId: number): Promise<ReleaseAsset[]>;
  deleteAsset(id: number): Promise<void>;
  uploadAsset(
    release: Release,
    name: string,
    data: Buffer,
    contentType: string,
  ): Promise<ReleaseAsset>;
  openMilestones(): Promise<Milestone[]>;
  closeMilestone(number: number): Promise<void>;
  /** Opens a pull request; returns its page. */
  openPullRequest(fields: {
    title: string;
    head: string;
    base: string;
    body: string;
  }): Promise<string>;
}

interface ApiAsset {
  id: number;
  name: string;
  size: number;
  digest?: string | null;
  state?: string;
}

interface ApiRelease {
  id: number;
  tag_name: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  immutable?: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  assets: ApiAsset[];
}

function toAsset(asset: ApiAsset): ReleaseAsset {
  return {
    id: asset.id,
    name: asset.name,
    size: asset.size,
    digest: asset.digest ?? null,
    ...(asset.state && { state: asset.state }),
  };
}

function toRelease(data: ApiRelease): Release {
  return {
    id: data.id,
    tagName: data.tag_name,
    name: data.name,
    body: data.body ?? null,
    draft: data.draft,
    immutable: data.immutable ?? false,
    prerelease: data.prerelease,
    htmlUrl: data.html_url,
    uploadUrl: data.upload_url,
    assets: data.assets.map(toAsset),
  };
}

function apiFields(fields: Partial<ReleaseFields>) {
  return {
    tag_name: fields.tagName,
    name: fields.name,
    body: fields.body,
    draft: fields.draft,
    prerelease: fields.prerelease,
    target_commitish: fields.targetCommitish,
    make_latest: fields.makeLatest,
  };
}

/** Waits out a rate limit twice, saying so, then lets the request fail. */
function retryLimited(kind: string) {
  return (
    retryAfter: number,
    request: { method: string; url: string },
    _octokit: unknown,
    retryCount: number,
  ): boolean => {
    core.warning(
      `GitHub ${kind} on ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
    );
    return retryCount < 2;
  };
}

/** Not retried by Octokit: a create or delete retried blindly could happen twice. */
const ONCE = { retries: 0 } as const;

export function octokitReleaser(options: {
  token: string;
  repository: string;
  apiUrl: string;
  timeout?: TimeoutPolicy;
}): Releaser {
  const [owner, repo] = options.repository.split('/') as [string, string];
  const base = `/repos/${owner}/${repo}`;
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      request: {
        ...defaults.request,
        fetch: timedFetch(
          (defaults.request?.fetch as typeof fetch | undefined) ?? fetch,
          options.timeout ?? DEFAULT_TIMEOUT,
        ),
      },
      throttle: {
        // The default spaces every write a second apart, which made a release's two asset
        // uploads take two seconds. A handful of writes per run stays far below GitHub's
        // secondary limits, and a 403/429 from them is still waited out and retried below.
        write: new Bottleneck.Group({ id: 'pyrelease-write', maxConcurrent: 2, minTime: 100 }),
        // Creating a release notifies watchers; the default waits 3 s between two of them, which
        // a create retried after looking (write-once.ts) need not.
        notifications: new Bottleneck.Group({
          id: 'pyrelease-notifications',
          maxConcurrent: 1,
          minTime: 1000,
        }),
        onRateLimit: retryLimited('rate limit'),
        onSecondaryRateLimit: retryLimited('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );

  const call = async <T>(
    what: string,
    method: string,
    route: string,
    permission: string,
    run: () => Promise<T>,
  ): Promise<T> => {
    const described: GithubCall = {
      what,
      method,
      route,
      permission,
      repository: options.repository,
    };
    try {
      return await run();
    } catch (thrown) {
      throw githubError(described, thrown);
    }
  };
  const contents = 'contents: write';

  return {
    listReleases: () =>
      call('list the releases', 'GET', `${base}/releases`, 'contents: read', async () => {
        const all = await octokit.paginate(octokit.rest.repos.listReleases, {
          owner,
          repo,
          per_page: 100,
        });
        return (all as ApiRelease[]).map(toRelease);
      }),
    listTags: () =>
      call('list the tags', 'GET', `${base}/tags`, 'contents: read', async () => {
        const all = await octokit.paginate(octokit.rest.repos.listTags, {
          owner,
          repo,
          per_page: 100,
        });
        return all.map((tag) => tag.name);
      }),
    createRelease: (fields) =>
      call(
        `create the release ${fields.tagName}`,
        'POST',
        `${base}/releases`,
        contents,
        async () => {
          const { data } = await octokit.rest.repos.createRelease({
            owner,
            repo,
            ...apiFields(fields),
            tag_name: fields.tagName,
            request: ONCE,
          });
          return toRelease(data as ApiRelease);
        },
      ),
    // Setting the same fields twice changes nothing, so Octokit may retry an edit.
    updateRelease: (id, fields) =>
      call(`edit the release ${id}`, 'PATCH', `${base}/releases/${id}`, contents, async () => {
        const { data } = await octokit.rest.repos.updateRelease({
          owner,
          repo,
          release_id: id,
          ...apiFields(fields),
        });
        return toRelease(data as ApiRelease);
      }),
    listAssets: (releaseId) =>
      call(
        `list the assets of the release ${releaseId}`,
        'GET',
        `${base}/releases/${releaseId}/assets`,
        'contents: read',
        async () => {
          const all = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
            owner,
            repo,
            release_id: releaseId,
            per_page: 100,
          });
          return (all as ApiAsset[]).map(toAsset);
        },
      ),
    deleteAsset: (id) =>
      call(
        `delete the asset ${id}`,
        'DELETE',
        `${base}/releases/assets/${id}`,
        contents,
        async () => {
          await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: id, request: ONCE });
        },
      ),
    uploadAsset: (release, name, data, contentType) => {
      const url = release.uploadUrl.replace(/\{[^}]*\}$/, '');
      return call(
        `upload ${name}`,
        'POST',
        `${new URL(url).pathname}?name=${encodeURIComponent(name)}`,
        contents,
        async () => {
          const response = await octokit.request({
            method: 'POST',
            url: `${url}?name=${encodeURIComponent(name)}`,
            headers: { 'content-type': contentType, 'content-length': data.length },
            data,
            request: ONCE,
          });
          return toAsset(response.data as ApiAsset);
        },
      );
    },
    openMilestones: () =>
      call('list the open milestones', 'GET', `${base}/milestones`, 'issues: read', async () => {
        const all = await octokit.paginate(octokit.rest.issues.listMilestones, {
          owner,
          repo,
          state: 'open',
          per_page: 100,
        });
        return all.map((milestone) => ({ number: milestone.number, title: milestone.title }));
      }),
    closeMilestone: (number) =>
      call(
        `close the milestone ${number}`,
        'PATCH',
        `${base}/milestones/${number}`,
        'issues: write',
        async () => {
          await octokit.rest.issues.updateMilestone({
            owner,
            repo,
            milestone_number: number,
            state: 'closed',
          });
        },
      ),
    openPullRequest: (fields) =>
      call(
        `open the pull request ${fields.head}`,
        'POST',
        `${base}/pulls`,
        'pull-requests: write',
        async () => {
          const { data } = await octokit.rest.pulls.create({
            owner,
            repo,
            ...fields,
            request: ONCE,
          });
          return data.html_url;
        },
      ),
  };
}

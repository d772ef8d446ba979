// The GitHub release and milestone client behind a small interface, so the release logic works
// on plain objects. Octokit retries 5xx answers and waits out secondary rate limits.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

export interface ReleaseAsset {
  readonly id: number;
  readonly name: string;
  readonly size: number;
}

export interface Release {
  readonly id: number;
  readonly tagName: string;
  readonly name: string | null;
  readonly draft: boolean;
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
  createRelease(fields: ReleaseFields): Promise<Release>;
  updateRelease(id: number, fields: Partial<ReleaseFields>): Promise<Release>;
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

interface ApiRelease {
  id: number;
  tag_name: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  assets: { id: number; name: string; size: number }[];
}

function toRelease(data: ApiRelease): Release {
  return {
    id: data.id,
    tagName: data.tag_name,
    name: data.name,
    draft: data.draft,
    prerelease: data.prerelease,
    htmlUrl: data.html_url,
    uploadUrl: data.upload_url,
    assets: data.assets.map((asset) => ({ id: asset.id, name: asset.name, size: asset.size })),
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

export function octokitReleaser(options: {
  token: string;
  repository: string;
  apiUrl: string;
}): Releaser {
  const [owner, repo] = options.repository.split('/') as [string, string];
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      throttle: {
        // The default spaces every write a second apart, which made a release's two asset
        // uploads take two seconds. A handful of writes per run stays far below GitHub's
        // secondary limits, and a 403/429 from them is still waited out and retried below.
        write: new Bottleneck.Group({ id: 'pyrelease-write', maxConcurrent: 2, minTime: 100 }),
        onRateLimit: retryLimited('rate limit'),
        onSecondaryRateLimit: retryLimited('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
  return {
    async listReleases() {
      const all = await octokit.paginate(octokit.rest.repos.listReleases, {
        owner,
        repo,
        per_page: 100,
      });
      return (all as ApiRelease[]).map(toRelease);
    },
    async createRelease(fields) {
      const { data } = await octokit.rest.repos.createRelease({
        owner,
        repo,
        ...apiFields(fields),
        tag_name: fields.tagName,
      });
      return toRelease(data as ApiRelease);
    },
    async updateRelease(id, fields) {
      const { data } = await octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: id,
        ...apiFields(fields),
      });
      return toRelease(data as ApiRelease);
    },
    async deleteAsset(id) {
      await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: id });
    },
    async uploadAsset(release, name, data, contentType) {
      const url = release.uploadUrl.replace(/\{[^}]*\}$/, '');
      const response = await octokit.request({
        method: 'POST',
        url: `${url}?name=${encodeURIComponent(name)}`,
        headers: { 'content-type': contentType, 'content-length': data.length },
        data,
      });
      const asset = response.data as { id: number; name: string; size: number };
      return { id: asset.id, name: asset.name, size: asset.size };
    },
    async openMilestones() {
      const all = await octokit.paginate(octokit.rest.issues.listMilestones, {
        owner,
        repo,
        state: 'open',
        per_page: 100,
      });
      return all.map((milestone) => ({ number: milestone.number, title: milestone.title }));
    },
    async closeMilestone(number) {
      await octokit.rest.issues.updateMilestone({
        owner,
        repo,
        milestone_number: number,
        state: 'closed',
      });
    },
    async openPullRequest(fields) {
      const { data } = await octokit.rest.pulls.create({ owner, repo, ...fields });
      return data.html_url;
    },
  };
}

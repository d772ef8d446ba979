// The GitHub release and milestone client behind a small interface, so the release logic works
// on plain objects. Each call is a function of its own on the Octokit client of github-api.ts,
// grouped by resource: releases, assets, tags, milestones, pull requests. A create or a delete is
// never retried by Octokit (write-once.ts looks first); every failure becomes one GithubError that
// says what to do.
import { githubApi, ONCE, type GithubApi, type GithubApiOptions } from './github-api.js';

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
  /** The release's discussion, once one is open. */
  readonly discussionUrl?: string;
}

export interface ReleaseFields {
  readonly tagName: string;
  readonly name: string;
  readonly body: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly targetCommitish?: string;
  readonly makeLatest?: 'true' | 'false' | 'legacy';
  /** Opens the release's discussion in this category (once: GitHub ignores it after that). */
  readonly discussionCategoryName?: string;
}

export interface Milestone {
  readonly number: number;
  readonly title: string;
}

/** An open issue or pull request on a milestone. */
export interface MilestoneItem {
  readonly number: number;
  readonly title: string;
  readonly pullRequest: boolean;
}

export interface PullRequestFields {
  readonly title: string;
  readonly head: string;
  readonly base: string;
  readonly body: string;
}

export interface Releaser {
  /** Every release, drafts included (get-release-by-tag does not see drafts). */
  listReleases(): Promise<Release[]>;
  /** The name of every tag of the repository, from the API (a shallow checkout has none). */
  listTags(): Promise<string[]>;
  /**
   * The notes GitHub writes for a release of `tag` (its merged pull requests and new
   * contributors since `previousTag`), in Markdown; nothing is created.
   */
  generateNotes(tag: string, previousTag: string | undefined): Promise<string>;
  createRelease(fields: ReleaseFields): Promise<Release>;
  updateRelease(id: number, fields: Partial<ReleaseFields>): Promise<Release>;
  deleteRelease(id: number): Promise<void>;
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
  createMilestone(title: string): Promise<Milestone>;
  /** The open issues and pull requests on a milestone. */
  milestoneItems(number: number): Promise<MilestoneItem[]>;
  /** Puts an issue or pull request on another milestone. */
  setMilestone(issueNumber: number, milestone: number): Promise<void>;
  /** Opens a pull request; returns its page. */
  openPullRequest(fields: PullRequestFields): Promise<string>;
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
  discussion_url?: string;
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
    ...(data.discussion_url && { discussionUrl: data.discussion_url }),
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
    discussion_category_name: fields.discussionCategoryName,
  };
}

const READ = 'contents: read';
const WRITE = 'contents: write';

// Releases.

/** Every release, drafts included. */
async function listReleases({ octokit, owner, repo, base, pages }: GithubApi): Promise<Release[]> {
  const all = await pages<ApiRelease>(
    { what: 'list the releases', method: 'GET', route: `${base}/releases`, permission: READ },
    octokit.rest.repos.listReleases,
    { owner, repo, per_page: 100 },
  );
  return all.map(toRelease);
}

function createRelease(
  { octokit, owner, repo, base, call }: GithubApi,
  fields: ReleaseFields,
): Promise<Release> {
  return call(
    {
      what: `create the release ${fields.tagName}`,
      method: 'POST',
      route: `${base}/releases`,
      permission: WRITE,
    },
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
  );
}

/** Setting the same fields twice changes nothing, so Octokit may retry an edit. */
function updateRelease(
  { octokit, owner, repo, base, call }: GithubApi,
  id: number,
  fields: Partial<ReleaseFields>,
): Promise<Release> {
  return call(
    {
      what: `edit the release ${id}`,
      method: 'PATCH',
      route: `${base}/releases/${id}`,
      permission: WRITE,
    },
    async () => {
      const { data } = await octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: id,
        ...apiFields(fields),
      });
      return toRelease(data as ApiRelease);
    },
  );
}

function deleteRelease({ octokit, owner, repo, base, call }: GithubApi, id: number): Promise<void> {
  return call(
    {
      what: `delete the release ${id}`,
      method: 'DELETE',
      route: `${base}/releases/${id}`,
      permission: WRITE,
    },
    async () => {
      await octokit.rest.repos.deleteRelease({ owner, repo, release_id: id, request: ONCE });
    },
  );
}

// Assets.

async function listAssets(
  { octokit, owner, repo, base, pages }: GithubApi,
  releaseId: number,
): Promise<ReleaseAsset[]> {
  const all = await pages<ApiAsset>(
    {
      what: `list the assets of the release ${releaseId}`,
      method: 'GET',
      route: `${base}/releases/${releaseId}/assets`,
      permission: READ,
    },
    octokit.rest.repos.listReleaseAssets,
    { owner, repo, release_id: releaseId, per_page: 100 },
  );
  return all.map(toAsset);
}

function deleteAsset({ octokit, owner, repo, base, call }: GithubApi, id: number): Promise<void> {
  return call(
    {
      what: `delete the asset ${id}`,
      method: 'DELETE',
      route: `${base}/releases/assets/${id}`,
      permission: WRITE,
    },
    async () => {
      await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: id, request: ONCE });
    },
  );
}

/** To the release's own upload URL, which is not under the API's base URL on github.com. */
function uploadAsset(
  { octokit, call }: GithubApi,
  release: Release,
  name: string,
  data: Buffer,
  contentType: string,
): Promise<ReleaseAsset> {
  const url = release.uploadUrl.replace(/\{[^}]*\}$/, '');
  const query = `?name=${encodeURIComponent(name)}`;
  return call(
    {
      what: `upload ${name}`,
      method: 'POST',
      route: `${new URL(url).pathname}${query}`,
      permission: WRITE,
    },
    async () => {
      const response = await octokit.request({
        method: 'POST',
        url: `${url}${query}`,
        headers: { 'content-type': contentType, 'content-length': data.length },
        data,
        request: ONCE,
      });
      return toAsset(response.data as ApiAsset);
    },
  );
}

// Tags.

async function listTags({ octokit, owner, repo, base, pages }: GithubApi): Promise<string[]> {
  const all = await pages<{ name: string }>(
    { what: 'list the tags', method: 'GET', route: `${base}/tags`, permission: READ },
    octokit.rest.repos.listTags,
    { owner, repo, per_page: 100 },
  );
  return all.map((tag) => tag.name);
}

function generateNotes(
  { octokit, owner, repo, base, call }: GithubApi,
  tag: string,
  previousTag: string | undefined,
): Promise<string> {
  return call(
    {
      what: `generate the release notes of ${tag}`,
      method: 'POST',
      route: `${base}/releases/generate-notes`,
      permission: WRITE,
    },
    async () => {
      const { data } = await octokit.rest.repos.generateReleaseNotes({
        owner,
        repo,
        tag_name: tag,
        ...(previousTag !== undefined && { previous_tag_name: previousTag }),
      });
      return data.body;
    },
  );
}

// Milestones (an issues resource).

async function openMilestones({
  octokit,
  owner,
  repo,
  base,
  pages,
}: GithubApi): Promise<Milestone[]> {
  const all = await pages<{ number: number; title: string }>(
    {
      what: 'list the open milestones',
      method: 'GET',
      route: `${base}/milestones`,
      permission: 'issues: read',
    },
    octokit.rest.issues.listMilestones,
    { owner, repo, state: 'open', per_page: 100 },
  );
  return all.map((milestone) => ({ number: milestone.number, title: milestone.title }));
}

function closeMilestone(
  { octokit, owner, repo, base, call }: GithubApi,
  number: number,
): Promise<void> {
  return call(
    {
      what: `close the milestone ${number}`,
      method: 'PATCH',
      route: `${base}/milestones/${number}`,
      permission: 'issues: write',
    },
    async () => {
      await octokit.rest.issues.updateMilestone({
        owner,
        repo,
        milestone_number: number,
        state: 'closed',
      });
    },
  );
}

function createMilestone(
  { octokit, owner, repo, base, call }: GithubApi,
  title: string,
): Promise<Milestone> {
  return call(
    {
      what: `create the milestone ${title}`,
      method: 'POST',
      route: `${base}/milestones`,
      permission: 'issues: write',
    },
    async () => {
      const { data } = await octokit.rest.issues.createMilestone({
        owner,
        repo,
        title,
        request: ONCE,
      });
      return { number: data.number, title: data.title };
    },
  );
}

async function milestoneItems(
  { octokit, owner, repo, base, pages }: GithubApi,
  number: number,
): Promise<MilestoneItem[]> {
  const all = await pages<{ number: number; title: string; pull_request?: unknown }>(
    {
      what: `list the open issues of the milestone ${number}`,
      method: 'GET',
      route: `${base}/issues`,
      permission: 'issues: read',
    },
    octokit.rest.issues.listForRepo,
    { owner, repo, milestone: String(number), state: 'open', per_page: 100 },
  );
  return all.map((item) => ({
    number: item.number,
    title: item.title,
    pullRequest: item.pull_request !== undefined && item.pull_request !== null,
  }));
}

/** Setting the same milestone twice changes nothing, so Octokit may retry it. */
function setMilestone(
  { octokit, owner, repo, base, call }: GithubApi,
  issueNumber: number,
  milestone: number,
): Promise<void> {
  return call(
    {
      what: `move #${issueNumber} to the milestone ${milestone}`,
      method: 'PATCH',
      route: `${base}/issues/${issueNumber}`,
      permission: 'issues: write',
    },
    async () => {
      await octokit.rest.issues.update({ owner, repo, issue_number: issueNumber, milestone });
    },
  );
}

// Pull requests.

function openPullRequest(
  { octokit, owner, repo, base, call }: GithubApi,
  fields: PullRequestFields,
): Promise<string> {
  return call(
    {
      what: `open the pull request ${fields.head}`,
      method: 'POST',
      route: `${base}/pulls`,
      permission: 'pull-requests: write',
    },
    async () => {
      const { data } = await octokit.rest.pulls.create({ owner, repo, ...fields, request: ONCE });
      return data.html_url;
    },
  );
}

export function octokitReleaser(options: GithubApiOptions): Releaser {
  const api = githubApi(options);
  return {
    listReleases: () => listReleases(api),
    listTags: () => listTags(api),
    generateNotes: (tag, previousTag) => generateNotes(api, tag, previousTag),
    createRelease: (fields) => createRelease(api, fields),
    updateRelease: (id, fields) => updateRelease(api, id, fields),
    deleteRelease: (id) => deleteRelease(api, id),
    listAssets: (releaseId) => listAssets(api, releaseId),
    deleteAsset: (id) => deleteAsset(api, id),
    uploadAsset: (release, name, data, contentType) =>
      uploadAsset(api, release, name, data, contentType),
    openMilestones: () => openMilestones(api),
    closeMilestone: (number) => closeMilestone(api, number),
    createMilestone: (title) => createMilestone(api, title),
    milestoneItems: (number) => milestoneItems(api, number),
    setMilestone: (issueNumber, milestone) => setMilestone(api, issueNumber, milestone),
    openPullRequest: (fields) => openPullRequest(api, fields),
  };
}

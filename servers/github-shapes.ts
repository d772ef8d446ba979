// JSON bodies shaped like GitHub's, built from the test server's records. Each one is checked
// against the OpenAPI response schema when it is sent, so a missing field shows up as a violation.
import { createHash } from 'node:crypto';

export interface Site {
  /** Where this server listens, standing in for https://api.github.com. */
  apiUrl: string;
  owner: string;
  repo: string;
  defaultBranch: string;
}

export interface ReleaseRecord {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  updated_at: string;
  /** Published under a repository setting that freezes releases: no asset can change. */
  immutable?: boolean;
  /** The Discussions category asked for, while the release is a draft (it opens on publish). */
  discussion_category_name?: string;
  /** The release's discussion, once opened: one per release. */
  discussion_url?: string;
}

/** An issue or a pull request as the issues API lists it, with its milestone. */
export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  state: 'open' | 'closed';
  /** The milestone's number. */
  milestone: number | null;
  /** A pull request (the issues API lists them too, with a `pull_request` field). */
  pull: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface AssetRecord {
  id: number;
  release_id: number;
  name: string;
  label: string | null;
  content_type: string;
  data: Buffer;
  created_at: string;
  updated_at: string;
  download_count: number;
  /** 'open' is an upload that never finished: GitHub keeps it and refuses the name again. */
  state?: 'uploaded' | 'open';
}

export interface MilestoneRecord {
  id: number;
  number: number;
  title: string;
  state: 'open' | 'closed';
  description: string | null;
  due_on: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** A tag as GET /repos/{owner}/{repo}/tags lists it: its name and the commit it points at. */
export interface TagRecord {
  name: string;
  sha: string;
}

export interface PullRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  /** Branch name, or `user:branch` as the API accepts it. */
  head: string;
  base: string;
  draft: boolean;
  state: 'open' | 'closed';
  maintainer_can_modify: boolean;
  created_at: string;
  updated_at: string;
}

export const WEB = 'https://github.com';

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64');
}

/** A stable commit-like id for a ref: there is no git behind this server. */
export function fakeSha(ref: string): string {
  return createHash('sha1').update(ref).digest('hex');
}

export function user(site: Site, login = site.owner) {
  const id = 1000 + (createHash('sha1').update(login).digest().readUInt16BE(0) % 9000);
  const url = `${site.apiUrl}/users/${login}`;
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

export function repoUrl(site: Site): string {
  return `${site.apiUrl}/repos/${site.owner}/${site.repo}`;
}

export function repository(site: Site) {
  const url = repoUrl(site);
  const html = `${WEB}/${site.owner}/${site.repo}`;
  const time = '2024-01-01T00:00:00Z';
  return {
    id: 4242,
    node_id: nodeId('Repository', 4242),
    name: site.repo,
    full_name: `${site.owner}/${site.repo}`,
    owner: user(site),
    private: false,
    html_url: html,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${site.owner}/${site.repo}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${site.owner}/${site.repo}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'Python',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 100,
    default_branch: site.defaultBranch,
    open_issues: 0,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: time,
    created_at: time,
    updated_at: time,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    license: null,
    network_count: 0,
    subscribers_count: 0,
  };
}

export function releaseUrl(site: Site, id: number): string {
  return `${repoUrl(site)}/releases/${id}`;
}

export function asset(site: Site, record: AssetRecord, tagName: string) {
  return {
    url: `${repoUrl(site)}/releases/assets/${record.id}`,
    browser_download_url: `${WEB}/${site.owner}/${site.repo}/releases/download/${encodeURIComponent(tagName)}/${encodeURIComponent(record.name)}`,
    id: record.id,
    node_id: nodeId('ReleaseAsset', record.id),
    name: record.name,
    label: record.label,
    state: record.state ?? 'uploaded',
    content_type: record.content_type,
    size: record.data.length,
    digest: `sha256:${createHash('sha256').update(record.data).digest('hex')}`,
    download_count: record.download_count,
    created_at: record.created_at,
    updated_at: record.updated_at,
    uploader: user(site),
  };
}

export function release(site: Site, record: ReleaseRecord, assets: AssetRecord[]) {
  const url = releaseUrl(site, record.id);
  const archive = `${repoUrl(site)}/{kind}/${encodeURIComponent(record.tag_name)}`;
  return {
    url,
    html_url: `${WEB}/${site.owner}/${site.repo}/releases/tag/${encodeURIComponent(record.tag_name)}`,
    assets_url: `${url}/assets`,
    // Uploads go to uploads.github.com on github.com; here they come back to this server.
    upload_url: `${url}/assets{?name,label}`,
    tarball_url: record.draft ? null : archive.replace('{kind}', 'tarball'),
    zipball_url: record.draft ? null : archive.replace('{kind}', 'zipball'),
    id: record.id,
    node_id: nodeId('Release', record.id),
    tag_name: record.tag_name,
    target_commitish: record.target_commitish,
    name: record.name,
    body: record.body,
    draft: record.draft,
    prerelease: record.prerelease,
    immutable: !record.draft && (record.immutable ?? false),
    created_at: record.created_at,
    published_at: record.published_at,
    updated_at: record.updated_at,
    author: user(site),
    assets: assets.map((item) => asset(site, item, record.tag_name)),
    ...(record.discussion_url && { discussion_url: record.discussion_url }),
  };
}

/** An entry of GET /repos/{owner}/{repo}/tags (the `tag` schema). */
export function tag(site: Site, record: TagRecord) {
  return {
    name: record.name,
    commit: { sha: record.sha, url: `${repoUrl(site)}/commits/${record.sha}` },
    zipball_url: `${repoUrl(site)}/zipball/refs/tags/${record.name}`,
    tarball_url: `${repoUrl(site)}/tarball/refs/tags/${record.name}`,
    node_id: Buffer.from(`Ref:refs/tags/${record.name}`).toString('base64'),
  };
}

export function milestone(
  site: Site,
  record: MilestoneRecord,
  counts: { open: number; closed: number } = { open: 0, closed: 0 },
) {
  const url = `${repoUrl(site)}/milestones/${record.number}`;
  return {
    url,
    html_url: `${WEB}/${site.owner}/${site.repo}/milestone/${record.number}`,
    labels_url: `${url}/labels`,
    id: record.id,
    node_id: nodeId('Milestone', record.id),
    number: record.number,
    state: record.state,
    title: record.title,
    description: record.description,
    creator: user(site),
    open_issues: counts.open,
    closed_issues: counts.closed,
    created_at: record.created_at,
    updated_at: record.updated_at,
    closed_at: record.closed_at,
    due_on: record.due_on,
  };
}

function branch(site: Site, spec: string) {
  const [login, ref] = spec.includes(':') ? spec.split(':', 2) : [site.owner, spec];
  return {
    label: `${login}:${ref}`,
    ref: ref!,
    repo: repository(site),
    sha: fakeSha(ref!),
    user: user(site, login),
  };
}

/** The list form (pull-request-simple); `pull` adds the fields of a single pull request. */
export function pullSummary(site: Site, record: PullRecord) {
  const url = `${repoUrl(site)}/pulls/${record.number}`;
  const issue = `${repoUrl(site)}/issues/${record.number}`;
  const html = `${WEB}/${site.owner}/${site.repo}/pull/${record.number}`;
  const statuses = `${repoUrl(site)}/statuses/${fakeSha(record.head)}`;
  return {
    url,
    id: record.id,
    node_id: nodeId('PullRequest', record.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl(site)}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: statuses,
    number: record.number,
    state: record.state,
    locked: false,
    title: record.title,
    user: user(site),
    body: record.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: record.created_at,
    updated_at: record.updated_at,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(site, record.head),
    base: branch(site, record.base),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl(site)}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: statuses },
    },
    author_association: 'OWNER',
    auto_merge: null,
    draft: record.draft,
  };
}

export function pull(site: Site, record: PullRecord) {
  return {
    ...pullSummary(site, record),
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: record.maintainer_can_modify,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

/** An entry of GET /repos/{owner}/{repo}/issues (the `issue` schema). */
export function issue(site: Site, record: IssueRecord, milestoneRecord: unknown) {
  const url = `${repoUrl(site)}/issues/${record.number}`;
  const web = `${WEB}/${site.owner}/${site.repo}/${record.pull ? 'pull' : 'issues'}/${record.number}`;
  return {
    id: record.id,
    node_id: nodeId(record.pull ? 'PullRequest' : 'Issue', record.id),
    url,
    repository_url: repoUrl(site),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: web,
    number: record.number,
    state: record.state,
    title: record.title,
    user: user(site),
    labels: [],
    assignee: null,
    milestone: milestoneRecord,
    locked: false,
    comments: 0,
    created_at: record.created_at,
    updated_at: record.updated_at,
    closed_at: record.closed_at,
    ...(record.pull && {
      pull_request: {
        url: `${repoUrl(site)}/pulls/${record.number}`,
        html_url: web,
        diff_url: `${web}.diff`,
        patch_url: `${web}.patch`,
        merged_at: null,
      },
    }),
  };
}

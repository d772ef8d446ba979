// A local stand-in for the GitHub REST API (releases, release assets, tags, milestones, pull
// requests, artifact attestations) that checks every request against GitHub's OpenAPI
// description. Point GITHUB_API_URL at `url`;
// tests assert `violations` is empty, so a request GitHub would refuse cannot pass unnoticed.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  asset as assetJson,
  issue as issueJson,
  milestone as milestoneJson,
  pull as pullJson,
  pullSummary,
  release as releaseJson,
  repository,
  tag as tagJson,
  fakeSha,
  WEB,
  releaseUrl,
  type AssetRecord,
  type IssueRecord,
  type MilestoneRecord,
  type PullRecord,
  type ReleaseRecord,
  type Site,
  type TagRecord,
} from './github-shapes.js';
import { describeFault, FaultPlan, type Fault, type FaultAnswer } from './github-faults.js';
import { loadGithubSpec, type GithubSpec, type OperationMatch } from './openapi.js';

export type {
  AssetRecord,
  IssueRecord,
  MilestoneRecord,
  PullRecord,
  ReleaseRecord,
  TagRecord,
} from './github-shapes.js';
export type { Fault, FaultAnswer } from './github-faults.js';

export interface GithubServerOptions {
  owner: string;
  repo: string;
  token: string;
  defaultBranch?: string;
  /** The repository setting that freezes a release's assets once it is published. */
  immutableReleases?: boolean;
  /** The repository's Discussions categories (GitHub's defaults unless given). */
  discussionCategories?: string[];
}

export interface RequestRecord {
  method: string;
  /** The path without the query string. */
  path: string;
  query: string;
  /** 0 when the connection was dropped or the request held without an answer. */
  status: number;
  operationId?: string;
  /** The planned fault this request met, e.g. `502 after`. */
  fault?: string;
}

export interface Violation {
  method: string;
  path: string;
  status: number;
  operationId?: string;
  reason: string;
}

export interface GithubState {
  releases: ReleaseRecord[];
  /** Release assets with their bytes. */
  assets: AssetRecord[];
  milestones: MilestoneRecord[];
  /** Issues and pull requests as the issues API sees them (title, state, milestone). */
  issues: IssueRecord[];
  /** Discussions opened for releases (`discussion_category_name`). */
  discussions: DiscussionRecord[];
  pulls: PullRecord[];
  /** Artifact attestations stored with POST /repos/{owner}/{repo}/attestations. */
  attestations: AttestationRecord[];
  /** The repository's tags (there is no git behind this server: tests seed them with addTag). */
  tags: TagRecord[];
  /** The release GET /releases/latest answers, as `make_latest` left it. */
  latestReleaseId: number | null;
}

export interface DiscussionRecord {
  number: number;
  category: string;
  releaseId: number;
  url: string;
}

export interface AttestationRecord {
  id: number;
  /** The Sigstore bundle as it was posted. */
  bundle: Record<string, unknown>;
}

export interface NewRelease {
  tag_name: string;
  target_commitish?: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  make_latest?: 'true' | 'false' | 'legacy';
}

export interface GithubServer {
  /** http://127.0.0.1:PORT, the value for GITHUB_API_URL. */
  url: string;
  state: GithubState;
  requests: RequestRecord[];
  violations: Violation[];
  /** Seeds a release as POST /releases would create it (no conflict check). */
  addRelease(fields: NewRelease): ReleaseRecord;
  addAsset(
    releaseId: number,
    name: string,
    data: Buffer | string,
    contentType?: string,
  ): AssetRecord;
  addMilestone(title: string, state?: 'open' | 'closed'): MilestoneRecord;
  /** Seeds an issue (or, with `pull`, a pull request) on a milestone. */
  addIssue(fields: {
    title: string;
    milestone?: number | null;
    state?: 'open' | 'closed';
    pull?: boolean;
  }): IssueRecord;
  /** Seeds a tag, pointing at `sha` (a stable made-up commit id by default). */
  addTag(name: string, sha?: string): TagRecord;
  addPull(fields: { title: string; head: string; base: string; body?: string }): PullRecord;
  /** Plans faults for the calls to come (see github-faults.ts); they stay until `clearFaults`. */
  plan(...faults: Fault[]): void;
  clearFaults(): void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

interface Reply {
  status: number;
  json?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
  /** Why the request breaks GitHub's description, when it does. */
  violation?: string;
  /** Close the connection without an answer. */
  drop?: boolean;
  /** Keep the request open without an answer. */
  hold?: boolean;
}

interface Call {
  match: OperationMatch;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The parsed JSON body, {} when there is none. */
  input: Record<string, unknown>;
  pathname: string;
}

function error(status: number, message: string, errors?: unknown[]): Reply {
  return {
    status,
    json: { message, documentation_url: DOCS, status: String(status), ...(errors && { errors }) },
  };
}

const notFound = (): Reply => error(404, 'Not Found');

function alreadyExists(resource: string, field: string): Reply {
  return error(422, 'Validation Failed', [{ resource, code: 'already_exists', field }]);
}

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** GitHub's page/per_page slicing with its Link header (first, prev, next, last). */
function paginate<T>(items: T[], call: Call, baseUrl: string): { page: T[]; link?: string } {
  const perPage = Math.min(Math.max(Number(call.query.get('per_page') ?? 30), 1), 100);
  const page = Math.max(Number(call.query.get('page') ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const pageUrl = (n: number) => {
    const query = new URLSearchParams(call.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${baseUrl}${call.pathname}?${query}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${pageUrl(page - 1)}; rel="prev"`);
  if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
  if (page > 1) links.push(`${pageUrl(1)}; rel="first"`);
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    ...(links.length > 0 && { link: links.join(', ') }),
  };
}

function listReply<T>(items: T[], call: Call, baseUrl: string): Reply {
  const { page, link } = paginate(items, call, baseUrl);
  return { status: 200, json: page, ...(link && { headers: { link } }) };
}

/** A slow or hostile answer: headers, then a byte every `drip` ms, or 600 MB of JSON. */
function misbehave(fault: { drip: number } | { huge: true }, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  if ('drip' in fault) {
    response.write('[');
    const timer = setInterval(() => response.write(' '), fault.drip);
    response.on('close', () => clearInterval(timer));
    return;
  }
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  const pump = () => {
    while (sent < 600 * 1024 * 1024 && !response.destroyed && response.write(chunk))
      sent += chunk.length;
    if (sent >= 600 * 1024 * 1024) response.end(']');
  };
  response.write('[');
  response.on('drain', pump);
  pump();
}

/** The answer a planned fault gives in place of the handler's, when it gives one. */
function faultReply(answer: FaultAnswer): Reply | undefined {
  if ('drop' in answer || 'hang' in answer || 'linkNext' in answer) return undefined;
  if ('drip' in answer || 'huge' in answer) return undefined;
  if ('secondaryRateLimit' in answer) {
    return {
      ...error(
        403,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      ),
      headers: { 'retry-after': String(answer.secondaryRateLimit) },
    };
  }
  switch (answer.status) {
    case 401:
      return error(401, 'Bad credentials');
    case 403:
      return error(403, 'Resource not accessible by integration');
    case 404:
      return notFound();
    case 429: {
      const wait = answer.retryAfter ?? 1;
      return {
        ...error(429, 'API rate limit exceeded for installation.'),
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + wait),
        },
      };
    }
    case 500:
      return error(500, 'Server Error');
    default:
      // The front end answers 502 and 503 with a page, not JSON.
      return {
        status: answer.status,
        raw: Buffer.from(`<html><body><h1>${answer.status}</h1>Unicorn!</body></html>\n`),
        headers: { 'content-type': 'text/html; charset=utf-8' },
      };
  }
}

function authorized(header: string | undefined, token: string): boolean {
  const match = /^(?:token|bearer)\s+(.+)$/i.exec(header ?? '');
  return match?.[1] === token;
}

export async function startGithubServer(options: GithubServerOptions): Promise<GithubServer> {
  const spec: GithubSpec = await loadGithubSpec();
  const state: GithubState = {
    releases: [],
    assets: [],
    milestones: [],
    issues: [],
    discussions: [],
    pulls: [],
    attestations: [],
    tags: [],
    latestReleaseId: null,
  };
  const requests: RequestRecord[] = [];
  const violations: Violation[] = [];
  const faults = new FaultPlan();
  const site: Site = {
    apiUrl: '', // set once the port is known
    owner: options.owner,
    repo: options.repo,
    defaultBranch: options.defaultBranch ?? 'main',
  };
  let nextId = 1;
  const categories = options.discussionCategories ?? [
    'Announcements',
    'General',
    'Ideas',
    'Polls',
    'Q&A',
    'Show and tell',
  ];

  const findRelease = (id: string | number) => state.releases.find((r) => r.id === Number(id));
  const assetsOf = (release: ReleaseRecord) =>
    state.assets.filter((a) => a.release_id === release.id);
  const releaseReply = (status: number, release: ReleaseRecord): Reply => ({
    status,
    json: releaseJson(site, release, assetsOf(release)),
  });
  const frozen = (release: ReleaseRecord) => !release.draft && (release.immutable ?? false);
  const isPublic = (release: ReleaseRecord) => !release.draft && !release.prerelease;
  const publishedWithTag = (tag: string, except?: ReleaseRecord) =>
    state.releases.find((r) => r !== except && !r.draft && r.tag_name === tag);

  /** What `make_latest` does; `undefined` means the request left it out. */
  function settleLatest(release: ReleaseRecord, makeLatest: string | undefined): void {
    const newest = () =>
      state.releases
        .filter(isPublic)
        .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)[0]?.id ?? null;
    if (!state.releases.includes(release) || !isPublic(release)) {
      if (state.latestReleaseId === release.id) state.latestReleaseId = newest();
    } else if (makeLatest === 'true') state.latestReleaseId = release.id;
    else if (makeLatest === 'legacy') state.latestReleaseId = newest();
    else if (makeLatest === undefined && state.latestReleaseId === null) {
      state.latestReleaseId = newest();
    }
  }

  function addRelease(fields: NewRelease): ReleaseRecord {
    const time = now();
    const release: ReleaseRecord = {
      id: nextId++,
      tag_name: fields.tag_name,
      target_commitish: fields.target_commitish ?? site.defaultBranch,
      name: fields.name ?? null,
      body: fields.body ?? null,
      draft: fields.draft ?? false,
      prerelease: fields.prerelease ?? false,
      created_at: time,
      published_at: fields.draft ? null : time,
      updated_at: time,
      ...(options.immutableReleases && { immutable: true }),
    };
    state.releases.push(release);
    // A newly published release becomes the latest unless told otherwise.
    settleLatest(release, fields.make_latest ?? 'true');
    return release;
  }

  function addAsset(
    releaseId: number,
    name: string,
    data: Buffer | string,
    contentType = 'application/octet-stream',
  ): AssetRecord {
    const time = now();
    const record: AssetRecord = {
      id: nextId++,
      release_id: releaseId,
      name,
      label: null,
      content_type: contentType,
      data: Buffer.from(data),
      created_at: time,
      updated_at: time,
      download_count: 0,
    };
    state.assets.push(record);
    return record;
  }

  function addTag(name: string, sha = fakeSha(`refs/tags/${name}`)): TagRecord {
    const record: TagRecord = { name, sha };
    state.tags.push(record);
    return record;
  }

  function addMilestone(
    title: string,
    milestoneState: 'open' | 'closed' = 'open',
  ): MilestoneRecord {
    const time = now();
    const record: MilestoneRecord = {
      id: nextId++,
      number: state.milestones.length + 1,
      title,
      state: milestoneState,
      description: null,
      due_on: null,
      created_at: time,
      updated_at: time,
      closed_at: milestoneState === 'closed' ? time : null,
    };
    state.milestones.push(record);
    return record;
  }

  function addPull(fields: { title: string; head: string; base: string; body?: string }) {
    const time = now();
    const record: PullRecord = {
      id: nextId++,
      number: state.pulls.length + 1,
      title: fields.title,
      body: fields.body ?? null,
      head: fields.head,
      base: fields.base,
      draft: false,
      state: 'open',
      maintainer_can_modify: true,
      created_at: time,
      updated_at: time,
    };
    state.pulls.push(record);
    return record;
  }

  function addIssue(fields: {
    title: string;
    milestone?: number | null;
    state?: 'open' | 'closed';
    pull?: boolean;
  }): IssueRecord {
    const time = now();
    const closed = fields.state === 'closed';
    const record: IssueRecord = {
      id: nextId++,
      number: state.pulls.length + state.issues.length + 1,
      title: fields.title,
      state: fields.state ?? 'open',
      milestone: fields.milestone ?? null,
      pull: fields.pull ?? false,
      created_at: time,
      updated_at: time,
      closed_at: closed ? time : null,
    };
    state.issues.push(record);
    return record;
  }

  const milestoneReply = (record: MilestoneRecord) => {
    const on = state.issues.filter((item) => item.milestone === record.number);
    return milestoneJson(site, record, {
      open: on.filter((item) => item.state === 'open').length,
      closed: on.filter((item) => item.state === 'closed').length,
    });
  };
  const milestoneOf = (number: number | null) =>
    number === null ? undefined : state.milestones.find((m) => m.number === number);

  /**
   * `discussion_category_name`: an unknown category is refused; a release with a discussion
   * keeps it (GitHub ignores the field then); a draft opens its discussion when published.
   */
  function checkCategory(category: unknown): Reply | undefined {
    if (category === undefined) return undefined;
    if (typeof category === 'string' && categories.includes(category)) return undefined;
    return error(422, 'Validation Failed', [
      { resource: 'Release', code: 'invalid', field: 'discussion_category_name' },
    ]);
  }
  function settleDiscussion(release: ReleaseRecord, category: unknown): void {
    if (typeof category === 'string' && !release.discussion_url) {
      release.discussion_category_name = category;
    }
    const wanted = release.discussion_category_name;
    if (release.draft || release.discussion_url || wanted === undefined) return;
    const number = state.discussions.length + 1;
    const url = `${WEB}/${site.owner}/${site.repo}/discussions/${number}`;
    state.discussions.push({ number, category: wanted, releaseId: release.id, url });
    release.discussion_url = url;
  }

  const issueMilestone = (item: IssueRecord) => {
    const record = milestoneOf(item.milestone);
    return record ? milestoneReply(record) : null;
  };

  const pullBranch = (spec: string) => (spec.includes(':') ? spec : `${site.owner}:${spec}`);

  const handlers: Record<string, (call: Call) => Reply> = {
    'repos/get': () => ({ status: 200, json: repository(site) }),

    'repos/list-releases': (call) =>
      listReply(
        // Newest first, drafts included (the caller can push).
        [...state.releases].reverse().map((r) => releaseJson(site, r, assetsOf(r))),
        call,
        site.apiUrl,
      ),

    // GitHub lists tags by name, the greatest first, compared as text (v0.1.9 before v0.1.14),
    // 30 a page unless per_page says otherwise, with Link headers to the other pages.
    'repos/list-tags': (call) =>
      listReply(
        [...state.tags]
          .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
          .map((record) => tagJson(site, record)),
        call,
        site.apiUrl,
      ),

    'repos/create-release': ({ input }) => {
      const fields = input as unknown as NewRelease;
      if (!fields.draft && publishedWithTag(fields.tag_name)) {
        return alreadyExists('Release', 'tag_name');
      }
      const refused = checkCategory(input.discussion_category_name);
      if (refused) return refused;
      const release = addRelease(fields);
      settleDiscussion(release, input.discussion_category_name);
      return {
        ...releaseReply(201, release),
        headers: { location: releaseUrl(site, release.id) },
      };
    },

    // GitHub writes the notes from the pull requests merged between the two tags; here there are
    // none to list, so the body is the heading and the compare line GitHub always writes.
    'repos/generate-release-notes': ({ input }) => {
      const tag = String(input.tag_name);
      const previous =
        typeof input.previous_tag_name === 'string' ? input.previous_tag_name : undefined;
      const repoWeb = `${WEB}/${site.owner}/${site.repo}`;
      const compare = previous
        ? `${repoWeb}/compare/${previous}...${tag}`
        : `${repoWeb}/commits/${tag}`;
      return {
        status: 200,
        json: {
          name: tag,
          body: `## What's Changed\n* Generated notes for ${tag} by @octo in ${repoWeb}/pull/1\n\n\n**Full Changelog**: ${compare}`,
        },
      };
    },

    'repos/get-release': ({ params }) => {
      const release = findRelease(params.release_id!);
      return release ? releaseReply(200, release) : notFound();
    },

    'repos/get-latest-release': () => {
      const release =
        state.latestReleaseId === null ? undefined : findRelease(state.latestReleaseId);
      return release ? releaseReply(200, release) : notFound();
    },

    // Drafts have no tag yet as far as this endpoint is concerned.
    'repos/get-release-by-tag': ({ params }) => {
      const release = state.releases.find((r) => !r.draft && r.tag_name === params.tag);
      return release ? releaseReply(200, release) : notFound();
    },

    'repos/update-release': ({ params, input }) => {
      const release = findRelease(params.release_id!);
      if (!release) return notFound();
      const fields = input as Partial<NewRelease>;
      const wasPublic = isPublic(release);
      const next = { ...release, ...fields };
      if (!next.draft && publishedWithTag(next.tag_name, release)) {
        return alreadyExists('Release', 'tag_name');
      }
      const refused = checkCategory(input.discussion_category_name);
      if (refused) return refused;
      const time = now();
      for (const key of ['tag_name', 'target_commitish', 'name', 'body'] as const) {
        if (fields[key] !== undefined) release[key] = fields[key] as string;
      }
      if (fields.prerelease !== undefined) release.prerelease = fields.prerelease;
      if (fields.draft !== undefined && fields.draft !== release.draft) {
        release.draft = fields.draft;
        release.published_at = fields.draft ? null : time;
      }
      release.updated_at = time;
      const newlyPublic = !wasPublic && isPublic(release);
      settleLatest(release, fields.make_latest ?? (newlyPublic ? 'true' : undefined));
      settleDiscussion(release, input.discussion_category_name);
      return releaseReply(200, release);
    },

    'repos/delete-release': ({ params }) => {
      const release = findRelease(params.release_id!);
      if (!release) return notFound();
      state.releases.splice(state.releases.indexOf(release), 1);
      for (const item of assetsOf(release)) state.assets.splice(state.assets.indexOf(item), 1);
      settleLatest(release, undefined);
      return { status: 204 };
    },

    'repos/list-release-assets': (call) => {
      const release = findRelease(call.params.release_id!);
      if (!release) return notFound();
      const assets = assetsOf(release).map((a) => assetJson(site, a, release.tag_name));
      return listReply(assets, call, site.apiUrl);
    },

    'repos/upload-release-asset': ({ params, query, headers, body }) => {
      const release = findRelease(params.release_id!);
      if (!release) return notFound();
      if (frozen(release)) return error(422, 'Cannot upload assets to an immutable release.');
      const name = query.get('name')!;
      if (assetsOf(release).some((a) => a.name === name)) {
        return alreadyExists('ReleaseAsset', 'name');
      }
      const record = addAsset(release.id, name, body, String(headers['content-type']));
      record.label = query.get('label');
      return { status: 201, json: assetJson(site, record, release.tag_name) };
    },

    'repos/get-release-asset': ({ params, headers }) => {
      const record = state.assets.find((a) => a.id === Number(params.asset_id));
      const release = record && findRelease(record.release_id);
      if (!record || !release) return notFound();
      if (String(headers.accept ?? '').includes('application/octet-stream')) {
        record.download_count++;
        // github.com redirects to storage; the bytes are the same.
        return { status: 200, raw: record.data, headers: { 'content-type': record.content_type } };
      }
      return { status: 200, json: assetJson(site, record, release.tag_name) };
    },

    'repos/delete-release-asset': ({ params }) => {
      const index = state.assets.findIndex((a) => a.id === Number(params.asset_id));
      if (index < 0) return notFound();
      const owner = findRelease(state.assets[index]!.release_id);
      if (owner && frozen(owner))
        return error(422, 'Cannot delete assets of an immutable release.');
      state.assets.splice(index, 1);
      return { status: 204 };
    },

    'issues/list-milestones': (call) => {
      const wanted = call.query.get('state') ?? 'open';
      const milestones = state.milestones
        .filter((m) => wanted === 'all' || m.state === wanted)
        .map(milestoneReply);
      return listReply(milestones, call, site.apiUrl);
    },

    'issues/get-milestone': ({ params }) => {
      const record = state.milestones.find((m) => m.number === Number(params.milestone_number));
      return record ? { status: 200, json: milestoneReply(record) } : notFound();
    },

    'issues/update-milestone': ({ params, input }) => {
      const record = state.milestones.find((m) => m.number === Number(params.milestone_number));
      if (!record) return notFound();
      const fields = input as Partial<MilestoneRecord>;
      const time = now();
      if (fields.title !== undefined) record.title = fields.title;
      if (fields.description !== undefined) record.description = fields.description;
      if (fields.due_on !== undefined) record.due_on = fields.due_on;
      if (fields.state !== undefined && fields.state !== record.state) {
        record.state = fields.state;
        record.closed_at = fields.state === 'closed' ? time : null;
      }
      record.updated_at = time;
      return { status: 200, json: milestoneReply(record) };
    },

    'issues/create-milestone': ({ input }) => {
      const title = String(input.title);
      if (state.milestones.some((m) => m.title === title)) {
        return alreadyExists('Milestone', 'title');
      }
      const record = addMilestone(title, input.state === 'closed' ? 'closed' : 'open');
      if (typeof input.description === 'string') record.description = input.description;
      return { status: 201, json: milestoneReply(record) };
    },

    // Issues and pull requests, newest first; `milestone` is a number, `*` or `none`.
    'issues/list-for-repo': (call) => {
      const wanted = call.query.get('state') ?? 'open';
      const milestone = call.query.get('milestone');
      const items = state.issues
        .filter((item) => wanted === 'all' || item.state === wanted)
        .filter(
          (item) =>
            milestone === null ||
            (milestone === '*'
              ? item.milestone !== null
              : milestone === 'none'
                ? item.milestone === null
                : item.milestone === Number(milestone)),
        )
        .reverse()
        .map((item) => issueJson(site, item, issueMilestone(item)));
      return listReply(items, call, site.apiUrl);
    },

    // Setting the milestone of an issue or a pull request (its number, or null to clear it).
    'issues/update': ({ params, input }) => {
      const record = state.issues.find((item) => item.number === Number(params.issue_number));
      if (!record) return notFound();
      if ('milestone' in input) {
        const number = input.milestone === null ? null : Number(input.milestone);
        if (number !== null && !milestoneOf(number)) {
          return error(422, 'Validation Failed', [
            { resource: 'Issue', code: 'invalid', field: 'milestone' },
          ]);
        }
        record.milestone = number;
      }
      if (input.state === 'open' || input.state === 'closed') {
        record.state = input.state;
        record.closed_at = input.state === 'closed' ? now() : null;
      }
      record.updated_at = now();
      return { status: 200, json: issueJson(site, record, issueMilestone(record)) };
    },

    'pulls/list': (call) => {
      const wanted = call.query.get('state') ?? 'open';
      const head = call.query.get('head');
      const base = call.query.get('base');
      const pulls = state.pulls
        .filter((p) => wanted === 'all' || p.state === wanted)
        .filter((p) => head === null || pullBranch(p.head) === pullBranch(head))
        .filter((p) => base === null || p.base === base)
        .reverse()
        .map((p) => pullSummary(site, p));
      return listReply(pulls, call, site.apiUrl);
    },

    'pulls/create': ({ input }) => {
      const fields = input as { title?: string; head: string; base: string; body?: string };
      if (fields.title === undefined) {
        return error(422, 'Validation Failed', [
          { resource: 'PullRequest', code: 'missing_field', field: 'title' },
        ]);
      }
      const open = state.pulls.find(
        (p) =>
          p.state === 'open' &&
          pullBranch(p.head) === pullBranch(fields.head) &&
          p.base === fields.base,
      );
      if (open) {
        return error(422, 'Validation Failed', [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${pullBranch(fields.head)}.`,
          },
        ]);
      }
      const record = addPull({ ...fields, title: fields.title });
      record.draft = (input.draft as boolean | undefined) ?? false;
      record.maintainer_can_modify = (input.maintainer_can_modify as boolean | undefined) ?? true;
      return { status: 201, json: pullJson(site, record) };
    },

    // GitHub keeps the bundle as sent; it refuses what is not a Sigstore bundle.
    'repos/create-attestation': ({ input }) => {
      const bundle = input.bundle as Record<string, unknown> | undefined;
      const mediaType = bundle?.mediaType;
      if (
        typeof mediaType !== 'string' ||
        !mediaType.startsWith('application/vnd.dev.sigstore.bundle') ||
        !(bundle!.dsseEnvelope || bundle!.messageSignature)
      ) {
        return error(422, 'Validation Failed', [
          { resource: 'Attestation', code: 'invalid', field: 'bundle' },
        ]);
      }
      const record: AttestationRecord = { id: nextId++, bundle: bundle! };
      state.attestations.push(record);
      return { status: 201, json: { id: record.id } };
    },

    'pulls/get': ({ params }) => {
      const record = state.pulls.find((p) => p.number === Number(params.pull_number));
      return record ? { status: 200, json: pullJson(site, record) } : notFound();
    },
  };

  /** A partial upload: GitHub keeps an asset in state 'open' with what arrived. */
  function partialUpload(call: Call): void {
    const release = findRelease(call.params.release_id ?? '');
    const name = call.query.get('name');
    if (!release || !name || assetsOf(release).some((a) => a.name === name)) return;
    const record = addAsset(release.id, name, call.body.subarray(0, call.body.length >> 1));
    record.state = 'open';
  }

  function answer(
    call: Omit<Call, 'input'> | undefined,
    request: IncomingMessage,
    fault: FaultAnswer | undefined,
  ): Reply {
    if (!authorized(request.headers.authorization, options.token)) {
      return error(401, 'Bad credentials');
    }
    if (!call) return notFound();
    const { operation } = call.match;
    const problems = spec.checkRequest(call);
    if (problems.length > 0) {
      const message = problems.join('; ');
      return {
        ...error(422, 'Invalid request.', [{ code: 'invalid', message }]),
        violation: message,
      };
    }
    const handler = handlers[operation.operationId];
    if (!handler) {
      const message = `${operation.operationId} is not implemented by this test server`;
      return { ...error(501, message), violation: message };
    }
    const { owner, repo } = call.params;
    if (
      owner?.toLowerCase() !== site.owner.toLowerCase() ||
      repo?.toLowerCase() !== site.repo.toLowerCase()
    ) {
      return notFound();
    }
    // Like GitHub, read a JSON body whatever Content-Type came with it; checkRequest parsed it.
    const takesJson = operation.requestBody?.content['application/json'] !== undefined;
    const input = (
      takesJson && call.body.length > 0 ? JSON.parse(call.body.toString('utf8')) : {}
    ) as Record<string, unknown>;
    if (fault && 'linkNext' in fault) {
      const page = handler({ ...call, input });
      const self = new URL(request.url ?? '/', site.apiUrl).href;
      return { ...page, headers: { ...page.headers, link: `<${self}>; rel="next"` } };
    }
    if (fault) {
      const instead = faultReply(fault);
      const before =
        ('when' in fault ? fault.when !== 'after' : instead !== undefined) ||
        ('drop' in fault && fault.drop === 'before') ||
        ('hang' in fault && fault.hang === 'before');
      if (!before) {
        if (
          'drop' in fault &&
          fault.drop === 'partial' &&
          operation.operationId.endsWith('asset')
        ) {
          partialUpload({ ...call, input });
        } else handler({ ...call, input });
      }
      if ('drop' in fault) return { status: 0, drop: true };
      if ('hang' in fault) return { status: 0, hold: true };
      return instead!;
    }
    return handler({ ...call, input });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', site.apiUrl);
    const method = request.method ?? 'GET';
    const fault = faults.next(method, url.pathname);
    const matched = spec.match(method, url.pathname);
    const record: RequestRecord = {
      method,
      path: url.pathname,
      query: url.search,
      status: 0,
      ...('operation' in matched && { operationId: matched.operation.operationId }),
      ...(fault && { fault: describeFault(fault) }),
    };
    if (fault && 'drop' in fault && fault.drop === 'before') {
      // Mid-request: the client is still sending its body.
      requests.push(record);
      request.socket.destroy();
      return;
    }
    const body = await readBody(request);
    if (fault && ('drip' in fault || 'huge' in fault)) {
      record.status = 200;
      requests.push(record);
      return misbehave(fault, response);
    }
    const violation = (reason: string) =>
      violations.push({
        method,
        path: url.pathname,
        status: record.status,
        ...(record.operationId && { operationId: record.operationId }),
        reason,
      });

    let reply: Reply;
    try {
      const call =
        'operation' in matched
          ? {
              match: matched,
              params: matched.params,
              query: url.searchParams,
              headers: request.headers,
              body,
              pathname: url.pathname,
            }
          : undefined;
      reply = answer(call, request, fault);
      record.status = reply.status;
      if ('error' in matched && reply.status !== 401) violation(matched.error);
      if (reply.violation) violation(reply.violation);
      if ('operation' in matched && reply.status < 300 && reply.json !== undefined) {
        for (const problem of spec.checkResponse(matched.operation, reply.status, reply.json)) {
          violation(`the server's own answer breaks the description: ${problem}`);
        }
      }
    } catch (thrown) {
      reply = error(500, `test server failure: ${String(thrown)}`);
      record.status = 500;
      violation(String(thrown));
    }
    requests.push(record);
    if (reply.drop) {
      request.socket.destroy();
      return;
    }
    if (reply.hold) {
      // Answered never; the connection ends when the client gives up or the server closes.
      if (fault && 'hang' in fault) fault.onHold?.();
      return;
    }

    const headers = reply.headers ?? {};
    if (reply.raw) {
      response.writeHead(reply.status, { ...headers, 'content-length': String(reply.raw.length) });
      response.end(reply.raw);
    } else if (reply.json !== undefined) {
      const text = JSON.stringify(reply.json);
      response.writeHead(reply.status, {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
      });
      response.end(text);
    } else {
      response.writeHead(reply.status, headers);
      response.end();
    }
  }

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: site.apiUrl,
    state,
    requests,
    violations,
    addRelease,
    addAsset,
    addMilestone,
    addIssue,
    addTag,
    addPull,
    plan: (...planned) => faults.add(...planned),
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// Re-runs: which files an index already has. Identical files are skipped; a file with the same
// name and other content can never be replaced, so it stops the run before any upload.
// Asked through PyPI's JSON API where the index is Warehouse (one version, cheap), else through the
// simple repository API every index serves (pypiserver, devpi, Artifactory, Nexus, GitLab, …).
import { UserError } from '../errors.js';
import { HttpFailure, httpRequest, type HttpResponse } from '../http/index.js';
import { displayUrl } from '../urls.js';
import { jsonApiUrl, simpleProjectUrl, type Credentials, type PackageIndex } from './indexes.js';
import { parseJsonApi, parseSimpleAnswer, SIMPLE_ACCEPT, type ListedFile } from './simple-api.js';
import { uploadOrder } from './upload-order.js';

export interface LocalFile {
  readonly filename: string;
  readonly path: string;
  readonly sha256: string;
}

export type RemoteFile = ListedFile;

export interface UploadPlan {
  readonly upload: readonly LocalFile[];
  readonly skip: readonly LocalFile[];
}

export function planUploads(
  indexLabel: string,
  local: readonly LocalFile[],
  remote: readonly RemoteFile[],
): UploadPlan {
  const upload: LocalFile[] = [];
  const skip: LocalFile[] = [];
  for (const file of local) {
    const existing = remote.find((candidate) => candidate.filename === file.filename);
    if (!existing) upload.push(file);
    else if (existing.sha256 === undefined) {
      throw new UserError(
        `${indexLabel} already lists ${file.filename}, but without a sha256, so whether it is this build's file (sha256 ${file.sha256}) cannot be told. Nothing was uploaded. Compare the file on the index with dist/ by hand, or set index-url to the index's simple API that gives hashes (#sha256= links, or PEP 691 JSON).`,
        'Existing file has no hash',
      );
    } else if (existing.sha256.toLowerCase() === file.sha256.toLowerCase()) skip.push(file);
    else {
      throw new UserError(
        `${indexLabel} already has ${file.filename} with different content (sha256 ${existing.sha256} there, ${file.sha256} here). An index never lets a file be replaced: release a new version (for example a .post1), or rebuild exactly the files that were uploaded.`,
        'File already exists with other content',
      );
    }
  }
  return { upload: uploadOrder(upload), skip };
}

function authorization(credentials: Credentials | undefined): Record<string, string> {
  if (!credentials) return {};
  const pair = `${credentials.username}:${credentials.password}`;
  return { authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

async function get(url: string, headers: Record<string, string>): Promise<HttpResponse> {
  try {
    return await httpRequest(url, { headers });
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    throw new UserError(
      `Could not ask ${displayUrl(url)} which files exist: ${error.message}. Nothing was uploaded; run the release again when the index answers (a re-run skips what is already there).`,
      'Index unreachable',
    );
  }
}

function failed(index: PackageIndex, url: string, response: HttpResponse): UserError {
  return new UserError(
    `${displayUrl(url)} answered ${response.status} when asked which files ${index.label} has. Nothing was uploaded; run the release again later${response.status === 401 || response.status === 403 ? ', or give the index credentials (https://user:password@… in repository-url or index-url)' : ''}.`,
    'Index error',
  );
}

/**
 * The files the index has for the project (an unknown project has none). Stops with a clear
 * message when the index answers in a way that cannot say: uploading then would be blind.
 */
export async function fetchRemoteFiles(
  index: PackageIndex,
  project: string,
  version: string,
): Promise<RemoteFile[]> {
  if (index.warehouse) {
    const url = jsonApiUrl(index, project, version);
    const response = await get(url, {
      accept: 'application/json',
      ...authorization(index.simpleCredentials),
    });
    // A 404 is an unknown version, or no JSON API at all: the simple API tells which.
    if (response.status === 200) {
      const listing = parseJsonApi(response.body.toString('utf8'));
      if (listing.ok) return [...listing.files];
    }
  }
  const url = simpleProjectUrl(index, project);
  const response = await get(url, {
    accept: SIMPLE_ACCEPT,
    ...authorization(index.simpleCredentials),
  });
  if (response.status === 404 || response.status === 410) return [];
  if (response.status !== 200) throw failed(index, url, response);
  const listing = parseSimpleAnswer(
    response.headers['content-type'],
    response.body.toString('utf8'),
  );
  if (!listing.ok) {
    throw new UserError(
      `${displayUrl(url)} cannot tell which files ${index.label} has: ${listing.problem}. Nothing was uploaded. Set index-url to the index's simple API (the URL pip's --index-url takes, such as https://host/root/pypi/+simple/ for devpi).`,
      'Index answer unreadable',
    );
  }
  return [...listing.files];
}

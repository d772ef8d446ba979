// What the index says of the project before anything is uploaded, for PyPI's rules: the files of
// the version (with their upload times: a release older than 14 days takes no new ones) from the
// JSON API, and the project's PEP 792 status and size from the PEP 691 simple API. Warehouse only.
import type { IndexFile, IndexState } from '../pypi-rules/index.js';
import { HttpFailure, httpRequest, type HttpResponse } from '../http/index.js';
import { displayUrl } from '../urls.js';
import { jsonApiUrl, simpleProjectUrl, type PackageIndex } from './indexes.js';

function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `/pypi/<name>/<version>/json`: `urls[]` with `filename`, `packagetype`, `upload_time_iso_8601`. */
export function parseReleaseFiles(text: string): IndexFile[] | undefined {
  const answer = json(text) as { urls?: unknown } | undefined;
  if (!Array.isArray(answer?.urls)) return undefined;
  return (answer.urls as Record<string, unknown>[]).flatMap((entry) => {
    if (typeof entry?.filename !== 'string') return [];
    const time = entry.upload_time_iso_8601 ?? entry.upload_time;
    const uploadedAt = typeof time === 'string' ? Date.parse(time) : NaN;
    return [
      {
        filename: entry.filename,
        sdist: entry.packagetype === 'sdist' || entry.filename.endsWith('.tar.gz'),
        ...(Number.isFinite(uploadedAt) && { uploadedAt }),
      },
    ];
  });
}

/** PEP 691 / PEP 792: `project-status.status` and the sum of `files[].size`. */
export function parseProjectPage(
  text: string,
): Pick<IndexState, 'projectStatus' | 'projectStatusReason' | 'projectSize'> {
  const answer = json(text) as
    { 'project-status'?: { status?: unknown; reason?: unknown }; files?: unknown } | undefined;
  const status = answer?.['project-status'];
  const files = Array.isArray(answer?.files) ? (answer.files as { size?: unknown }[]) : [];
  const sized = files.every((file) => typeof file?.size === 'number');
  return {
    ...(typeof status?.status === 'string' && { projectStatus: status.status }),
    ...(typeof status?.reason === 'string' && { projectStatusReason: status.reason }),
    ...(sized &&
      files.length > 0 && {
        projectSize: files.reduce((sum, file) => sum + (file.size as number), 0),
      }),
  };
}

async function get(
  url: string,
  accept: string,
  credentials: PackageIndex['simpleCredentials'],
): Promise<HttpResponse | string> {
  const pair = credentials && `${credentials.username}:${credentials.password}`;
  const auth: Record<string, string> = pair
    ? { authorization: `Basic ${Buffer.from(pair).toString('base64')}` }
    : {};
  try {
    return await httpRequest(url, { headers: { accept, ...auth } });
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    return error.message;
  }
}

/**
 * The index's state, or why it could not be read (the preflight then says so and goes on: the
 * upload asks the index again and stops if it cannot).
 */
export async function readIndexState(
  index: PackageIndex,
  project: string,
  version: string,
): Promise<IndexState | { readonly unreadable: string }> {
  const release = await get(
    jsonApiUrl(index, project, version),
    'application/json',
    index.simpleCredentials,
  );
  if (typeof release === 'string') return { unreadable: release };
  const where = displayUrl(release.url);
  let files: IndexFile[] = [];
  if (release.status === 200) {
    const parsed = parseReleaseFiles(release.body.toString('utf8'));
    if (!parsed) return { unreadable: `${where} answered JSON without "urls"` };
    files = parsed;
  } else if (release.status !== 404) {
    return { unreadable: `${where} answered ${release.status}` };
  }
  const page = await get(
    simpleProjectUrl(index, project),
    'application/vnd.pypi.simple.v1+json',
    index.simpleCredentials,
  );
  const about =
    typeof page !== 'string' && page.status === 200
      ? parseProjectPage(page.body.toString('utf8'))
      : {};
  return { label: index.label, release: files, ...about };
}

// Where a package index lives: the upload endpoint twine talks to, the simple repository API every
// index serves, and (on Warehouse, PyPI's software) the JSON API and trusted-publishing endpoints.
// PyPI serves uploads from another host than the rest.
import { canonicalProjectName } from '../version/index.js';
import { splitCredentials } from '../urls.js';

export interface PackageIndex {
  readonly label: string;
  /** Without credentials: what may be shown and passed on a command line. */
  readonly uploadUrl: string;
  /** Origin of the JSON API, project pages and `/_/oidc/` endpoints. */
  readonly webOrigin: string;
  /** The simple repository API's root (PEP 503/691), ending in `/`. */
  readonly simpleUrl: string;
  /** The upload URL ends in /legacy/, as Warehouse's does: the JSON API may be there too. */
  readonly warehouse: boolean;
  /** From `https://user:password@host/…`; given to twine through its environment, never shown. */
  readonly credentials?: Credentials;
  /** For the simple index: index-url's own, or the upload URL's on the same origin. */
  readonly simpleCredentials?: Credentials;
}

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

export const PYPI_UPLOAD_URL = 'https://upload.pypi.org/legacy/';
export const TESTPYPI_UPLOAD_URL = 'https://test.pypi.org/legacy/';

/**
 * The simple index beside an upload URL: `/legacy/` → `/simple/` (PyPI, TestPyPI, Warehouse),
 * otherwise `simple/` under the upload path (pypiserver, Artifactory, Nexus, GitLab,
 * CodeArtifact). devpi's `+simple/` cannot be guessed: repository-url's second line names it.
 */
export function deriveSimpleUrl(uploadUrl: string): string {
  const url = new URL(uploadUrl);
  if (url.host === 'upload.pypi.org') return 'https://pypi.org/simple/';
  url.search = '';
  url.hash = '';
  const dir = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  url.pathname = dir.endsWith('/legacy/')
    ? `${dir.slice(0, -'legacy/'.length)}simple/`
    : `${dir}simple/`;
  return url.href;
}

export function packageIndex(rawUploadUrl: string, label: string, indexUrl = ''): PackageIndex {
  const { url: uploadUrl, username, password } = splitCredentials(rawUploadUrl);
  const url = new URL(uploadUrl);
  const host = url.host === 'upload.pypi.org' ? 'pypi.org' : url.host;
  const given = indexUrl ? splitCredentials(indexUrl) : undefined;
  const simple = given ? given.url : deriveSimpleUrl(uploadUrl);
  const credentials = username || password ? { username, password } : undefined;
  const simpleCredentials =
    given && (given.username || given.password)
      ? { username: given.username, password: given.password }
      : new URL(simple).origin === url.origin
        ? credentials
        : undefined;
  return {
    label,
    uploadUrl,
    webOrigin: `${url.protocol}//${host}`,
    simpleUrl: simple.endsWith('/') ? simple : `${simple}/`,
    warehouse: url.pathname.endsWith('/legacy/') && !indexUrl,
    ...(credentials && { credentials }),
    ...(simpleCredentials && { simpleCredentials }),
  };
}

export function jsonApiUrl(index: PackageIndex, project: string, version: string): string {
  return `${index.webOrigin}/pypi/${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`;
}

/** PEP 503: the project's page under the simple root, by its normalized name. */
export function simpleProjectUrl(index: PackageIndex, project: string): string {
  return `${index.simpleUrl}${canonicalProjectName(project)}/`;
}

export function simpleIndexUrl(index: PackageIndex): string {
  return index.simpleUrl;
}

export function projectPageUrl(index: PackageIndex, project: string, version: string): string {
  return `${index.webOrigin}/project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`;
}

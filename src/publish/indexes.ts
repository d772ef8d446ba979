// Where a package index lives: the upload endpoint twine talks to, and the JSON API, simple
// index and trusted-publishing endpoints beside it. PyPI serves uploads from another host than
// the rest; any other index (a private one, a test server) is taken to serve all from one origin.

export interface PackageIndex {
  readonly label: string;
  readonly uploadUrl: string;
  /** Origin of the JSON API, simple index, project pages and `/_/oidc/` endpoints. */
  readonly webOrigin: string;
}

export const PYPI_UPLOAD_URL = 'https://upload.pypi.org/legacy/';
export const TESTPYPI_UPLOAD_URL = 'https://test.pypi.org/legacy/';

export function packageIndex(uploadUrl: string, label: string): PackageIndex {
  const url = new URL(uploadUrl);
  const host = url.host === 'upload.pypi.org' ? 'pypi.org' : url.host;
  return { label, uploadUrl, webOrigin: `${url.protocol}//${host}` };
}

export function jsonApiUrl(index: PackageIndex, project: string, version: string): string {
  return `${index.webOrigin}/pypi/${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`;
}

export function simpleIndexUrl(index: PackageIndex): string {
  return `${index.webOrigin}/simple/`;
}

export function projectPageUrl(index: PackageIndex, project: string, version: string): string {
  return `${index.webOrigin}/project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`;
}

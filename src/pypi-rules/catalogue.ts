// Every rule the preflight applies, with where PyPI's own code (pypi/warehouse, at the commit
// read) or the uploader enforces it. docs/pypi-rules.md lists the same; a refusal names its rule.

export const WAREHOUSE_COMMIT = '6b62157124ab7865029afeeadf282bce27d601d9';

const WAREHOUSE = `https://github.com/pypi/warehouse/blob/${WAREHOUSE_COMMIT}`;
const LEGACY = `${WAREHOUSE}/warehouse/forklift/legacy.py`;
const METADATA = `${WAREHOUSE}/warehouse/forklift/metadata.py`;
const WHEEL = `${WAREHOUSE}/warehouse/utils/wheel.py`;
const GITHUB_OIDC = `${WAREHOUSE}/warehouse/oidc/models/github.py`;

export interface Rule {
  /** Short, stable, shown in messages: `pypi:release-age`. */
  readonly id: string;
  readonly title: string;
  /** Where the index (or the uploader) enforces it. */
  readonly source: string;
}

function rule(id: string, title: string, source: string): Rule {
  return { id, title, source };
}

export const RULES = {
  metadataVersion: rule('metadata-version', 'Metadata-Version PyPI supports', `${METADATA}#L26`),
  licenseBoth: rule(
    'license-with-expression',
    'License together with License-Expression',
    `${METADATA}#L276-L287`,
  ),
  licenseFile: rule(
    'license-file-missing',
    'License-File not in the archive',
    `${LEGACY}#L1397-L1422`,
  ),
  fieldVersion: rule(
    'field-needs-metadata-version',
    'Field newer than the Metadata-Version',
    `${LEGACY}#L701-L739`,
  ),
  name: rule('name', 'Invalid project name', `${LEGACY}#L701-L739`),
  version: rule('version', 'Invalid or local version', `${METADATA}#L115-L122`),
  url: rule('url', 'Invalid URL', `${METADATA}#L192-L221`),
  classifier: rule('classifier', 'Unknown or deprecated classifier', `${METADATA}#L162-L190`),
  summary: rule('summary-length', 'Summary over 512 characters', `${METADATA}#L64-L66`),
  directDependency: rule(
    'direct-dependency',
    'Requires-Dist with a direct URL',
    `${METADATA}#L248-L261`,
  ),
  dynamic: rule('dynamic', 'Dynamic field PyPI does not know', `${METADATA}#L263-L274`),
  compressionRatio: rule('compression-ratio', 'Compression ratio above 50', `${LEGACY}#L88-L95`),
  compressionMethod: rule(
    'compression-method',
    'Compression other than stored or deflate',
    `${LEGACY}#L352-L361`,
  ),
  sparse: rule('sparse-member', 'Sparse tar member', `${LEGACY}#L435-L448`),
  wheelFile: rule('wheel-file', 'Wheel without WHEEL', `${LEGACY}#L375-L387`),
  record: rule('wheel-record', 'Wheel without a readable RECORD', `${LEGACY}#L1540-L1557`),
  entryPoints: rule('entry-points', 'Invalid entry_points.txt', `${WHEEL}#L239-L305`),
  filenameCharacters: rule(
    'filename-characters',
    'File name PyPI cannot store',
    `${LEGACY}#L243-L283`,
  ),
  sdistName: rule('sdist-filename', 'sdist name not normalised (PEP 625)', `${LEGACY}#L1317-L1393`),
  wheelName: rule('wheel-filename', 'Wheel name not normalised', `${LEGACY}#L1424-L1503`),
  platformTag: rule('platform-tag', 'Platform tag PyPI refuses', `${LEGACY}#L103-L229`),
  oneSdist: rule('one-sdist', 'More than one sdist per release', `${LEGACY}#L1260-L1275`),
  fileSize: rule('file-size', 'File over the 100 MB default', `${LEGACY}#L1128-L1163`),
  projectSize: rule('project-size', 'Project over the 10 GB default', `${LEGACY}#L1164-L1175`),
  releaseAge: rule('release-age', 'Release older than 14 days', `${LEGACY}#L1242-L1258`),
  projectStatus: rule(
    'project-status',
    'Archived or quarantined project (PEP 792)',
    `${WAREHOUSE}/warehouse/packaging/models.py#L428-L502`,
  ),
  uploaderMetadata: rule(
    'uploader-metadata-version',
    'Uploader too old for the Metadata-Version',
    'https://github.com/pypa/twine/blob/7.0.0/docs/changelog.rst',
  ),
  pullRequestTarget: rule(
    'trusted-pull-request-target',
    'Trusted publishing from pull_request_target',
    `${GITHUB_OIDC}#L127-L138`,
  ),
  reusableWorkflow: rule(
    'trusted-reusable-workflow',
    'Trusted publishing from another repository’s or ref’s workflow',
    `${GITHUB_OIDC}#L67-L97`,
  ),
  environment: rule(
    'trusted-environment',
    'Environment in the claims differs from the job’s',
    `${GITHUB_OIDC}#L100-L124`,
  ),
} as const;

export type RuleName = keyof typeof RULES;

export interface Refusal {
  readonly rule: Rule;
  /** The file it is about (its name), or the index / workflow. */
  readonly file: string;
  /** What is wrong, and what to do. */
  readonly message: string;
  /** `warning`: PyPI's default that a project may have raised (sizes). */
  readonly level: 'error' | 'warning';
}

/** A refusal of `name` about `file`. */
export function refuse(
  name: RuleName,
  file: string,
  message: string,
  level: 'error' | 'warning' = 'error',
): Refusal {
  return { rule: RULES[name], file, message, level };
}

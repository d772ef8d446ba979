// The one place inputs are read and validated. Defaults here equal those in action.yml (a test
// keeps them together), so the CLI and a runner that leaves an input unset behave the same.
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { parsePackages, type PackageEntry } from './packages.js';
import { isTagPrefix, TAG_PREFIX_RULE } from './tag-prefix.js';
import { defaultPython } from '../tools/index.js';

export type AttestationsMode = 'auto' | 'true' | 'false';

export interface AttestationTarget {
  readonly label: string;
  /** true: trusted publishing (no token given for this index). */
  readonly trusted: boolean;
}

/**
 * Input-level check, before any work: `true` with an API token can never upload, because PyPI
 * answers "Attestations are only supported when using Trusted Publishing".
 */
export function refuseAttestationsWithToken(
  mode: AttestationsMode,
  targets: readonly AttestationTarget[],
): void {
  if (mode !== 'true') return;
  const withToken = targets.filter((target) => !target.trusted).map((target) => target.label);
  if (withToken.length > 0) {
    throw new UserError(
      `attestations: true needs trusted publishing, but ${withToken.join(' and ')} ${withToken.length === 1 ? 'is' : 'are'} given an API token; the index accepts attestations only from trusted publishing. Remove the token (and configure a trusted publisher), or set attestations to auto or false.`,
      'Attestations need trusted publishing',
    );
  }
}

export type Mode = 'auto' | 'check' | 'release' | 'bump';

export interface Inputs {
  readonly mode: Mode;
  readonly workingDirectory: string;
  /** Changelog path relative to working-directory; '' finds it, `none` turns it off. */
  readonly changelog: string;
  readonly versionFiles: readonly string[];
  /** '' accepts `v1.2.3` and `1.2.3` (see version/tag.ts). */
  readonly tagPrefix: string;
  /** A monorepo's packages: the tag prefix of each and its folder; empty for one project. */
  readonly packages: readonly PackageEntry[];
  /** The package a bump is for (folder or tag prefix); empty: the workflow_dispatch input. */
  readonly package: string;
  readonly requireChangelogEntry: boolean;
  /**
   * Branch names or globs (`hotfix/*`) a released tag must be on; empty: the default branch,
   * hotfix/* and release lines (isReleaseLineName).
   */
  readonly releaseBranches: readonly string[];
  readonly builder: 'uv' | 'build';
  readonly buildIsolation: boolean;
  readonly uvVersion: string;
  /** The Python interpreter for `python -m build`, venvs and twine. */
  readonly python: string;
  readonly importName: string;
  /** Python code run in the wheel test's environment after the import. */
  readonly smokeTest: string;
  /** May carry `user:password@`: masked when read, shown only through displayUrl. */
  readonly repositoryUrl: string;
  /** The simple index of repository-url's index; '' derives it from repository-url. */
  readonly indexUrl: string;
  readonly pypiToken: string;
  readonly testpypi: boolean;
  readonly testpypiUrl: string;
  readonly testpypiToken: string;
  readonly publish: boolean;
  /** PEP 740 publish attestations: auto = with trusted publishing only. */
  readonly attestations: AttestationsMode;
  /** A GitHub build-provenance attestation of the released files, stored in the repository. */
  readonly githubAttestations: boolean;
  readonly githubToken: string;
  readonly draft: boolean;
  /** The Discussions category the published release opens its discussion in; '' for none. */
  readonly discussionCategory: string;
  readonly attachDist: boolean;
  /** Attach missing assets to (and rewrite pyrelease's own notes of) a published release. */
  readonly updatePublishedRelease: boolean;
  readonly closeMilestone: boolean;
  readonly dryRun: boolean;
  /** patch … prerelease, or an explicit version; empty: from the workflow_dispatch input `bump`. */
  readonly bump: string;
  readonly preid: '' | 'alpha' | 'beta' | 'rc';
  readonly versionStyle: 'pep440' | 'semver';
  /** `Name <email>` of the bump commit and tag. */
  readonly gitUser: string;
  readonly allowEmptyChangelog: boolean;
  readonly openNextCyclePr: boolean;
  /** A folder or glob of the release's files built elsewhere; '' builds them here. */
  readonly distDir: string;
  readonly requireSdist: boolean;
}

export const INPUT_DEFAULTS = {
  mode: 'auto',
  'working-directory': '.',
  changelog: '',
  'version-files': '',
  'tag-prefix': '',
  packages: '',
  package: '',
  'require-changelog-entry': 'false',
  'release-branches': '',
  builder: 'uv',
  'build-isolation': 'true',
  'uv-version': '',
  python: '',
  'import-name': '',
  'smoke-test': '',
  'repository-url': 'https://upload.pypi.org/legacy/',
  'index-url': '',
  'pypi-token': '',
  testpypi: 'false',
  'testpypi-url': 'https://test.pypi.org/legacy/',
  'testpypi-token': '',
  publish: 'true',
  attestations: 'auto',
  'github-attestations': 'false',
  'github-token': '',
  draft: 'true',
  'discussion-category': '',
  'attach-dist': 'true',
  'update-published-release': 'false',
  'close-milestone': 'true',
  'dry-run': 'false',
  bump: '',
  preid: '',
  'version-style': 'pep440',
  'git-user': 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
  'allow-empty-changelog': 'false',
  'open-next-cycle-pr': 'false',
  'dist-dir': '',
  'require-sdist': 'false',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** Returns the raw value of an input, or undefined when it was not given at all. */
export type InputGetter = (name: InputName) => string | undefined;

/** How a runner passes inputs: INPUT_<NAME> with spaces as underscores, upper-cased. */
export function environmentInputs(env: NodeJS.ProcessEnv = process.env): InputGetter {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

function boolean(name: InputName, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off', ''].includes(value)) return false;
  throw new UserError(
    `Input ${name} must be true or false, not ${JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

function oneOf<T extends string>(name: InputName, raw: string, allowed: readonly T[]): T {
  const value = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(
    `Input ${name} must be one of ${allowed.join(', ')}, not ${JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

function url(name: InputName, raw: string): string {
  const value = raw.trim();
  try {
    const parsed = new URL(value);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return value;
  } catch {
    // reported below
  }
  throw new UserError(
    `Input ${name} must be an http(s) URL, not ${JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

function identifier(name: InputName, raw: string): string {
  const value = raw.trim();
  if (value === '' || /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(value)) return value;
  throw new UserError(
    `Input ${name} must be a Python module name such as my_package, not ${JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

/**
 * A URL that may carry `user:password@`: the password is masked at once, in every spelling a log
 * could show it (as given, decoded, and inside a Basic authorization header).
 */
function credentialedUrl(name: InputName, raw: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw.trim());
  } catch {
    parsed = undefined;
  }
  if (parsed?.password) {
    const password = decodeURIComponent(parsed.password);
    for (const form of [
      parsed.password,
      password,
      encodeURIComponent(password),
      Buffer.from(`${decodeURIComponent(parsed.username)}:${password}`).toString('base64'),
    ])
      core.setSecret(form);
  }
  return url(name, raw);
}

/** Masks a secret before anything else can log it. */
function secret(raw: string): string {
  const value = raw.trim();
  if (value) core.setSecret(value);
  return value;
}

function list(name: InputName, raw: string): string[] {
  const items = raw
    .split(/\r?\n|,/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  // eslint-disable-next-line no-control-regex
  const bad = items.find((item) => /[\u0000-\u001f\u007f]/.test(item));
  if (bad !== undefined) {
    throw new UserError(
      `Input ${name} holds ${JSON.stringify(bad)}, with a control character; give one name per line or comma.`,
      'Invalid input',
    );
  }
  return items;
}

// Inputs that are lists or Python code may span lines; every other one is a single value, and a
// line break or control character in it is a mistake (or an attempt to smuggle a second line).
const MULTI_LINE = new Set<InputName>([
  'version-files',
  'release-branches',
  'smoke-test',
  'packages',
]);

function singleLine(name: InputName, raw: string): string {
  // eslint-disable-next-line no-control-regex
  if (MULTI_LINE.has(name) || !/[\u0000-\u001f\u007f]/.test(raw.trim())) return raw;
  throw new UserError(
    `Input ${name} must be a single line without control characters, not ${name.endsWith('token') ? 'a value with them (not shown: it is a secret)' : JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

export function readInputs(get: InputGetter): Inputs {
  const value = (name: InputName) => singleLine(name, get(name) ?? INPUT_DEFAULTS[name]);
  const tagPrefix = value('tag-prefix').trim();
  if (!isTagPrefix(tagPrefix)) {
    throw new UserError(
      `Input tag-prefix may hold ${TAG_PREFIX_RULE}, not ${JSON.stringify(tagPrefix)}.`,
      'Invalid input',
    );
  }
  const packages = parsePackages(value('packages'));
  const workingDirectory = value('working-directory').trim() || '.';
  // Each package brings its own folder and prefix; a second, run-wide one would be ignored.
  if (packages.length > 0 && (tagPrefix !== '' || !['.', './'].includes(workingDirectory))) {
    throw new UserError(
      `Input packages gives each package its folder and tag prefix, so ${tagPrefix !== '' ? `tag-prefix (${JSON.stringify(tagPrefix)})` : `working-directory (${JSON.stringify(workingDirectory)})`} must not be set with it. Remove it, or put the package in packages as "prefix: folder".`,
      'Invalid input',
    );
  }
  const pypiToken = secret(value('pypi-token'));
  const testpypi = boolean('testpypi', value('testpypi'));
  const testpypiToken = secret(value('testpypi-token'));
  const attestations = oneOf('attestations', value('attestations'), ['auto', 'true', 'false']);
  refuseAttestationsWithToken(attestations, [
    ...(testpypi ? [{ label: 'TestPyPI (testpypi-token)', trusted: !testpypiToken }] : []),
    { label: 'the index (pypi-token)', trusted: !pypiToken },
  ]);
  return {
    mode: oneOf('mode', value('mode'), ['auto', 'check', 'release', 'bump']),
    workingDirectory,
    changelog: value('changelog').trim(),
    versionFiles: list('version-files', value('version-files')),
    tagPrefix,
    packages,
    package: value('package').trim(),
    requireChangelogEntry: boolean('require-changelog-entry', value('require-changelog-entry')),
    releaseBranches: list('release-branches', value('release-branches')),
    builder: oneOf('builder', value('builder'), ['uv', 'build']),
    buildIsolation: boolean('build-isolation', value('build-isolation')),
    uvVersion: value('uv-version').trim(),
    python: value('python').trim() || defaultPython(),
    importName: identifier('import-name', value('import-name')),
    smokeTest: value('smoke-test'),
    repositoryUrl: credentialedUrl('repository-url', value('repository-url')),
    indexUrl: value('index-url').trim() && credentialedUrl('index-url', value('index-url')),
    pypiToken,
    testpypi,
    testpypiUrl: credentialedUrl('testpypi-url', value('testpypi-url')),
    testpypiToken,
    publish: boolean('publish', value('publish')),
    attestations,
    githubAttestations: boolean('github-attestations', value('github-attestations')),
    githubToken: secret(value('github-token')),
    draft: boolean('draft', value('draft')),
    discussionCategory: value('discussion-category').trim(),
    attachDist: boolean('attach-dist', value('attach-dist')),
    updatePublishedRelease: boolean('update-published-release', value('update-published-release')),
    closeMilestone: boolean('close-milestone', value('close-milestone')),
    dryRun: boolean('dry-run', value('dry-run')),
    bump: value('bump').trim(),
    preid:
      value('preid').trim() === '' ? '' : oneOf('preid', value('preid'), ['alpha', 'beta', 'rc']),
    versionStyle: oneOf('version-style', value('version-style'), ['pep440', 'semver']),
    gitUser: value('git-user').trim(),
    allowEmptyChangelog: boolean('allow-empty-changelog', value('allow-empty-changelog')),
    openNextCyclePr: boolean('open-next-cycle-pr', value('open-next-cycle-pr')),
    distDir: value('dist-dir').trim(),
    requireSdist: boolean('require-sdist', value('require-sdist')),
  };
}

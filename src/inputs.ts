// The one place inputs are read and validated. Defaults here equal those in action.yml (a test
// keeps them together), so the CLI and a runner that leaves an input unset behave the same.
import * as core from '@actions/core';
import { UserError } from './errors.js';
import { refuseAttestationsWithToken, type AttestationsMode } from './publish/attestation-plan.js';

export type Mode = 'auto' | 'check' | 'release' | 'bump';

export interface Inputs {
  readonly mode: Mode;
  readonly workingDirectory: string;
  /** Changelog path relative to working-directory; '' turns the changelog off. */
  readonly changelog: string;
  readonly versionFiles: readonly string[];
  /** '' accepts `v1.2.3` and `1.2.3` (see version/tag.ts). */
  readonly tagPrefix: string;
  readonly requireChangelogEntry: boolean;
  /** Branch names or globs (`hotfix/*`) a released tag must be on; empty: the default branch and hotfix/*. */
  readonly releaseBranches: readonly string[];
  readonly builder: 'uv' | 'build';
  readonly buildIsolation: boolean;
  readonly uvVersion: string;
  /** The Python interpreter for `python -m build`, venvs and twine. */
  readonly python: string;
  readonly importName: string;
  /** Python code run in the wheel test's environment after the import. */
  readonly smokeTest: string;
  readonly repositoryUrl: string;
  readonly pypiToken: string;
  readonly testpypi: boolean;
  readonly testpypiUrl: string;
  readonly testpypiToken: string;
  readonly publish: boolean;
  /** PEP 740 publish attestations: auto = with trusted publishing only. */
  readonly attestations: AttestationsMode;
  readonly githubToken: string;
  readonly draft: boolean;
  readonly attachDist: boolean;
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
}

export const INPUT_DEFAULTS = {
  mode: 'auto',
  'working-directory': '.',
  changelog: 'CHANGELOG.md',
  'version-files': '',
  'tag-prefix': '',
  'require-changelog-entry': 'false',
  'release-branches': '',
  builder: 'uv',
  'build-isolation': 'true',
  'uv-version': '',
  python: 'python3',
  'import-name': '',
  'smoke-test': '',
  'repository-url': 'https://upload.pypi.org/legacy/',
  'pypi-token': '',
  testpypi: 'false',
  'testpypi-url': 'https://test.pypi.org/legacy/',
  'testpypi-token': '',
  publish: 'true',
  attestations: 'auto',
  'github-token': '',
  draft: 'true',
  'attach-dist': 'true',
  'close-milestone': 'true',
  'dry-run': 'false',
  bump: '',
  preid: '',
  'version-style': 'pep440',
  'git-user': 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
  'allow-empty-changelog': 'false',
  'open-next-cycle-pr': 'false',
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

/** Masks a secret before anything else can log it. */
function secret(raw: string): string {
  const value = raw.trim();
  if (value) core.setSecret(value);
  return value;
}

function list(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function readInputs(get: InputGetter): Inputs {
  const value = (name: InputName) => get(name) ?? INPUT_DEFAULTS[name];
  const tagPrefix = value('tag-prefix').trim();
  if (!/^[A-Za-z0-9._/-]*$/.test(tagPrefix)) {
    throw new UserError(
      `Input tag-prefix may hold letters, digits, '.', '_', '/' and '-' only, not ${JSON.stringify(tagPrefix)}.`,
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
    workingDirectory: value('working-directory').trim() || '.',
    changelog: value('changelog').trim(),
    versionFiles: list(value('version-files')),
    tagPrefix,
    requireChangelogEntry: boolean('require-changelog-entry', value('require-changelog-entry')),
    releaseBranches: list(value('release-branches')),
    builder: oneOf('builder', value('builder'), ['uv', 'build']),
    buildIsolation: boolean('build-isolation', value('build-isolation')),
    uvVersion: value('uv-version').trim(),
    python: value('python').trim() || 'python3',
    importName: identifier('import-name', value('import-name')),
    smokeTest: value('smoke-test'),
    repositoryUrl: url('repository-url', value('repository-url')),
    pypiToken,
    testpypi,
    testpypiUrl: url('testpypi-url', value('testpypi-url')),
    testpypiToken,
    publish: boolean('publish', value('publish')),
    attestations,
    githubToken: secret(value('github-token')),
    draft: boolean('draft', value('draft')),
    attachDist: boolean('attach-dist', value('attach-dist')),
    closeMilestone: boolean('close-milestone', value('close-milestone')),
    dryRun: boolean('dry-run', value('dry-run')),
    bump: value('bump').trim(),
    preid:
      value('preid').trim() === '' ? '' : oneOf('preid', value('preid'), ['alpha', 'beta', 'rc']),
    versionStyle: oneOf('version-style', value('version-style'), ['pep440', 'semver']),
    gitUser: value('git-user').trim(),
    allowEmptyChangelog: boolean('allow-empty-changelog', value('allow-empty-changelog')),
    openNextCyclePr: boolean('open-next-cycle-pr', value('open-next-cycle-pr')),
  };
}

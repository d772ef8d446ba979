// The one place inputs are read and validated. Defaults here equal those in action.yml (a test
// keeps them together), so the CLI and a runner that leaves an input unset behave the same.
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { parsePackages, type PackageEntry } from './packages.js';
import { isTagPrefix, TAG_PREFIX_RULE } from './tag-prefix.js';
import { defaultPython } from '../tools/index.js';
import { optionTitle } from '../vocabulary/index.js';

import { DEPRECATED_INPUTS, type DeprecatedInputName } from './deprecated-inputs.js';
import {
  attestationSettings,
  builderSettings,
  changelogEntrySettings,
  githubReleaseSettings,
  repositorySettings,
  testpypiSettings,
  yesOrNo,
  type AttestationsMode,
} from './input-words.js';

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

export type Mode = 'auto' | 'check' | 'release' | 'bump' | 'build' | 'publish';
export type VersionStyle = 'auto' | 'pep440' | 'semver';

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
  /** A Discussions category the published release opens its discussion in; '' for none. */
  readonly discussionCategory: string;
  readonly draft: boolean;
  readonly attachDist: boolean;
  /** Attach missing assets to (and rewrite pyrelease's own notes of) a published release. */
  readonly updatePublishedRelease: boolean;
  readonly closeMilestone: boolean;
  readonly dryRun: boolean;
  /** patch … prerelease, or an explicit version; empty: from the workflow_dispatch input `bump`. */
  readonly bump: string;
  readonly preid: '' | 'alpha' | 'beta' | 'rc';
  /** auto: as the current version and the tags write pre-releases. */
  readonly versionStyle: VersionStyle;
  /** `Name <email>` of the bump commit and tag. */
  readonly gitUser: string;
  readonly allowEmptyChangelog: boolean;
  readonly openNextCyclePr: boolean;
  /** A folder or glob of the release's files built elsewhere; '' builds them here. */
  readonly distDir: string;
  readonly requireSdist: boolean;
  /** mode: publish: the build job's `handover` output, the manifest's sha256; '' when not given. */
  readonly handover: string;
}

/** The inputs action.yml declares, with their defaults; the deprecated ones have none. */
export const INPUT_DEFAULTS = {
  mode: 'auto',
  'working-directory': '.',
  changelog: '',
  'changelog-entry': 'auto',
  'version-files': '',
  'tag-prefix': '',
  packages: '',
  'release-branches': '',
  builder: 'uv',
  'build-isolation': 'true',
  python: '',
  'import-name': '',
  'smoke-test': '',
  'repository-url': 'https://upload.pypi.org/legacy/',
  'pypi-token': '',
  testpypi: 'false',
  attestations: 'auto',
  'github-token': '',
  'github-release': 'draft, attach-files, close-milestone',
  'discussion-category': '',
  'dry-run': 'false',
  bump: '',
  preid: '',
  'git-user': 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
  'dist-dir': '',
  handover: '',
  ...(Object.fromEntries(Object.keys(DEPRECATED_INPUTS).map((name) => [name, ''])) as Record<
    DeprecatedInputName,
    ''
  >),
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** Returns the raw value of an input, or undefined when it was not given at all. */
export type InputGetter = (name: InputName) => string | undefined;

/** How a runner passes inputs: INPUT_<NAME> with spaces as underscores, upper-cased. */
export function environmentInputs(env: NodeJS.ProcessEnv = process.env): InputGetter {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

function boolean(name: InputName, raw: string): boolean {
  const value = yesOrNo(raw);
  if (value !== undefined) return value;
  throw new UserError(
    `${optionTitle(name)} must be true or false, not ${JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

function oneOf<T extends string>(name: InputName, raw: string, allowed: readonly T[]): T {
  const value = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(
    `${optionTitle(name)} must be one of ${allowed.join(', ')}, not ${JSON.stringify(raw)}.`,
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
    `${optionTitle(name)} must be an http(s) URL, not ${JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

function identifier(name: InputName, raw: string): string {
  const value = raw.trim();
  if (value === '' || /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(value)) return value;
  throw new UserError(
    `${optionTitle(name)} must be a Python module name such as my_package, not ${JSON.stringify(raw)}.`,
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
      `${optionTitle(name)} holds ${JSON.stringify(bad)}, with a control character; give one name per line or comma.`,
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
  'repository-url',
]);

function singleLine(name: InputName, raw: string): string {
  // eslint-disable-next-line no-control-regex
  if (MULTI_LINE.has(name) || !/[\u0000-\u001f\u007f]/.test(raw.trim())) return raw;
  throw new UserError(
    `${optionTitle(name)} must be a single line without control characters, not ${name.endsWith('token') || name === 'testpypi' ? 'a value with them (not shown: it is a secret)' : JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

/** mode: build builds into `dist`; mode: publish takes the one folder the build job handed over. */
function handoverDistDir(mode: Mode, distDir: string): string {
  if (mode === 'build' && distDir !== '') {
    throw new UserError(
      `mode: build builds the files into dist under working-directory; dist-dir (${JSON.stringify(distDir)}) is for mode: publish (or mode: release with files built elsewhere). Remove it.`,
      'Invalid input',
    );
  }
  if (mode !== 'publish') return distDir;
  if (/[*?[\]{}!]/.test(distDir)) {
    throw new UserError(
      `mode: publish takes the one folder the build job's artifact was downloaded to, not a glob (dist-dir is ${JSON.stringify(distDir)}).`,
      'Invalid input',
    );
  }
  return distDir || 'dist';
}

/** The build job's `handover` output: a sha256, given only to mode: publish. */
function handoverDigest(mode: Mode, raw: string): string {
  const value = raw.trim().toLowerCase();
  if (value === '') return '';
  if (mode !== 'publish') {
    throw new UserError(
      `Input handover is for mode: publish (the build job's handover output); this run's mode is ${mode}. Remove it.`,
      'Invalid input',
    );
  }
  if (/^[0-9a-f]{64}$/.test(value)) return value;
  throw new UserError(
    `Input handover must be the build job's handover output, a sha256 of 64 hex digits (\${{ needs.build.outputs.handover }}), not ${JSON.stringify(raw)}.`,
    'Invalid input',
  );
}

type Value = (name: InputName) => string;

/** A deprecated input the workflow set, else undefined. */
function legacy(value: Value, name: DeprecatedInputName): string | undefined {
  const raw = value(name);
  return raw.trim() === '' ? undefined : raw;
}

function checkedTagPrefix(value: Value): string {
  const tagPrefix = value('tag-prefix').trim();
  if (!isTagPrefix(tagPrefix)) {
    throw new UserError(
      `${optionTitle('tag-prefix')} may hold ${TAG_PREFIX_RULE}, not ${JSON.stringify(tagPrefix)}.`,
      'Invalid input',
    );
  }
  return tagPrefix;
}

function projectInputs(value: Value) {
  const tagPrefix = checkedTagPrefix(value);
  const packages = parsePackages(value('packages'));
  const workingDirectory = value('working-directory').trim() || '.';
  // Each package brings its own folder and prefix; a second, run-wide one would be ignored.
  if (packages.length > 0 && (tagPrefix !== '' || !['.', './'].includes(workingDirectory))) {
    throw new UserError(
      `Input packages gives each package its folder and tag prefix, so ${tagPrefix !== '' ? `tag-prefix (${JSON.stringify(tagPrefix)})` : `working-directory (${JSON.stringify(workingDirectory)})`} must not be set with it. Remove it, or put the package in packages as "prefix: folder".`,
      'Invalid input',
    );
  }
  const entry = changelogEntrySettings(value('changelog-entry'));
  const requireEntry = legacy(value, 'require-changelog-entry');
  const allowEmpty = legacy(value, 'allow-empty-changelog');
  return {
    workingDirectory,
    changelog: value('changelog').trim(),
    versionFiles: list('version-files', value('version-files')),
    tagPrefix,
    packages,
    package: value('package').trim(),
    requireChangelogEntry:
      requireEntry === undefined
        ? entry.requireChangelogEntry
        : boolean('require-changelog-entry', requireEntry),
    allowEmptyChangelog:
      allowEmpty === undefined
        ? entry.allowEmptyChangelog
        : boolean('allow-empty-changelog', allowEmpty),
    releaseBranches: list('release-branches', value('release-branches')),
  };
}

function buildInputs(value: Value, mode: Mode) {
  const { builder, uvVersion } = builderSettings(value('builder'));
  const distDir = handoverDistDir(mode, value('dist-dir').trim());
  const requireSdist = legacy(value, 'require-sdist');
  return {
    builder,
    buildIsolation: boolean('build-isolation', value('build-isolation')),
    uvVersion: legacy(value, 'uv-version')?.trim() ?? uvVersion,
    python: value('python').trim() || defaultPython(),
    importName: identifier('import-name', value('import-name')),
    smokeTest: value('smoke-test'),
    distDir,
    // Files built elsewhere are the whole release: without an sdist, something was lost.
    requireSdist:
      requireSdist === undefined ? distDir !== '' : boolean('require-sdist', requireSdist),
    handover: handoverDigest(mode, value('handover')),
  };
}

function indexInputs(value: Value) {
  const repository = repositorySettings(value('repository-url'));
  const indexUrl = legacy(value, 'index-url') ?? repository.indexUrl;
  const rawTest = value('testpypi');
  // Only a token is masked: masking `true` would hide that word in every log line.
  if (rawTest.trim().startsWith('pypi-')) secret(rawTest);
  const test = testpypiSettings(rawTest);
  const testpypiUrl = legacy(value, 'testpypi-url') ?? test.testpypiUrl;
  const publish = legacy(value, 'publish');
  return {
    repositoryUrl: credentialedUrl('repository-url', repository.repositoryUrl),
    indexUrl:
      indexUrl.trim() &&
      credentialedUrl(legacy(value, 'index-url') ? 'index-url' : 'repository-url', indexUrl),
    pypiToken: secret(value('pypi-token')),
    testpypi: test.testpypi,
    testpypiUrl: credentialedUrl('testpypi', testpypiUrl),
    testpypiToken: secret(value('testpypi-token')) || test.testpypiToken,
    publish: publish === undefined ? repository.publish : boolean('publish', publish),
  };
}

function githubInputs(value: Value) {
  const release = githubReleaseSettings(value('github-release'));
  const override = (name: DeprecatedInputName, fallback: boolean) => {
    const raw = legacy(value, name);
    return raw === undefined ? fallback : boolean(name, raw);
  };
  const attest = attestationSettings(value('attestations'));
  return {
    attestations: attest.attestations as AttestationsMode,
    githubAttestations: override('github-attestations', attest.githubAttestations),
    githubToken: secret(value('github-token')),
    discussionCategory: value('discussion-category').trim(),
    draft: override('draft', release.draft),
    attachDist: override('attach-dist', release.attachDist),
    updatePublishedRelease: override('update-published-release', release.updatePublishedRelease),
    closeMilestone: override('close-milestone', release.closeMilestone),
    openNextCyclePr: override('open-next-cycle-pr', release.openNextCyclePr),
  };
}

function bumpInputs(value: Value) {
  const style = legacy(value, 'version-style');
  return {
    bump: value('bump').trim(),
    preid:
      value('preid').trim() === ''
        ? ('' as const)
        : oneOf('preid', value('preid'), ['alpha', 'beta', 'rc'] as const),
    versionStyle:
      style === undefined
        ? ('auto' as const)
        : oneOf('version-style', style, ['pep440', 'semver'] as const),
    gitUser: value('git-user').trim(),
  };
}

export function readInputs(get: InputGetter): Inputs {
  const value: Value = (name) => singleLine(name, get(name) ?? INPUT_DEFAULTS[name]);
  const mode = oneOf('mode', value('mode'), [
    'auto',
    'check',
    'release',
    'bump',
    'build',
    'publish',
  ]);
  const index = indexInputs(value);
  const github = githubInputs(value);
  refuseAttestationsWithToken(github.attestations, [
    ...(index.testpypi ? [{ label: 'TestPyPI (testpypi)', trusted: !index.testpypiToken }] : []),
    { label: 'the index (pypi-token)', trusted: !index.pypiToken },
  ]);
  return {
    mode,
    ...projectInputs(value),
    ...buildInputs(value, mode),
    ...index,
    ...github,
    dryRun: boolean('dry-run', value('dry-run')),
    ...bumpInputs(value),
  };
}

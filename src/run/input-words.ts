// Inputs that say several things at once: a list of words (github-release, attestations), or a
// value whose form says what it is (builder, repository-url, testpypi). Each parser returns the
// settings the rest of pyrelease reads, so merging inputs changed no caller.
import { UserError } from '../errors.js';
import { optionTitle } from '../vocabulary/index.js';

function invalid(message: string): UserError {
  return new UserError(message, 'Invalid input');
}

/**
 * A true/false input as GitHub's YAML users write it: true, yes, 1, on; false, no, 0, off or
 * nothing. Undefined for any other value.
 */
export function yesOrNo(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off', ''].includes(value)) return false;
  return undefined;
}

function words(raw: string): string[] {
  return raw
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((word) => word !== '');
}

export interface GithubReleaseSettings {
  readonly draft: boolean;
  readonly attachDist: boolean;
  readonly closeMilestone: boolean;
  readonly updatePublishedRelease: boolean;
  readonly openNextCyclePr: boolean;
}

const GITHUB_RELEASE_WORDS = [
  'draft',
  'publish',
  'attach-files',
  'close-milestone',
  'update-published',
  'next-cycle-pr',
] as const;

/** `draft, attach-files, close-milestone` and the like: what the GitHub release does. */
export function githubReleaseSettings(raw: string): GithubReleaseSettings {
  const given = words(raw);
  const unknown = given.find((word) => !(GITHUB_RELEASE_WORDS as readonly string[]).includes(word));
  if (unknown !== undefined) {
    throw invalid(
      `Input github-release takes the words ${GITHUB_RELEASE_WORDS.join(', ')}, not ${JSON.stringify(unknown)}.`,
    );
  }
  if (given.includes('draft') && given.includes('publish')) {
    throw invalid('Input github-release says both draft and publish: keep one of them.');
  }
  return {
    draft: !given.includes('publish'),
    attachDist: given.includes('attach-files'),
    closeMilestone: given.includes('close-milestone'),
    updatePublishedRelease: given.includes('update-published'),
    openNextCyclePr: given.includes('next-cycle-pr'),
  };
}

export type AttestationsMode = 'auto' | 'true' | 'false';

/** `auto`, `true` or `false` for PEP 740, and `github` for GitHub build provenance. */
export function attestationSettings(raw: string): {
  readonly attestations: AttestationsMode;
  readonly githubAttestations: boolean;
} {
  const given = words(raw);
  const modes = given.filter((word) => word !== 'github');
  const mode = modes[0] ?? 'auto';
  if (modes.length > 1 || !['auto', 'true', 'false'].includes(mode)) {
    throw invalid(
      `Input attestations takes one of auto, true or false, and github for a GitHub build-provenance attestation (auto, github), not ${JSON.stringify(raw.trim())}.`,
    );
  }
  return { attestations: mode as AttestationsMode, githubAttestations: given.includes('github') };
}

/** `uv`, `uv 0.12.16` (also `uv@0.12.16`, `uv==0.12.16`) or `build`. */
export function builderSettings(raw: string): {
  readonly builder: 'uv' | 'build';
  readonly uvVersion: string;
} {
  const value = raw.trim().toLowerCase();
  if (value === 'build') return { builder: 'build', uvVersion: '' };
  const uv = /^uv(?:\s+|@|==)?(\d+\.\d+\.\d+)?$/.exec(value);
  if (uv) return { builder: 'uv', uvVersion: uv[1] ?? '' };
  throw invalid(
    `${optionTitle('builder')} must be uv, uv with a release (uv@0.12.16) or build, not ${JSON.stringify(raw.trim())}.`,
  );
}

/** `none`, or the upload URL and, on a second line, the simple index it serves. */
export function repositorySettings(raw: string): {
  readonly publish: boolean;
  readonly repositoryUrl: string;
  readonly indexUrl: string;
} {
  const parts = raw.split(/\s+/).filter((part) => part !== '');
  if (parts.length === 1 && parts[0]!.toLowerCase() === 'none') {
    return { publish: false, repositoryUrl: 'https://upload.pypi.org/legacy/', indexUrl: '' };
  }
  if (parts.length === 0 || parts.length > 2) {
    throw invalid(
      'Input repository-url takes the upload URL, optionally followed on a second line by the simple index it serves, or none to upload nowhere.',
    );
  }
  return { publish: true, repositoryUrl: parts[0]!, indexUrl: parts[1] ?? '' };
}

const TESTPYPI_UPLOAD = 'https://test.pypi.org/legacy/';

/**
 * `false`, `true` (trusted publishing), an API token (`pypi-…`, masked by the caller) or an upload
 * URL of a test index. The value is never quoted back: it may be a secret.
 */
export function testpypiSettings(raw: string): {
  readonly testpypi: boolean;
  readonly testpypiUrl: string;
  readonly testpypiToken: string;
} {
  const value = raw.trim();
  const yes = yesOrNo(value);
  if (yes !== undefined) return { testpypi: yes, testpypiUrl: TESTPYPI_UPLOAD, testpypiToken: '' };
  if (value.startsWith('pypi-')) {
    return { testpypi: true, testpypiUrl: TESTPYPI_UPLOAD, testpypiToken: value };
  }
  if (/^https?:\/\//i.test(value)) return { testpypi: true, testpypiUrl: value, testpypiToken: '' };
  throw invalid(
    'Input testpypi takes false, true (trusted publishing), an API token (pypi-…, from a secret) or the upload URL of a test index; the value given is none of these (not shown, in case it is a secret).',
  );
}

/** How strictly the changelog is asked for: on pull requests, and by a bump. */
export function changelogEntrySettings(raw: string): {
  readonly requireChangelogEntry: boolean;
  readonly allowEmptyChangelog: boolean;
} {
  const value = raw.trim().toLowerCase() || 'auto';
  if (value === 'auto') return { requireChangelogEntry: false, allowEmptyChangelog: false };
  if (value === 'required') return { requireChangelogEntry: true, allowEmptyChangelog: false };
  if (value === 'optional') return { requireChangelogEntry: false, allowEmptyChangelog: true };
  throw invalid(
    `Input changelog-entry must be auto, required or optional, not ${JSON.stringify(raw.trim())}.`,
  );
}

// Inputs kept working for this major version after they were merged into others. Each has no
// default in action.yml, so the runner passes it only when a workflow sets it: then it applies,
// over the input that replaced it, and the run warns once, naming the new spelling.
import { yesOrNo } from './input-words.js';

/** An old input and what replaced it, as the one-line warning says it. */
export interface DeprecatedInput {
  readonly replacement: string;
  /** The new spelling of what the old input said. */
  readonly instead: (value: string) => string;
}

const truthy = (value: string) => yesOrNo(value) === true;

export const DEPRECATED_INPUTS = {
  package: {
    replacement: 'packages',
    instead: () =>
      'list only that package in packages, or give the workflow_dispatch input package',
  },
  'require-changelog-entry': {
    replacement: 'changelog-entry',
    instead: (v) => `changelog-entry: ${truthy(v) ? 'required' : 'auto'}`,
  },
  'allow-empty-changelog': {
    replacement: 'changelog-entry',
    instead: (v) => `changelog-entry: ${truthy(v) ? 'optional' : 'auto'}`,
  },
  'uv-version': { replacement: 'builder', instead: (v) => `builder: uv ${v.trim()}` },
  'index-url': {
    replacement: 'repository-url',
    instead: () => 'repository-url with the simple index on a second line',
  },
  'testpypi-url': { replacement: 'testpypi', instead: (v) => `testpypi: ${v.trim()}` },
  'testpypi-token': {
    replacement: 'testpypi',
    instead: () => 'testpypi: ${{ secrets.YOUR_TESTPYPI_TOKEN }}',
  },
  publish: {
    replacement: 'repository-url',
    instead: (v) => (truthy(v) ? 'leave repository-url as it is' : 'repository-url: none'),
  },
  'github-attestations': {
    replacement: 'attestations',
    instead: (v) => (truthy(v) ? 'attestations: auto, github' : 'attestations: auto'),
  },
  draft: {
    replacement: 'github-release',
    instead: (v) =>
      `github-release: ${truthy(v) ? 'draft' : 'publish'}, attach-files, close-milestone`,
  },
  'attach-dist': {
    replacement: 'github-release',
    instead: (v) =>
      truthy(v)
        ? 'keep attach-files in github-release'
        : 'leave attach-files out of github-release',
  },
  'update-published-release': {
    replacement: 'github-release',
    instead: (v) =>
      truthy(v) ? 'add update-published to github-release' : 'leave update-published out',
  },
  'close-milestone': {
    replacement: 'github-release',
    instead: (v) =>
      truthy(v)
        ? 'keep close-milestone in github-release'
        : 'leave close-milestone out of github-release',
  },
  'require-sdist': {
    replacement: 'dist-dir',
    instead: () => 'nothing: with dist-dir an sdist is required',
  },
  'version-style': {
    replacement: 'the project',
    instead: () =>
      'nothing: a bump writes pre-releases the way the version and the tags already do (X.Y.Z-rc.N or X.Y.ZrcN)',
  },
  'open-next-cycle-pr': {
    replacement: 'github-release',
    instead: (v) => (truthy(v) ? 'add next-cycle-pr to github-release' : 'leave it out'),
  },
} as const satisfies Record<string, DeprecatedInput>;

export type DeprecatedInputName = keyof typeof DEPRECATED_INPUTS;

/** One warning line per deprecated input a workflow sets. */
export function deprecationWarnings(
  get: (name: DeprecatedInputName) => string | undefined,
): string[] {
  const warnings: string[] = [];
  for (const [name, entry] of Object.entries(DEPRECATED_INPUTS)) {
    const value = get(name as DeprecatedInputName);
    if (value === undefined || value.trim() === '') continue;
    const shown = name === 'testpypi-token' ? '(a token)' : JSON.stringify(value.trim());
    warnings.push(
      `Input ${name} is deprecated and will be removed in the next major version; it still applies (${shown}). Use ${entry.replacement} instead: ${entry.instead(value)}.`,
    );
  }
  return warnings;
}

// Which branches a release may be cut from: the release-branches input, or by default the
// default branch, `hotfix/*` and any branch named as a release line (`1.4.x`, `release/2.3`,
// `stable/5.1`, CPython's `3.12`, `hatch-v1.13.x`), where projects keep maintenance releases. Pure.
import type Picomatch from 'picomatch';
import { projectNameEnd } from './tag-names.js';

export interface ReleaseBranches {
  /** Names and globs: the release-branches input, or the default branch and `hotfix/*`. */
  readonly patterns: readonly string[];
  /** True by default: a branch named as a release line is a release branch too. */
  readonly releaseLines: boolean;
  /** The names a release line may start with (`hatch-v1.13.x`), canonical. */
  readonly projectNames: readonly string[];
}

let picomatchModule: typeof Picomatch | undefined;

/**
 * picomatch, loaded when a branch is first matched (a release or a bump), so a run that never
 * matches a branch never runs picomatch's start-up. The bundler inlines the module and runs it
 * at this call.
 */
function loadPicomatch(): typeof Picomatch {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  picomatchModule ??= require('picomatch') as typeof Picomatch;
  return picomatchModule;
}

/**
 * Matches a branch name against names and globs (`hotfix/*`, `release/**`, `release/v[0-9]*`,
 * `release?/*`) with picomatch, so a glob means what it means in a shell and in GitHub's
 * `branches:` filters. `*` and `?` stay within one path segment; `**` crosses them.
 */
export function branchMatches(branch: string, patterns: readonly string[]): boolean {
  const picomatch = loadPicomatch();
  return patterns.some((pattern) => picomatch.isMatch(branch, pattern, { dot: true }));
}

// A word maintenance branches are named with, before the line (`release/`, `stable/`, `branch`)
// or after it (`-branch`). Each part is matched once, left to right: linear in the name.
const LINE_WORDS = 'releases|release|maintenance|maint|stable|backport|branch';
const LINE = '\\d+(?:\\.\\d+)*(?:\\.[xX])?';
const RELEASE_LINE = new RegExp(
  `^(?<word>(?:${LINE_WORDS})[-_/]?)?v?(?<line>${LINE})(?<suffix>-(?:branch|stable|maint))?$`,
);
// Numbers joined by dashes before a word: Airflow's `v2-9-stable`, `7-1-stable`.
const DASHED_LINE = /^v?\d+(?:-\d+)+-(?:stable|branch|maint)$/;
const NAMED_LINE = new RegExp(`^[-_/]v?${LINE}$`);

/** A line has a dot (`3.12`, `3.x`): a lone number (`2`, `patch-1`) is no line without a word. */
function isLine(line: string): boolean {
  return line.includes('.');
}

/**
 * Whether a branch is named as a release line: numbers joined by dots, maybe ending in `.x`
 * (`1.4.x`, `3.12`, `v2.x`), maybe after a word (`release/v2.3.x`, `release-2.3`,
 * `releases/2.3`, `branch3.1`, `stable/5.1`, `maint/1.2`, `maintenance/1.x`, `backport/3.12`)
 * or one of the project's names (`hatch-v1.13.x`, compared as PyPI compares names), or before a
 * word (`4.2-branch`, `v2-9-stable`). A lone number needs the word (`release/2`, not `2` or
 * `patch-1`).
 */
export function isReleaseLineName(branch: string, projectNames: readonly string[] = []): boolean {
  const match = RELEASE_LINE.exec(branch);
  if (match?.groups) {
    const { word, line, suffix } = match.groups;
    return word !== undefined || suffix !== undefined || isLine(line!);
  }
  if (DASHED_LINE.test(branch)) return true;
  return projectNames.some((name) => {
    const end = projectNameEnd(branch, name);
    const rest = end === undefined ? '' : branch.slice(end);
    return NAMED_LINE.test(rest) && isLine(rest);
  });
}

/**
 * The release-branches input, which replaces the default; else the default branch, `hotfix/*`
 * and release lines, some named after the project (projectTagNames).
 */
export function releaseBranches(
  configured: readonly string[],
  defaultBranch: string | undefined,
  projectNames: readonly string[] = [],
): ReleaseBranches {
  return configured.length > 0
    ? { patterns: configured, releaseLines: false, projectNames: [] }
    : { patterns: [defaultBranch ?? 'main', 'hotfix/*'], releaseLines: true, projectNames };
}

export function isReleaseBranch(branch: string, rule: ReleaseBranches): boolean {
  return (
    (rule.releaseLines && isReleaseLineName(branch, rule.projectNames)) ||
    branchMatches(branch, rule.patterns)
  );
}

/** The rule as a message says it: `main, hotfix/* or a release line (1.4.x, release/2.3, ...)`. */
export function describeReleaseBranches(rule: ReleaseBranches): string {
  const patterns = rule.patterns.join(', ');
  return rule.releaseLines
    ? `${patterns} or a release line such as 1.4.x, 3.12 or release/2.3`
    : patterns;
}

/**
 * The release branches among origin's, in the order to look for the tag's commit on them: first
 * the ones whose tip is that commit (no history to search), then those the patterns name, then
 * the release lines.
 */
export function releaseBranchCandidates(
  branches: readonly { readonly name: string; readonly tip?: string }[],
  commit: string,
  rule: ReleaseBranches,
): string[] {
  const rank = (branch: { name: string; tip?: string }) =>
    branch.tip === commit ? 0 : branchMatches(branch.name, rule.patterns) ? 1 : 2;
  return branches
    .filter((branch) => isReleaseBranch(branch.name, rule))
    .map((branch) => ({ name: branch.name, rank: rank(branch) }))
    .sort((a, b) => a.rank - b.rank)
    .map((branch) => branch.name);
}

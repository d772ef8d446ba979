// What a pull request changes, as far as its changelog entry goes: files users of the package
// notice (its code, its build) or only the project's own housekeeping (tests, docs, CI, tooling).
// Pure: the paths come from `git diff --name-only` between the base and the merge commit.

/** Folders whose files never reach a user of the package. */
const HOUSEKEEPING_FOLDERS = new Set([
  '.circleci',
  '.devcontainer',
  '.github',
  '.gitlab',
  '.vscode',
  'bench',
  'benchmark',
  'benchmarks',
  'changelog.d',
  'changes',
  'ci',
  'doc',
  'docs',
  'documentation',
  'example',
  'examples',
  'newsfragments',
  'releasenotes',
  'scripts',
  'test',
  'testing',
  'tests',
  'tools',
]);

/** Files at any depth that only the project's developers use. */
const HOUSEKEEPING_FILES =
  /^(?:\..*|conftest\.py|test_[^/]*\.py|[^/]*_test\.py|tox\.ini|noxfile\.py|Makefile|justfile|codecov\.ya?ml|mkdocs\.ya?ml|(?:uv|poetry|pdm|Pipfile)\.lock|Pipfile|[^/]*requirements[^/]*\.(?:txt|in)|(?:README|CONTRIBUTING|CODE_OF_CONDUCT|SECURITY|AUTHORS|CODEOWNERS|SUPPORT|GOVERNANCE|MAINTAINERS)(?:\.[A-Za-z]+)?)$/;

/** Whether a repository-relative path is housekeeping: tests, docs, CI, developer tooling. */
export function isHousekeeping(file: string): boolean {
  const parts = file.split('/');
  const name = parts[parts.length - 1] ?? '';
  if (parts.slice(0, -1).some((folder) => HOUSEKEEPING_FOLDERS.has(folder.toLowerCase())))
    return true;
  return HOUSEKEEPING_FILES.test(name);
}

export interface ChangeScope {
  /** Some changed file reaches users (code, build files); true when the files are unknown. */
  readonly userVisible: boolean;
  /** The pull request edits the changelog or adds to its news fragments. */
  readonly touchesChangelog: boolean;
}

/**
 * What the changed files mean for the changelog entry of the project in `projectDir` (repository-
 * relative, '' for the root). Unknown files (no base commit) count as a
 * user-visible change that did not touch the changelog: the rule then asks as it always did.
 */
export function changeScope(
  files: readonly string[] | undefined,
  changelogPaths: readonly string[],
  projectDir = '',
): ChangeScope {
  if (files === undefined) return { userVisible: true, touchesChangelog: false };
  const inside = (file: string, place: string) =>
    place === '' || file === place || file.startsWith(`${place}/`);
  const changelog = (file: string) => changelogPaths.some((place) => inside(file, place));
  // In a monorepo, what changes another package's folder is not this package's change.
  const own = (file: string) => inside(file, projectDir);
  return {
    userVisible: files.some(
      (file) => own(file) && !changelog(file) && !isHousekeeping(file.slice(projectDir.length)),
    ),
    touchesChangelog: files.some(changelog),
  };
}

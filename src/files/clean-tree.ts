// What a release builds must be the tagged commit and nothing else: HEAD at the tag's commit and
// no modified or untracked (not ignored) file in the project folder, where the build backend
// would pick it up for the sdist. The decisions are pure; src/tools/git.ts asks git.
import path from 'node:path';

/**
 * Whether a path (relative to the project folder) is what a build writes: `dist/`, `build/`,
 * `*.egg-info`. A re-run finds them from the first run; they are removed before building.
 */
export function isBuildOutput(relative: string): boolean {
  const parts = relative.split('/');
  return (
    parts[0] === 'dist' || parts[0] === 'build' || parts.some((part) => part.endsWith('.egg-info'))
  );
}

/** One `git status --porcelain=v1 -z` record per changed path: its status and its path. */
export function parsePorcelainZ(output: string): { status: string; path: string }[] {
  const records = output.split('\0');
  const entries: { status: string; path: string }[] = [];
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    if (record.length < 4) continue;
    const status = record.slice(0, 2);
    entries.push({ status, path: record.slice(3) });
    // A rename or copy is followed by its source path, which is no entry of its own.
    if (status.includes('R') || status.includes('C')) index++;
  }
  return entries;
}

/** The repository paths that would make the build differ from the commit, build outputs aside. */
export function dirtyPaths(
  entries: readonly { status: string; path: string }[],
  projectDir: string,
): string[] {
  const prefix = projectDir === '' || projectDir === '.' ? '' : `${projectDir.replace(/\/$/, '')}/`;
  return entries
    .filter((entry) => !isBuildOutput(path.posix.relative(prefix || '.', entry.path)))
    .map((entry) => `${entry.status.trim() === '??' ? 'untracked' : 'modified'}: ${entry.path}`);
}

/** A few names, then "and N more". */
export function listSome(items: readonly string[], shown = 5): string {
  const head = items.slice(0, shown).map((item) => JSON.stringify(item).slice(1, -1));
  const more = items.length - head.length;
  return more > 0 ? `${head.join(', ')} and ${more} more` : head.join(', ');
}

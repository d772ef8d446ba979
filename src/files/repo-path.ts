// Repository-relative paths (forward slashes, no `.` or empty parts, `..` resolved), as the
// version sources and the changelog readers join them. A `..` that climbs above the root is
// kept (`../etc/passwd`), so the reader can refuse the path instead of reading another file.
export function repoPath(...parts: string[]): string {
  const out: string[] = [];
  for (const part of parts.join('/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out.at(-1) !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** Why a repository path is never read: it leaves the repository, or it is in a `.git` folder. */
export type PathRefusal = 'outside' | 'git';

/**
 * `.git` in any case, with the dots and spaces Windows and macOS file systems ignore at the end of
 * a name: the checkout's configuration (with its credentials) is behind every spelling of it.
 */
function isGitFolder(part: string): boolean {
  return part.replace(/[. ]+$/, '').toLowerCase() === '.git';
}

/** Whether pyrelease refuses to read `path` (repository-relative, as repoPath joins it). */
export function pathRefusal(path: string): PathRefusal | undefined {
  const parts = repoPath(path).split('/');
  if (path.startsWith('/') || parts[0] === '..') return 'outside';
  return parts.some(isGitFolder) ? 'git' : undefined;
}

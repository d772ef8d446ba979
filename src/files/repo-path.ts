// Repository-relative paths (forward slashes, no `.` or empty parts, `..` resolved), as the
// version sources and the changelog readers join them.
export function repoPath(...parts: string[]): string {
  const out: string[] = [];
  for (const part of parts.join('/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

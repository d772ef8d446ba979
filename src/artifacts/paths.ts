// Archive member names that would escape the folder an installer or `tar -x` unpacks into.
import path from 'node:path';

/** Why a member name is unsafe, or undefined when it stays inside the archive's folder. */
export function unsafeMemberReason(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (name.includes('\0')) return 'contains a NUL byte';
  if (name.includes('\\')) return 'contains a backslash, a separator on Windows';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a Windows drive letter';
  if (name.split('/').includes('..')) return 'contains a ".." segment';
  return undefined;
}

/** Why a link target is unsafe: symbolic links are relative to their folder, hard links to the root. */
export function unsafeLinkReason(
  name: string,
  target: string,
  kind: 'symlink' | 'hardlink',
): string | undefined {
  if (target.startsWith('/')) return `points to the absolute path ${target}`;
  const base = kind === 'symlink' ? path.posix.dirname(name) : '.';
  const resolved = path.posix.normalize(path.posix.join(base, target));
  if (resolved === '..' || resolved.startsWith('../'))
    return `points outside the archive (${target})`;
  return undefined;
}

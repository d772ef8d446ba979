// What a ref name or a commit id from the event payload or GITHUB_REF may look like. Pure.
// git's own rules (git check-ref-format), plus: never starting with `-`, which git would read
// as an option (`--upload-pack=…` runs a command).

/** A full commit id: SHA-1 or SHA-256, in hex. */
export function isCommitId(value: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

/** Why `name` (a branch or tag name, or a full ref) is not a valid ref name; undefined when it is. */
export function refNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name.startsWith('-')) return 'it starts with "-", which git would read as an option';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(name))
    return 'it contains a space, a line break or a control character';
  if (/[~^:?*[\\]/.test(name)) return 'it contains one of ~ ^ : ? * [ \\';
  if (name.includes('..')) return 'it contains ".."';
  if (name.includes('@{') || name === '@') return 'it contains "@{" or is "@"';
  if (name.includes('//') || name.startsWith('/') || name.endsWith('/'))
    return 'it has an empty path component';
  if (
    name.endsWith('.') ||
    name.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))
  )
    return 'a component starts with "." or ends with ".lock", or the name ends with "."';
  return undefined;
}

export function isRefName(name: string): boolean {
  return refNameProblem(name) === undefined;
}

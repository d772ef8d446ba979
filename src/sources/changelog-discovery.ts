// Finds a project's changelog without configuration: the file `[project.urls]` names as the
// changelog when it points into this repository, then the usual names (CHANGELOG, CHANGES,
// HISTORY, NEWS, RELEASE_NOTES, release-notes; .md, .rst, .txt or none; any case) in the project
// directory, then under docs/ and doc/. Pure: a file listing and pyproject data in, paths out.

export interface DiscoveryInput {
  /** The project directory relative to the repository root ('' for the root). */
  readonly dir: string;
  /**
   * Repository-relative paths of the files in the project directory, its docs/ and its doc/;
   * undefined when the reader cannot list directories (the candidates are then every usual name).
   */
  readonly files: readonly string[] | undefined;
  /** `[project.urls]`. */
  readonly urls: Readonly<Record<string, unknown>> | undefined;
  /** `owner/name` of this repository, when known: URLs into other repositories are ignored. */
  readonly repository?: string;
}

const NAMES = ['changelog', 'changes', 'history', 'news', 'release_notes', 'release-notes'];
const EXTENSIONS = ['.md', '.rst', '', '.txt', '.markdown'];
const FOLDERS = ['', 'docs', 'doc'];
const URL_KEYS = new Set([
  'changelog',
  'changes',
  'releasenotes',
  'history',
  'news',
  'whatsnew',
  'changelogs',
]);
// https://github.com/o/r/blob/main/docs/changelog.rst, …/tree/…, raw.githubusercontent.com/o/r/ref/…
const BLOB =
  /^https?:\/\/(?:www\.)?github\.com\/([^/]+)\/([^/]+)\/(?:blob|tree|raw)\/[^/]+\/(.+)$/i;
const RAW = /^https?:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/[^/]+\/(.+)$/i;

function join(dir: string, path: string): string {
  return [dir, path].filter(Boolean).join('/');
}

/** The rank of a file name among changelog names (lower is better), or undefined. */
function rank(name: string): number | undefined {
  const lower = name.toLowerCase();
  for (const [n, base] of NAMES.entries()) {
    for (const [e, extension] of EXTENSIONS.entries()) {
      if (lower === base + extension) return n * EXTENSIONS.length + e;
    }
  }
  return undefined;
}

/** The repository-relative path a `[project.urls]` changelog URL names, when it is in this repo. */
export function pathFromUrl(url: string, dir: string, repository?: string): string | undefined {
  const trimmed = url.trim().split(/[?#]/)[0]!;
  const match = BLOB.exec(trimmed) ?? RAW.exec(trimmed);
  if (match) {
    const [, owner, name, path] = match;
    const repo = `${owner}/${name!.replace(/\.git$/, '')}`.toLowerCase();
    if (repository && repo !== repository.toLowerCase()) return undefined;
    return decodeURIComponent(path!).replace(/\/+$/, '');
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || trimmed === '') {
    return undefined;
  }
  // A relative path is relative to the project, like the other paths in pyproject.toml.
  const parts: string[] = [];
  for (const part of join(dir, trimmed).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

/**
 * Paths to try, best first; the caller reads them in order and takes the first that exists.
 * A path from `[project.urls]` comes first even when the listing does not show it (it may be
 * deeper than the folders listed).
 */
export function changelogCandidates(input: DiscoveryInput): string[] {
  const candidates: string[] = [];
  for (const [key, value] of Object.entries(input.urls ?? {})) {
    if (typeof value !== 'string' || !URL_KEYS.has(key.toLowerCase().replace(/[\s_'-]/g, '')))
      continue;
    const path = pathFromUrl(value, input.dir, input.repository);
    if (path && !candidates.includes(path)) candidates.push(path);
  }
  for (const folder of FOLDERS) {
    const base = join(input.dir, folder);
    if (input.files === undefined) {
      for (const name of NAMES) {
        for (const extension of EXTENSIONS) {
          for (const spelled of [
            name.toUpperCase() + extension,
            name + extension,
            name[0]!.toUpperCase() + name.slice(1) + extension,
          ]) {
            const path = join(base, spelled);
            if (!candidates.includes(path)) candidates.push(path);
          }
        }
      }
      continue;
    }
    const here = input.files
      .filter((file) => file.slice(0, file.lastIndexOf('/') + 1) === (base ? `${base}/` : ''))
      .map((file) => ({ file, rank: rank(file.slice(file.lastIndexOf('/') + 1)) }))
      .filter((entry): entry is { file: string; rank: number } => entry.rank !== undefined)
      .sort((a, b) => a.rank - b.rank || (a.file < b.file ? -1 : 1));
    for (const { file } of here) if (!candidates.includes(file)) candidates.push(file);
  }
  return candidates;
}

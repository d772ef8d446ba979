// Finds a project's changelog without configuration: the file `[project.urls]` names as the
// changelog when it points into this repository, then the usual names (CHANGELOG, CHANGES,
// HISTORY, NEWS, RELEASE_NOTES, release-notes; .md, .rst, .txt or none; any case) in the project
// directory, then under docs/ and doc/; then, in the project directory and every folder above it
// up to the repository root (closest first), files named after the project: a monorepo keeps
// them there (hatch's docs/history/hatchling.md, CHANGELOG-<name>.md, <name>/CHANGELOG.md). A
// file is never taken for a project whose name is not the one it names, and the usual names
// above the project folder (a root CHANGELOG.md) are never taken: they belong to the root's
// project or to all of them. Pure: a file listing and pyproject data in, paths out.

import { nameAfterRepository } from '../version/index.js';

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
  /**
   * The project's name (`[project].name`). With it, `files` may also hold the listings of the
   * folders `namedFolders` asks for, and changelogs named after the project are candidates.
   */
  readonly name?: string;
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

/** Folders that hold changelogs by name (`docs/history/hatchling.md`). */
const CHANGELOG_FOLDERS = new Set([
  'history',
  'changelog',
  'changelogs',
  'changes',
  'news',
  'release-notes',
  'release_notes',
  'releasenotes',
  'releases',
]);
const WORD = '(?:changelog|changes|history|news|release[-_]?notes)';
const WORD_FIRST = new RegExp(`^${WORD}[-_.](.+)$`, 'i');
const WORD_LAST = new RegExp(`^(.+)[-_.]${WORD}$`, 'i');

/** A project name in PEP 503 normal form. */
function normalName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The folders from `dir` up to the repository root, closest first (`a/b` → a/b, a, ''). */
export function foldersUp(dir: string): string[] {
  const parts = dir.split('/').filter(Boolean);
  const out: string[] = [];
  for (let n = parts.length; n >= 0; n--) out.push(parts.slice(0, n).join('/'));
  return out;
}

/**
 * The folders whose listings discovery reads: the project folder's docs/ and doc/, and the same
 * in every folder above it. `more` names the subfolders worth a look once those are listed.
 */
export function listedFolders(dir: string): string[] {
  return foldersUp(dir).flatMap((folder) => ['', 'docs', 'doc'].map((sub) => join(folder, sub)));
}

/** Of the folders in those listings, the ones to list as well: changelog folders, the name's. */
export function namedFolders(folders: readonly string[], name: string | undefined): string[] {
  if (!name) return [];
  const wanted = normalName(name);
  return folders.filter((folder) => {
    const last = folder.slice(folder.lastIndexOf('/') + 1);
    return CHANGELOG_FOLDERS.has(last.toLowerCase()) || normalName(last) === wanted;
  });
}

/**
 * The names a changelog may call the project by: its own, and in a repository named after the
 * name's first part the rest of it (psycopg/psycopg's psycopg-pool keeps docs/news_pool.rst).
 */
function callNames(name: string, repository: string | undefined): [string, string] {
  const wanted = normalName(name);
  return [wanted, nameAfterRepository(name, repository) ?? wanted];
}

/** How well a path names the project's changelog (lower is better), or undefined. */
function namedRank(path: string, wanted: string, short: string = wanted): number | undefined {
  const parts = path.split('/');
  const file = parts.pop()!;
  const folder = parts.pop() ?? '';
  const extension = EXTENSIONS.find((e) => e !== '' && file.toLowerCase().endsWith(e)) ?? '';
  const stem = file.slice(0, file.length - extension.length);
  if (extension === '' && stem.includes('.')) return undefined;
  // docs/history/hatchling.md
  if (CHANGELOG_FOLDERS.has(folder.toLowerCase()) && normalName(stem) === wanted) return 0;
  // CHANGELOG-hatchling.md, hatchling-changelog.md
  const named = WORD_FIRST.exec(stem)?.[1] ?? WORD_LAST.exec(stem)?.[1];
  if (named !== undefined && normalName(named) === wanted) return 1;
  // news_pool.rst for psycopg-pool in psycopg/psycopg
  if (named !== undefined && short !== wanted && normalName(named) === short) return 3;
  // hatchling/CHANGELOG.md
  if (normalName(folder) === wanted && rank(file) !== undefined) return 2;
  return undefined;
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

/** A URL's part with its %-escapes decoded; undefined when they are malformed (`%zz`, `%E0%A4`). */
function decodedUrlPart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** A path with `.` and `..` resolved; undefined when it climbs above the root or names it. */
function insideRoot(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

/** What a URL into this repository names: a path, or why it names none. */
type UrlTarget =
  { readonly path: string } | { readonly problem: 'malformed' | 'outside' } | undefined;

function urlTarget(url: string, dir: string, repository?: string): UrlTarget {
  const trimmed = url.trim().split(/[?#]/)[0]!;
  const match = BLOB.exec(trimmed) ?? RAW.exec(trimmed);
  if (match) {
    const [, owner, name, path] = match;
    const repo = `${owner}/${name!.replace(/\.git$/, '')}`.toLowerCase();
    if (repository && repo !== repository.toLowerCase()) return undefined;
    // The escapes are decoded before `..` is resolved, as a server would: `..%2F..%2Fetc`.
    const decoded = decodedUrlPart(path!);
    if (decoded === undefined) return { problem: 'malformed' };
    const inside = insideRoot(decoded);
    return inside === undefined ? { problem: 'outside' } : { path: inside };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || trimmed === '') {
    return undefined;
  }
  // A relative path is relative to the project, like the other paths in pyproject.toml.
  const inside = insideRoot(join(dir, trimmed));
  return inside === undefined ? { problem: 'outside' } : { path: inside };
}

/** The repository-relative path a `[project.urls]` changelog URL names, when it is in this repo. */
export function pathFromUrl(url: string, dir: string, repository?: string): string | undefined {
  const target = urlTarget(url, dir, repository);
  return target && 'path' in target ? target.path : undefined;
}

/** A `[project.urls]` changelog link into this repository that names no file of it. */
export interface UrlProblem {
  readonly key: string;
  readonly url: string;
  readonly problem: 'malformed' | 'outside';
}

/** The `[project.urls]` changelog links into this repository that name no file of it, and why. */
export function changelogUrlProblems(input: DiscoveryInput): UrlProblem[] {
  const problems: UrlProblem[] = [];
  for (const [key, url] of changelogUrls(input.urls)) {
    const target = urlTarget(url, input.dir, input.repository);
    if (target && 'problem' in target) problems.push({ key, url, problem: target.problem });
  }
  return problems;
}

/** The `[project.urls]` entries whose key says changelog (`Changelog`, `Release notes` …). */
function changelogUrls(urls: DiscoveryInput['urls']): [string, string][] {
  return Object.entries(urls ?? {}).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' && URL_KEYS.has(entry[0].toLowerCase().replace(/[\s_'-]/g, '')),
  );
}

/**
 * Folders in the project folder, its docs/ and its doc/ named like a changelog file, extension
 * and all (`CHANGELOG.md/`): what was meant to be the changelog, which pyrelease cannot read.
 */
export function changelogFolders(dir: string, folders: readonly string[]): string[] {
  const places = new Set(FOLDERS.map((folder) => join(dir, folder)));
  return folders.filter((folder) => {
    const name = folder.slice(folder.lastIndexOf('/') + 1);
    const parent = folder.slice(0, Math.max(folder.lastIndexOf('/'), 0));
    return places.has(parent) && name.includes('.') && rank(name) !== undefined;
  });
}

/**
 * Paths to try, best first; the caller reads them in order and takes the first that exists.
 * A path from `[project.urls]` comes first even when the listing does not show it (it may be
 * deeper than the folders listed).
 */
export function changelogCandidates(input: DiscoveryInput): string[] {
  const candidates: string[] = [];
  for (const [, value] of changelogUrls(input.urls)) {
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
  if (input.files && input.name) {
    const [wanted, short] = callNames(input.name, input.repository);
    for (const folder of foldersUp(input.dir)) {
      const prefix = folder ? `${folder}/` : '';
      const here = input.files
        .filter((file) => file.startsWith(prefix))
        .map((file) => ({ file, rank: namedRank(file, wanted, short) }))
        .filter((entry): entry is { file: string; rank: number } => entry.rank !== undefined)
        .sort((a, b) => a.rank - b.rank || (a.file < b.file ? -1 : 1));
      for (const { file } of here) if (!candidates.includes(file)) candidates.push(file);
    }
  }
  return candidates;
}

// Leading segments of a documentation site's path that name a language or a build, not a page.
const SITE_PREFIX =
  /^(?:[a-z]{2}(?:[-_][a-z]{2,4})?|latest|stable|dev|main|master|v?\d+(?:\.\d+)*)$/i;

/**
 * The page path of a link to a documentation site (`https://gunicorn.org/news/` → `news`,
 * `…readthedocs.io/en/latest/about/changelog.html` → `about/changelog`): a docs tree in the
 * repository may hold the page's source. Undefined for GitHub and for what names no page.
 */
export function docsPagePath(url: string): string | undefined {
  const match = /^https?:\/\/([^/?#]+)(\/[^?#]*)?/i.exec(url.trim());
  if (!match || /(^|\.)github(?:usercontent)?\.com$/i.test(match[1]!)) return undefined;
  const decoded = (match[2] ?? '').split('/').filter(Boolean).map(decodedUrlPart);
  if (decoded.includes(undefined)) return undefined;
  const segments = decoded as string[];
  if (/^index\.html?$/i.test(segments.at(-1) ?? '')) segments.pop();
  if (segments.length > 0)
    segments[segments.length - 1] = segments.at(-1)!.replace(/\.html?$/i, '');
  while (segments.length > 1 && SITE_PREFIX.test(segments[0]!)) segments.shift();
  if (segments.length === 0 || segments.some((segment) => segment.includes('.'))) return undefined;
  return segments.join('/');
}

/** The page paths of `[project.urls]` changelog links to a documentation site, in order. */
export function docsPagePaths(urls: Readonly<Record<string, unknown>> | undefined): string[] {
  const pages: string[] = [];
  for (const [, value] of changelogUrls(urls)) {
    const page = docsPagePath(value);
    if (page !== undefined && !pages.includes(page)) pages.push(page);
  }
  return pages;
}

/** Whether a file in a docs tree is the source of a site page (`docs/content/news.md` of `news`). */
export function isPageSource(file: string, page: string): boolean {
  const extension = ['.md', '.rst', '.txt', '.markdown'].find((e) =>
    file.toLowerCase().endsWith(e),
  );
  if (extension === undefined) return false;
  const stem = file.slice(0, -extension.length).toLowerCase();
  return stem.endsWith(`/${page.toLowerCase()}`);
}

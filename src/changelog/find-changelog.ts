// The changelog found without the changelog input: a usual name, a documentation page's source,
// a file that points elsewhere followed, release notes in a docs folder, the repository's root
// changelog for a package in a subfolder. Each outcome is a notice for the check's log.
import { changelogFormat, findRelease, parseChangelog, type Changelog } from './parse.js';
import { changelogCandidates, docsPagePaths, isPageSource } from './discovery.js';
import { headingNaming, onlyPackage } from './root-changelog.js';
import { describeWay, followPointers, unresolvedNote } from './follow-pointers.js';
import { repoPath } from '../files/index.js';
import {
  basename,
  firstExisting,
  readStrict,
  type ChangelogFile,
  type ChangelogReader,
  type ProjectTree,
} from './changelog-files.js';
import type { ChangelogOptions, LoadedChangelog } from './loaded.js';
import { loadNotesFile, notesFolderPattern } from './notes-load.js';

type Table = Record<string, unknown>;

export type Discovered =
  | { readonly kind: 'file'; readonly found: ChangelogFile }
  | { readonly kind: 'notes'; readonly loaded: LoadedChangelog };

/**
 * The changelog found without the input: a usual name in the usual places, else the source of
 * the documentation page `[project.urls]` names; a file there that only points elsewhere is
 * followed to the file it names. When none holds a release, release notes kept one file per
 * release or series in a docs folder. Each outcome is a notice for the check's log.
 */
export async function discoverChangelog(
  reader: ChangelogReader,
  options: ChangelogOptions,
  pyproject: Table | undefined,
  tree: ProjectTree,
): Promise<Discovered | undefined> {
  const { dir, projectName } = options;
  const urls = (pyproject?.project as Table | undefined)?.urls as Table | undefined;
  const candidates = changelogCandidates({
    dir,
    files: tree.files,
    urls,
    repository: options.repository,
    name: projectName,
  });
  let found = await firstExisting(reader, candidates);
  if (!found) {
    // The changelog page of a documentation site, from its source in the docs tree.
    const page = await docsPageSource(reader, dir, docsPagePaths(urls));
    if (page) found = await firstExisting(reader, [page]);
  }
  const followed = found && (await followFound(reader, found, options));
  const parsed = followed?.found.parsed;
  if (!parsed || (parsed.releases.length === 0 && !parsed.unreleased)) {
    const pattern = await notesFolderPattern(reader, dir, tree, options.version);
    if (pattern) return { kind: 'notes', loaded: await loadNotesFile(reader, pattern, options) };
  }
  const taken = followed ?? (await rootChangelog(reader, options, tree));
  if (!taken) {
    options.notes?.push(noChangelogNote(dir, projectName, tree));
    return undefined;
  }
  options.notes?.push(...taken.notes);
  return { kind: 'file', found: taken.found };
}

/**
 * For a package in a subfolder with no changelog of its own: the repository's root changelog,
 * when it names the package in a heading, the repository holds no other package, or the root is
 * a workspace with no project of its own whose changelog has this version's release (one
 * changelog for packages released together). The notice says which file was taken and why; one
 * not taken is named in a notice too.
 */
async function rootChangelog(
  reader: ChangelogReader,
  options: ChangelogOptions,
  tree: ProjectTree,
): Promise<{ found: ChangelogFile; notes: string[] } | undefined> {
  const { dir, projectName } = options;
  if (!dir || !projectName) return undefined;
  const candidates = changelogCandidates({ dir: '', files: tree.files, urls: undefined });
  const found = await firstExisting(reader, candidates);
  if (!found) return undefined;
  const followed = await followFound(reader, found, options);
  const { file } = followed.found;
  const why = await rootChangelogReason(reader, options, followed.found);
  if (why === undefined) {
    options.notes?.push(
      `${file} at the repository root is not taken for ${projectName} in ${dir}: no heading in it names ${projectName}, and the repository holds other packages. If it is this package's changelog, name it with the changelog input.`,
    );
    return undefined;
  }
  const way = file === found.file ? '' : `${found.file} points to it; `;
  const note = `Changelog: ${file}, the repository's, for ${projectName} in ${dir}, which has none of its own (${way}${why}; found without the changelog input).`;
  return { found: followed.found, notes: [note, ...followed.notes.slice(1)] };
}

/** Why the root's changelog is this package's; undefined when it is not. */
async function rootChangelogReason(
  reader: ChangelogReader,
  options: ChangelogOptions,
  found: ChangelogFile,
): Promise<string | undefined> {
  const { dir, projectName, version } = options;
  const line = headingNaming(found.file, found.text, projectName!);
  if (line !== undefined) return `its heading at ${found.file}:${line} names ${projectName}`;
  const list = reader.list;
  if (list && (await onlyPackage({ list, read: (path) => reader.read(path) }, dir!))) {
    return 'the repository holds no other package';
  }
  if (!version || !isWorkspaceRoot(await reader.read('pyproject.toml'))) return undefined;
  const parsed =
    found.parsed ??
    parseChangelog(found.text, { format: changelogFormat(found.file, found.text), projectName });
  const release = findRelease(parsed, version);
  return release
    ? `the repository's root is a workspace with no project of its own, and ${found.file}:${release.line} is ${version}'s release`
    : undefined;
}

/** A uv workspace's root that builds nothing: its members are the packages. */
function isWorkspaceRoot(text: string | undefined): boolean {
  return (
    text !== undefined && /^\[tool\.uv\.workspace\]/m.test(text) && !/^\[build-system\]/m.test(text)
  );
}

/** A found file that only points elsewhere, followed; the notices say which file was taken. */
async function followFound(
  reader: ChangelogReader,
  found: ChangelogFile,
  options: ChangelogOptions,
): Promise<{ found: ChangelogFile; notes: string[] }> {
  // Each file is parsed once: the one taken is not parsed again.
  const parsed = new Map<string, Changelog>();
  const parse = (file: string, text: string) => {
    let changelog = parsed.get(file);
    if (!changelog) {
      const format = changelogFormat(file, text);
      changelog = parseChangelog(text, { format, projectName: options.projectName });
      parsed.set(file, changelog);
    }
    return changelog;
  };
  const followed = await followPointers(found, {
    read: (path) => readStrict(reader, path).catch(() => undefined),
    pageSource: (page) => docsPageSource(reader, options.dir, [page]),
    hasReleases: ({ file, text }) => {
      const changelog = parse(file, text);
      return changelog.releases.length > 0 || changelog.unreleased !== undefined;
    },
    repository: options.repository,
  });
  if (followed.kind === 'followed') {
    const { file, text } = followed.target;
    const way = describeWay(followed.via, file);
    return {
      found: { file, text, discovered: true, parsed: parse(file, text) },
      notes: [`Changelog: ${file} (${way}; found without the changelog input).`],
    };
  }
  const notes = [`Changelog: ${found.file} (found without the changelog input).`];
  const unresolved =
    followed.kind === 'unresolved' && unresolvedNote(found.file, followed.pointers);
  if (unresolved) notes.push(unresolved);
  return { found: { ...found, parsed: parse(found.file, found.text) }, notes };
}

/** Why no changelog is checked: where it was looked for, and reno's notes when there are some. */
function noChangelogNote(dir: string, projectName: string | undefined, tree: ProjectTree): string {
  // reno keeps one YAML note per change in releasenotes/notes/ and renders the release notes from
  // git history: there is no file that names a version to check.
  const reno =
    tree.files?.includes(repoPath(dir, 'reno.yaml')) ||
    tree.folders.includes(repoPath(dir, 'releasenotes'));
  return `No changelog found (CHANGELOG, CHANGES, HISTORY, NEWS or RELEASE_NOTES as .md, .rst or .txt, in ${dir || 'the project root'}, docs/ or doc/${projectName ? `, nor one named after ${projectName} there or in a folder above` : ''}); name it with the changelog input to check it.${reno ? ` ${repoPath(dir, 'releasenotes')} holds reno notes, which reno renders from git history when the docs build: pyrelease does not read them, so the release notes are not checked.` : ''}`;
}

/** How deep below docs/ (or doc/) a documentation page's source is looked for. */
const DOCS_DEPTH = 4;

/** At most this many folders are listed looking for it. */
const DOCS_FOLDERS = 200;

/**
 * The source of the documentation page `[project.urls]` names as the changelog
 * (`https://gunicorn.org/news/` → docs/content/news.md, fastapi's release-notes page →
 * docs/en/docs/release-notes.md): the shallowest file under the project's docs/ or doc/ whose
 * path ends with the page's path. Undefined when none, or when two at that depth claim it.
 */
async function docsPageSource(
  reader: ChangelogReader,
  dir: string,
  pages: readonly string[],
): Promise<string | undefined> {
  if (pages.length === 0 || !reader.list) return undefined;
  let level = [repoPath(dir, 'docs'), repoPath(dir, 'doc')];
  let listed = 0;
  for (let depth = 0; depth < DOCS_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    const files: string[] = [];
    for (const folder of level) {
      if (++listed > DOCS_FOLDERS) return undefined;
      for (const entry of (await reader.list(folder)) ?? []) {
        if (entry.endsWith('/')) next.push(entry.slice(0, -1));
        else files.push(entry);
      }
    }
    for (const page of pages) {
      const found = files.filter((file) => isPageSource(file, page));
      if (found.length === 1) return found[0];
      if (found.length > 1) return undefined;
    }
    level = next.filter((folder) => !basename(folder).startsWith('.'));
  }
  return undefined;
}

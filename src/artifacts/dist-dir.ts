// Finds the files of a release built elsewhere (the `dist-dir` input): a folder, or a glob of
// folders or files, relative to the project folder. `dist` is where cibuildwheel's recipe merges
// its artifacts; `wheels-*` is maturin's layout, one folder per artifact; `wheels-*/*` names the
// files themselves. Everything found is the release, so nothing is skipped quietly.
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../errors.js';
import { listing, sha256File } from './archive-checks.js';
import { FILES_AT_ONCE, mapLimited } from './map-limited.js';
import { fileKind } from './regular-file.js';
import type { FoundFile } from './wheel-set.js';

export interface DistDirContents {
  readonly files: readonly FoundFile[];
  /** Folders inside a dist folder, shown relative to the workspace. */
  readonly folders: readonly string[];
  /** The folders the files are in (absolute), where an installer looks for them. */
  readonly dirs: readonly string[];
}

function shownPath(workspace: string, file: string): string {
  const relative = path.relative(workspace, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative)
    .split(path.sep)
    .join('/');
}

type Kind = 'file' | 'folder' | { special: string } | undefined;

/** What `file` is, a link followed; a dangling link is nothing. Nothing is opened. */
async function kind(file: string): Promise<Kind> {
  const own = await lstat(file).catch(() => undefined);
  const stats = own?.isSymbolicLink() ? await stat(file).catch(() => undefined) : own;
  if (!stats) return undefined;
  if (stats.isDirectory()) return 'folder';
  if (stats.isFile()) return 'file';
  return { special: own!.isSymbolicLink() ? `a link to ${fileKind(stats)}` : fileKind(stats) };
}

function specialFiles(where: string, found: readonly string[]): UserError {
  return new UserError(
    `${where} holds ${listing(found)}: not regular files, which pyrelease neither reads nor uploads. Expected only the release's sdist and wheels; remove these (or point dist-dir at a folder holding the built files only).`,
    'Not a regular file',
  );
}

export async function findDistFiles(
  pattern: string,
  projectDir: string,
  workspace: string,
): Promise<DistDirContents> {
  // tinyglobby wants forward slashes, also on Windows.
  const posix = pattern.replace(/\\/g, '/');
  const matches = isDynamicPattern(posix)
    ? await glob(posix, {
        cwd: projectDir,
        absolute: true,
        onlyFiles: false,
        expandDirectories: false,
      })
    : [path.resolve(projectDir, pattern)];
  const where = `dist-dir ${JSON.stringify(pattern)} (in ${shownPath(workspace, projectDir) || '.'})`;
  const files: string[] = [];
  const folders: string[] = [];
  const special: string[] = [];
  const dirs = new Set<string>();
  const sort = (file: string, found: Kind) => {
    if (found === 'file') files.push(file);
    else if (found !== undefined && found !== 'folder')
      special.push(`${shownPath(workspace, file)} (${found.special})`);
    else folders.push(`${shownPath(workspace, file)}/`);
  };
  for (const match of matches.map((item) => path.resolve(item)).sort()) {
    const found = await kind(match);
    if (found === 'folder') {
      dirs.add(match);
      const inside = (await readdir(match)).sort().map((entry) => path.join(match, entry));
      const kinds = await mapLimited(inside, kind, FILES_AT_ONCE);
      inside.forEach((file, index) => sort(file, kinds[index]));
    } else if (found !== undefined) {
      if (found === 'file') dirs.add(path.dirname(match));
      sort(match, found);
    }
  }
  if (special.length > 0) throw specialFiles(where, special);
  if (matches.length === 0 || [...dirs].length === 0) {
    throw new UserError(
      `${where} ${isDynamicPattern(posix) ? 'matches nothing' : 'does not exist'}. Download the artifacts of the build jobs there first (actions/download-artifact with path: ${pattern}), or point dist-dir at the folder they are in.`,
      'Missing dist-dir',
    );
  }
  if (files.length === 0 && folders.length === 0) {
    throw new UserError(
      `${where} is empty; expected the wheels and the sdist of the release. Check that the build jobs uploaded their files (upload-artifact path) and that download-artifact's pattern names their artifacts.`,
      'Empty dist-dir',
    );
  }
  const hashed = await mapLimited(files, async (file) => {
    const shown = shownPath(workspace, file);
    return {
      shown,
      path: file,
      filename: path.basename(file),
      sha256: await sha256File(file, shown),
    };
  });
  return { files: hashed, folders, dirs: [...dirs] };
}

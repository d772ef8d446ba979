// Finds the files of a release built elsewhere (the `dist-dir` input): a folder, or a glob of
// folders or files, relative to the project folder. `dist` is where cibuildwheel's recipe merges
// its artifacts; `wheels-*` is maturin's layout, one folder per artifact; `wheels-*/*` names the
// files themselves. Everything found is the release, so nothing is skipped quietly.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../errors.js';
import { sha256File } from './archive-checks.js';
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

async function kind(file: string): Promise<'file' | 'folder' | undefined> {
  const stats = await stat(file).catch(() => undefined);
  if (!stats) return undefined;
  return stats.isDirectory() ? 'folder' : 'file';
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
  const dirs = new Set<string>();
  for (const match of matches.map((item) => path.resolve(item)).sort()) {
    const found = await kind(match);
    if (found === 'file') {
      files.push(match);
      dirs.add(path.dirname(match));
    } else if (found === 'folder') {
      dirs.add(match);
      for (const entry of (await readdir(match)).sort()) {
        const inside = path.join(match, entry);
        if ((await kind(inside)) === 'file') files.push(inside);
        else folders.push(`${shownPath(workspace, inside)}/`);
      }
    }
  }
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
  const hashed = await Promise.all(
    files.map(async (file) => ({
      shown: shownPath(workspace, file),
      path: file,
      filename: path.basename(file),
      sha256: await sha256File(file),
    })),
  );
  return { files: hashed, folders, dirs: [...dirs] };
}

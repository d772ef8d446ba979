// Resolves the project directory inside the repository and reads files by repository-relative
// path. A working-directory that leaves the workspace is refused before anything is read.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
} from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { FileReader } from './file-reader.js';
import { notRegularFile, READ_LIMITS, refusedPath, tooLarge } from './read-limits.js';
import { pathRefusal } from './repo-path.js';
import { option } from '../vocabulary/index.js';

/** The real path of `file`; `missing()` decides what happens when there is none. */
function realFile(file: string, missing: () => never): string {
  try {
    return realpathSync.native(file);
  } catch {
    return missing();
  }
}

export async function resolveProjectDir(
  workspace: string,
  workingDirectory: string,
): Promise<string> {
  const root = realFile(workspace, () => {
    throw new UserError(`The workspace ${workspace} does not exist.`, 'Workspace not found');
  });
  const wanted = path.resolve(root, workingDirectory);
  const resolved = realFile(wanted, () => {
    throw new UserError(
      `${option('working-directory')} "${workingDirectory}" does not exist in the repository (${wanted}).`,
      'Working directory not found',
    );
  });
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UserError(
      `${option('working-directory')} "${workingDirectory}" is outside the repository (${root}). Give a path inside it, relative to its root.`,
      'Working directory outside the workspace',
    );
  }
  return relative.split(path.sep).join('/');
}

function unreadable(file: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UserError(
    `${file} could not be read (${code ?? (error as Error).message}). Check that it is a readable file.`,
    'Unreadable file',
    { file },
  );
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A TOML file's text. TOML is UTF-8 by definition, and a build backend refuses anything else with
 * an error that names no file: refused here with its name and line.
 */
function tomlText(file: string, bytes: Buffer): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    let line = 1;
    for (let start = 0; start < bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      const stop = end === -1 ? bytes.length : end;
      try {
        STRICT_UTF8.decode(bytes.subarray(start, stop));
      } catch {
        break;
      }
      start = stop + 1;
    }
    throw new UserError(
      `${file} is not UTF-8 text (line ${line}); TOML files are UTF-8 by definition, and build backends refuse anything else. Save it as UTF-8.`,
      'Not UTF-8',
      { file, line },
    );
  }
}

/** Refuses a real path outside `root` or in its `.git`: `file` leads there through a link. */
function refuseOutside(root: string, file: string, real: string): void {
  const relative = path.relative(root, real);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw refusedPath(file, 'outside', real);
  }
  const inRepository = relative.split(path.sep).join('/');
  if (pathRefusal(inRepository) === 'git') throw refusedPath(file, 'git', inRepository);
}

/**
 * The bytes of a regular file of at most `limit` bytes. Opened without blocking and measured on
 * the open file, so a FIFO or device put in its place between two calls is still refused.
 */
function readRegularFile(file: string, real: string, limit: number): Buffer {
  const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notRegularFile(file, stats);
    if (stats.size > limit) throw tooLarge(file, stats.size, limit);
    const bytes = readFileSync(fd);
    // The file may have grown since it was measured.
    if (bytes.length > limit) throw tooLarge(file, bytes.length, limit);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads files by repository-relative path. A path into `.git` or out of the workspace, itself or
 * through a symbolic link (`pyproject.toml -> /etc/passwd`, a version file -> `/proc/self/environ`),
 * anything but a regular file (a FIFO would block the read), and a file over its size limit are
 * refused with the file's name: their text is not the project's, and parts of it would be printed.
 */
export function fileSystemReader(workspace: string): FileReader {
  let root: string | undefined;
  /** The file's real path inside the workspace; undefined when it does not exist. */
  const resolve = async (file: string): Promise<string | undefined> => {
    const refusal = pathRefusal(file);
    if (refusal) throw refusedPath(file, refusal);
    const wanted = path.join(workspace, file);
    try {
      root ??= realpathSync.native(workspace);
      const real = realpathSync.native(wanted);
      refuseOutside(root, file, real);
      return real;
    } catch (error) {
      if (error instanceof UserError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        // A dangling link is reported: the file is meant to be there.
        const link = lstatSync(wanted, { throwIfNoEntry: false });
        if (!link?.isSymbolicLink()) return undefined;
      }
      throw unreadable(file, error);
    }
  };
  const readResolved = async (file: string, limit: number): Promise<Buffer | undefined> => {
    const real = await resolve(file);
    if (real === undefined) return undefined;
    try {
      return readRegularFile(file, real, limit);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw unreadable(file, error);
    }
  };
  return {
    async read(file, limit = READ_LIMITS.text) {
      const bytes = await readResolved(file, limit);
      return bytes && (file.endsWith('.toml') ? tomlText(file, bytes) : bytes.toString('utf8'));
    },
    readBytes: (file, limit = READ_LIMITS.large) => readResolved(file, limit),
    async list(dir) {
      const refusal = pathRefusal(dir);
      if (refusal) throw refusedPath(dir || '.', refusal);
      try {
        const entries = readdirSync(path.join(workspace, dir), { withFileTypes: true });
        return entries.map((entry) => {
          const file = dir ? `${dir}/${entry.name}` : entry.name;
          return entry.isDirectory() ? `${file}/` : file;
        });
      } catch {
        return undefined; // no such folder (or not one): nothing to list
      }
    },
  };
}

// Resolves the project directory inside the repository and reads files by repository-relative
// path. A working-directory that leaves the workspace is refused before anything is read.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { FileReader } from './file-reader.js';
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

/**
 * Reads files by repository-relative path. A file that is a symbolic link out of the workspace
 * (`pyproject.toml -> /etc/passwd`, a version file -> `/proc/self/environ`), or that is not a
 * regular file (a FIFO would block the read), is refused with its name: its text is not the
 * project's, and parts of it would be printed.
 */
export function fileSystemReader(workspace: string): FileReader {
  let root: string | undefined;
  /** The file's real path inside the workspace; undefined when it does not exist. */
  const resolve = async (file: string): Promise<string | undefined> => {
    const wanted = path.join(workspace, file);
    try {
      const real = realpathSync.native(wanted);
      root ??= realpathSync.native(workspace);
      const relative = path.relative(root, real);
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        throw new UserError(
          `${file} is a symbolic link to ${real}, outside the repository. pyrelease reads only the repository's own files: replace the link with the file itself.`,
          'File outside the workspace',
          { file },
        );
      }
      const kind = statSync(real);
      if (!kind.isFile()) {
        throw new UserError(
          `${file} could not be read (${kind.isDirectory() ? 'EISDIR: it is a directory' : 'it is not a regular file'}). Make it a file with the text pyrelease should read.`,
          'Unreadable file',
          { file },
        );
      }
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
  const readResolved = async (file: string): Promise<Buffer | undefined> => {
    const real = await resolve(file);
    if (real === undefined) return undefined;
    try {
      return readFileSync(real);
    } catch (error) {
      throw unreadable(file, error);
    }
  };
  return {
    async read(file) {
      const bytes = await readResolved(file);
      return bytes && (file.endsWith('.toml') ? tomlText(file, bytes) : bytes.toString('utf8'));
    },
    readBytes: readResolved,
    async list(dir) {
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

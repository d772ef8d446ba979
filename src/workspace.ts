// Resolves the project directory inside the repository and reads files by repository-relative
// path. A working-directory that leaves the workspace is refused before anything is read.
import { readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from './errors.js';
import type { FileReader } from './project.js';

export async function resolveProjectDir(
  workspace: string,
  workingDirectory: string,
): Promise<string> {
  const root = await realpath(workspace).catch(() => {
    throw new UserError(`The workspace ${workspace} does not exist.`, 'Workspace not found');
  });
  const wanted = path.resolve(root, workingDirectory);
  const resolved = await realpath(wanted).catch(() => {
    throw new UserError(
      `working-directory "${workingDirectory}" does not exist in the repository (${wanted}).`,
      'Working directory not found',
    );
  });
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UserError(
      `working-directory "${workingDirectory}" is outside the repository (${root}). Give a path inside it, relative to its root.`,
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

export function fileSystemReader(workspace: string): FileReader {
  return {
    async read(file) {
      try {
        return await readFile(path.join(workspace, file), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw unreadable(file, error);
      }
    },
    async readBytes(file) {
      try {
        return await readFile(path.join(workspace, file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw unreadable(file, error);
      }
    },
    async list(dir) {
      try {
        const entries = await readdir(path.join(workspace, dir), { withFileTypes: true });
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

// How much of a repository file pyrelease reads, and the refusals of files it does not read. A
// pull request chooses every path a version source or a changelog names: none of them may make
// the check read the checkout's credentials, a file outside the repository, a FIFO that never
// ends, or a file so large that reading and scanning it holds the run.
import { UserError } from '../errors.js';
import type { PathRefusal } from './repo-path.js';

const MIB = 1024 * 1024;

/** A file pyrelease does not read: where it is, what it is, or its size. */
export class RefusedRead extends UserError {}

/**
 * The largest file read. `text` is for build configuration and version files (the largest real
 * ones are a few hundred KiB: a setup.py, a generated _version.py); `large` for changelogs and lock
 * files (the longest changelogs of large projects are a few MiB, a uv.lock of a big workspace too).
 * A version file over 4 MiB is refused at once: scanning a 40 MB one took half a minute.
 */
export const READ_LIMITS = { text: 4 * MIB, large: 16 * MIB } as const;

function size(bytes: number): string {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${bytes} bytes`;
}

export function tooLarge(file: string, bytes: number, limit: number): UserError {
  return new RefusedRead(
    `${file} is ${size(bytes)}, more than the ${size(limit)} pyrelease reads of a file like it, so it is not read. A version or configuration file is a few KiB: point the setting that names it at the file that holds the version.`,
    'File too large',
    { file },
  );
}

/**
 * A path that is never read: in `.git`, or outside the repository. `link` is where a symbolic link
 * on the way leads, when the path itself stays inside.
 */
export function refusedPath(file: string, refusal: PathRefusal, link?: string): UserError {
  if (refusal === 'git') {
    return new RefusedRead(
      `${file} ${link === undefined ? 'is in' : 'is a symbolic link into'} the .git folder, which holds the checkout's configuration and credentials, not the project's files. pyrelease never reads it: name a file of the project instead.`,
      'File in .git',
      { file },
    );
  }
  const what =
    link === undefined
      ? 'points outside the repository'
      : `is a symbolic link that leads outside the repository (to ${link})`;
  const fix =
    link === undefined ? 'name a path inside it' : 'replace the link with the file itself';
  return new RefusedRead(
    `${file} ${what}. pyrelease reads only the repository's own files: ${fix}.`,
    'File outside the repository',
    { file },
  );
}

/** What a path that is not a regular file is, for the refusal. */
export interface FileKind {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSymbolicLink(): boolean;
}

function kindOf(stats: FileKind): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

export function notRegularFile(file: string, stats: FileKind): UserError {
  return new RefusedRead(
    `${file} is ${kindOf(stats)}, not a file, so pyrelease does not read it. Make it a file with the text pyrelease should read, or point the setting that names it at one.`,
    'Not a file',
    { file },
  );
}

// A refused read names the file that named the path: `pyproject.toml line 14 names .git/config`
// says what to change, where the path alone would not.
import type { FileReader } from './file-reader.js';
import { RefusedRead } from './read-limits.js';

/** A file's text, as read: a configuration that may name other files. */
export interface NamingFile {
  readonly file: string;
  readonly text: string;
}

function lineNaming(text: string, path: string): number | undefined {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (text.slice(start, stop).includes(path)) return line;
    start = stop + 1;
  }
  return undefined;
}

/**
 * `error`, when it refuses a path, told at the first line of `configs` that writes it (`paths`:
 * its spellings, best first): another error is left as it is.
 */
export function namedWhere(
  error: unknown,
  paths: readonly string[],
  configs: readonly NamingFile[],
): unknown {
  if (!(error instanceof RefusedRead)) return error;
  for (const path of paths) {
    for (const { file, text } of configs) {
      const line = path === '' ? undefined : lineNaming(text, path);
      if (line === undefined) continue;
      return new RefusedRead(`${file} line ${line} names ${path}: ${error.message}`, error.title, {
        file,
        line,
      });
    }
  }
  return error;
}

/**
 * A reader whose refusals name the line of `configs` that named the refused path, written from the
 * repository root or from the project folder `dir`.
 */
export function namingReader(
  reader: FileReader,
  configs: () => readonly NamingFile[],
  dir = '',
): FileReader {
  const named = <T>(path: string, read: () => Promise<T>): Promise<T> =>
    read().catch((error: unknown) => {
      const inDir = dir && path.startsWith(`${dir}/`) ? [path.slice(dir.length + 1)] : [];
      throw namedWhere(error, [path, ...inDir], configs());
    });
  return {
    read: (path, limit) => named(path, () => reader.read(path, limit)),
    ...(reader.list && { list: (dir: string) => named(dir, () => reader.list!(dir)) }),
    ...(reader.readBytes && {
      readBytes: (path: string, limit?: number) =>
        named(path, () => reader.readBytes!(path, limit)),
    }),
  };
}

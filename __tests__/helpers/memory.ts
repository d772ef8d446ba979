// An in-memory repository for the pure parts of the check: a FileReader over a map of
// repository-relative paths, which also records what was asked for.
import type { FileReader } from '../../src/files/file-reader.js';

export interface MemoryReader extends FileReader {
  readonly requested: string[];
}

export function memoryReader(files: Record<string, string>): MemoryReader {
  const requested: string[] = [];
  return {
    requested,
    read(path) {
      requested.push(path);
      return Promise.resolve(Object.hasOwn(files, path) ? files[path] : undefined);
    },
  };
}

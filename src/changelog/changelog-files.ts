// Reading a changelog's files: strictly as UTF-8, folder listings, the first of several paths
// that exists. What the loading, the discovery and the notes files share.
import { UserError } from '../errors.js';
import { READ_LIMITS } from '../files/index.js';
import type { Changelog } from './parse.js';

/** What loadChangelog needs of a file reader (project.ts's FileReader satisfies it). */
export interface ChangelogReader {
  read(path: string, limit?: number): Promise<string | undefined>;
  /** Repository-relative entries directly in `dir`, folders ending in `/`; undefined if absent. */
  list?(dir: string): Promise<string[] | undefined>;
  /** The file's bytes, for a strict UTF-8 check; undefined when it does not exist. */
  readBytes?(path: string): Promise<Uint8Array | undefined>;
}

/** Reads a changelog strictly: bytes that are not UTF-8 are an error naming the file. */
export async function readStrict(
  reader: ChangelogReader,
  file: string,
): Promise<string | undefined> {
  if (reader.readBytes) {
    const bytes = await reader.readBytes(file);
    if (bytes === undefined) return undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw notUtf8(file);
    }
  }
  const text = await reader.read(file, READ_LIMITS.large);
  // A reader that decodes for us leaves U+FFFD where the bytes were not UTF-8.
  if (text?.includes('\uFFFD')) throw notUtf8(file);
  return text;
}

export function notUtf8(file: string): UserError {
  return new UserError(
    `${file} is not UTF-8 text, so its release headings cannot be read. Convert it to UTF-8 (for example \`iconv -f latin1 -t utf-8\`) and commit it.`,
    'Changelog is not UTF-8',
    { file },
  );
}

export async function listing(reader: ChangelogReader, dirs: readonly string[]) {
  if (!reader.list) return undefined;
  const all: string[] = [];
  for (const dir of dirs) all.push(...((await reader.list(dir)) ?? []));
  return all;
}

/** What the listings show of the project: files, and folders without their trailing `/`. */
export interface ProjectTree {
  /** Undefined without a listing: then only pyproject.toml is asked. */
  readonly files: readonly string[] | undefined;
  readonly folders: readonly string[];
}

export interface ChangelogFile {
  readonly file: string;
  readonly text: string;
  /** Found without the changelog input. */
  readonly discovered: boolean;
  /** The text parsed, when discovery already did. */
  readonly parsed?: Changelog;
}

/** The first of `paths` that exists, read. */
export async function firstExisting(
  reader: ChangelogReader,
  paths: Iterable<string>,
): Promise<ChangelogFile | undefined> {
  for (const file of paths) {
    const text = await readStrict(reader, file);
    if (text !== undefined) return { file, text, discovered: true };
  }
  return undefined;
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

export async function fileNames(
  reader: ChangelogReader,
  dir: string,
): Promise<string[] | undefined> {
  const entries = await reader.list?.(dir);
  return entries?.filter((entry) => !entry.endsWith('/')).map(basename);
}

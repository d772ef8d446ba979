// Follows a changelog that only points elsewhere (see pointers.ts) to the file it names, when
// that file is in the repository and holds releases: a pointer to a pointer is followed too, up to
// a few hops, never in a circle. The reads are the caller's, so this stays free of file access.
import { changelogPointers, type Pointer } from './pointers.js';
import { theOption } from '../vocabulary/index.js';

/** A file as read: its repository-relative path and text. */
export interface PointedFile {
  readonly file: string;
  readonly text: string;
}

/** One step of the way: the line of `file` that named the next file. */
export interface PointerStep {
  readonly file: string;
  readonly line: number;
  readonly written: string;
}

export interface PointerIo {
  /** The file's text; undefined when it is not in the repository or cannot be read. */
  read(path: string): Promise<string | undefined>;
  /** The source in the docs tree of a documentation site's page (`changelog`), if one is found. */
  pageSource(page: string): Promise<string | undefined>;
  /** Whether a file holds a release or an Unreleased section: the end of the way. */
  hasReleases(file: PointedFile): boolean;
  /** `owner/name`: GitHub URLs into this repository name its files. */
  readonly repository?: string;
}

export type Followed =
  | { readonly kind: 'changelog' }
  | { readonly kind: 'followed'; readonly target: PointedFile; readonly via: PointerStep[] }
  | { readonly kind: 'unresolved'; readonly pointers: readonly Pointer[] };

const MAX_HOPS = 3;
const MAX_READS = 30;

interface Walk {
  readonly io: PointerIo;
  readonly visited: Set<string>;
  reads: number;
}

/** The files a pointer names: its paths, then the source of the documentation page it links. */
async function targetsOf(walk: Walk, pointer: Pointer): Promise<string[]> {
  const paths = [...pointer.paths];
  if (pointer.page !== undefined) {
    const source = await walk.io.pageSource(pointer.page);
    if (source !== undefined && !paths.includes(source)) paths.push(source);
  }
  return paths;
}

async function follow(
  walk: Walk,
  from: PointedFile,
  hops: number,
): Promise<{ target: PointedFile; via: PointerStep[] } | undefined> {
  if (walk.io.hasReleases(from)) return { target: from, via: [] };
  if (hops === MAX_HOPS) return undefined;
  for (const pointer of changelogPointers(from.text, from.file, walk.io.repository)) {
    for (const path of await targetsOf(walk, pointer)) {
      if (walk.visited.has(path) || walk.reads >= MAX_READS) continue;
      walk.visited.add(path);
      walk.reads++;
      const text = await walk.io.read(path);
      if (text === undefined) continue;
      const found = await follow(walk, { file: path, text }, hops + 1);
      if (!found) continue;
      const step = { file: from.file, line: pointer.line, written: pointer.written };
      return { target: found.target, via: [step, ...found.via] };
    }
  }
  return undefined;
}

/**
 * Where a changelog with no release leads: nowhere new when it has releases (`changelog`), the
 * file its pointers name (`followed`), or the pointers that named nothing usable (`unresolved`,
 * empty when the file points nowhere).
 */
export async function followPointers(start: PointedFile, io: PointerIo): Promise<Followed> {
  if (io.hasReleases(start)) return { kind: 'changelog' };
  const walk: Walk = { io, visited: new Set([start.file]), reads: 0 };
  const found = await follow(walk, start, 0);
  if (found) return { kind: 'followed', target: found.target, via: found.via };
  return { kind: 'unresolved', pointers: changelogPointers(start.text, start.file, io.repository) };
}

/** The way to a followed changelog, for its notice: `CHANGES.rst:3 points to docs/changes.rst`. */
export function describeWay(via: readonly PointerStep[], target: string): string {
  return via
    .map((step, index) => `${step.file}:${step.line} points to ${via[index + 1]?.file ?? target}`)
    .join(', ');
}

/** Why a file that only points elsewhere was kept: what it names, with file and line. */
export function unresolvedNote(file: string, pointers: readonly Pointer[]): string | undefined {
  if (pointers.length === 0) return undefined;
  const named = pointers
    .slice(0, 3)
    .map((pointer) => `${pointer.written} (${file}:${pointer.line})`)
    .join(', ');
  return `${file} holds no release heading and points to ${named}, where no changelog with a release heading is in this repository. Name the changelog with ${theOption('changelog')} (a path in the repository), or write the release headings in ${file}.`;
}

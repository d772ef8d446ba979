// What an archive holds, entry by entry, as both readers report it, and the bounds every read
// of an archive keeps to, so a hostile file is refused with a message instead of filling memory.

export type ArchiveEntryKind = 'file' | 'dir' | 'symlink' | 'hardlink' | 'sparse' | 'other';

export interface ArchiveEntry {
  readonly name: string;
  /** The uncompressed size its header declares. */
  readonly size: number;
  /** Bytes it takes in a zip; undefined in a tar, whose members are compressed as one stream. */
  readonly compressedSize: number | undefined;
  /** The zip compression method (0 stored, 8 deflate, ...); undefined in a tar. */
  readonly method: number | undefined;
  /** From a zip's external attributes (Unix mode) or a tar's type flag; sparse is a tar's only. */
  readonly kind: ArchiveEntryKind;
  /** A tar link's target (a zip symlink's target is its content). */
  readonly linkName?: string;
}

const MiB = 1024 * 1024;

/** The most read into memory from one entry (METADATA, PKG-INFO, RECORD, top_level.txt...). */
export const MAX_MEMBER_READ = 64 * MiB;
/** The largest zip central directory read (60,000 entries take about 6 MiB). */
export const MAX_CENTRAL_DIRECTORY = 128 * MiB;
/** However small the file, a tar.gz may gunzip to this much... */
export const MIN_GUNZIP_LIMIT = 256 * MiB;
/** ...or to this many times its own size... */
export const GUNZIP_RATIO = 100;
/** ...but never to more than this. */
export const MAX_GUNZIP = 4 * 1024 * MiB;

/** How much a .tar.gz of `compressedSize` bytes may gunzip to. */
export function gunzipLimit(compressedSize: number): number {
  return Math.min(MAX_GUNZIP, Math.max(MIN_GUNZIP_LIMIT, GUNZIP_RATIO * compressedSize));
}

export function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;
}

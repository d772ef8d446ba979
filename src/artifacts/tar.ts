// Reads a .tar.gz sdist held in memory: gunzip, then walk the 512-byte headers. Understands ustar
// (name prefix), GNU long names and link names ('L', 'K') and pax headers ('x' path, linkpath
// and size), which is what setuptools, hatchling, flit and maturin write.
import { gunzipSync } from 'node:zlib';
import { UserError } from '../errors.js';

/** `sparse`: a GNU sparse member ('S', or pax GNU.sparse.* records), which PyPI refuses. */
export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'sparse' | 'other';

export interface TarEntry {
  readonly name: string;
  readonly type: TarEntryType;
  readonly size: number;
  /** Target of a symbolic or hard link. */
  readonly linkName: string | undefined;
  /** Where the content starts in the uncompressed tar. */
  readonly dataOffset: number;
}

export interface TarArchive {
  /** The uncompressed tar stream. */
  readonly data: Buffer;
  readonly entries: readonly TarEntry[];
}

const BLOCK = 512;

function unreadable(label: string, found: string): UserError {
  return new UserError(
    `${label} is not a readable .tar.gz file: ${found}. Rebuild the sdist (python -m build --sdist) and check that nothing truncated or rewrote it.`,
    'Unreadable sdist',
  );
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const nul = field.indexOf(0);
  return field.toString('utf8', 0, nul === -1 ? length : nul);
}

/** Octal, or GNU base-256 (high bit set) for values too large for the field. */
function number(block: Buffer, start: number, length: number): number | undefined {
  const first = block[start]!;
  if (first & 0x80) {
    let value = first & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + block[start + i]!;
    return value;
  }
  const digits = text(block, start, length).trim();
  if (digits === '') return 0;
  return /^[0-7]+$/.test(digits) ? parseInt(digits, 8) : undefined;
}

function checksumMatches(block: Buffer): boolean {
  const stored = number(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return stored === sum;
}

/** pax records: `<length> <key>=<value>\n`, the length counting the whole record in bytes. */
function parsePax(data: Buffer, label: string): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = space === -1 ? NaN : Number(data.toString('latin1', at, space));
    if (!Number.isInteger(length) || length <= 0 || at + length > data.length) {
      if (data.subarray(at).every((byte) => byte === 0)) break;
      throw unreadable(label, `a pax extended header is malformed at byte ${at}`);
    }
    const record = data.toString('utf8', space + 1, at + length - 1);
    const equals = record.indexOf('=');
    if (equals === -1)
      throw unreadable(label, `a pax record has no "=": ${JSON.stringify(record)}`);
    records.set(record.slice(0, equals), record.slice(equals + 1));
    at += length;
  }
  return records;
}

const TYPES: Record<string, TarEntryType> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '5': 'directory',
  S: 'sparse',
};

/** Python's tarfile treats a member as sparse when its pax header carries these (0.0, 0.1, 1.0). */
function paxSparse(pax: ReadonlyMap<string, string>): boolean {
  return (
    pax.has('GNU.sparse.map') ||
    pax.has('GNU.sparse.size') ||
    (pax.get('GNU.sparse.major') === '1' && pax.get('GNU.sparse.minor') === '0')
  );
}

/** Bytes of the sparse-map blocks an old GNU sparse header ('S') chains after itself. */
function sparseExtensions(data: Buffer, at: number, typeFlag: string): number {
  if (typeFlag !== 'S') return 0;
  let bytes = 0;
  // isextended: byte 482 of the header, then byte 504 of each extension block.
  let extended = data[at + 482] !== 0;
  while (extended && at + BLOCK + bytes + BLOCK <= data.length) {
    extended = data[at + BLOCK + bytes + 504] !== 0;
    bytes += BLOCK;
  }
  return bytes;
}

/** Decompresses a .tar.gz and lists its entries; `label` names the file in errors. */
export function readTarGz(compressed: Buffer, label = 'The archive'): TarArchive {
  let data: Buffer;
  try {
    data = gunzipSync(compressed);
  } catch (error) {
    throw unreadable(label, `gunzip fails (${(error as Error).message})`);
  }
  return { data, entries: listTarEntries(data, label) };
}

/** The entries of an uncompressed tar stream. */
export function listTarEntries(data: Buffer, label = 'The archive'): TarEntry[] {
  const entries: TarEntry[] = [];
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax = new Map<string, string>();
  let at = 0;
  for (;;) {
    if (at + BLOCK > data.length) {
      // A tar ends with zero blocks; some writers omit them, but a partial header is damage.
      if (at === data.length && longName === undefined && pax.size === 0) break;
      throw unreadable(label, `it ends inside a header at byte ${at}`);
    }
    const block = data.subarray(at, at + BLOCK);
    if (block.every((byte) => byte === 0)) break;
    if (!checksumMatches(block))
      throw unreadable(label, `the header at byte ${at} fails its checksum`);
    const typeFlag = String.fromCharCode(block[156]!);
    const headerSize = number(block, 124, 12);
    const paxSize = pax.get('size');
    const size = paxSize !== undefined ? Number(paxSize) : headerSize;
    if (size === undefined || !Number.isSafeInteger(size) || size < 0) {
      throw unreadable(label, `the header at byte ${at} has an invalid size`);
    }
    const dataOffset = at + BLOCK + sparseExtensions(data, at, typeFlag);
    if (dataOffset + size > data.length) {
      throw unreadable(label, `the content of the entry at byte ${at} is truncated`);
    }
    const content = data.subarray(dataOffset, dataOffset + size);
    at = dataOffset + Math.ceil(size / BLOCK) * BLOCK;

    if (typeFlag === 'L' || typeFlag === 'K') {
      const value = content.toString('utf8').replace(/\0+$/, '');
      if (typeFlag === 'L') longName = value;
      else longLink = value;
      continue;
    }
    if (typeFlag === 'x') {
      pax = parsePax(content, label);
      continue;
    }
    if (typeFlag === 'g') continue; // global pax defaults: nothing in them changes names we read

    const magic = block.toString('latin1', 257, 263);
    // POSIX ustar splits long names into prefix + name; GNU tar ("ustar  ") has no prefix field.
    const prefix = magic === 'ustar\0' ? text(block, 345, 155) : '';
    const headerName = prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100);
    const type = paxSparse(pax) ? 'sparse' : (TYPES[typeFlag] ?? 'other');
    const linkName = pax.get('linkpath') ?? longLink ?? text(block, 157, 100);
    entries.push({
      name: pax.get('path') ?? longName ?? headerName,
      type,
      size: type === 'file' ? size : 0,
      linkName: type === 'symlink' || type === 'hardlink' ? linkName : undefined,
      dataOffset,
    });
    longName = undefined;
    longLink = undefined;
    pax = new Map();
  }
  return entries;
}

/** The content of a regular file entry. */
export function readTarEntry(archive: TarArchive, entry: TarEntry): Buffer {
  return archive.data.subarray(entry.dataOffset, entry.dataOffset + entry.size);
}

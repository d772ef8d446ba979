// Reads a wheel (a zip file) by random access with yauzl: the central directory gives the
// entries (zip64 included), and only the few entries inspection needs are read, each inflated
// within its declared size and a cap. The archive itself is never held in memory.
import type { FileHandle } from 'node:fs/promises';
import yauzl from 'yauzl';
import { UserError } from '../errors.js';
import {
  MAX_CENTRAL_DIRECTORY,
  MAX_MEMBER_READ,
  mib,
  type ArchiveEntry,
  type ArchiveEntryKind,
} from './archive-entry.js';
import { crc32 } from './crc32.js';
import { openRegularFile } from './regular-file.js';
import { HandleReader } from './zip-reader.js';

export interface ZipEntry extends ArchiveEntry {
  readonly compressedSize: number;
  readonly method: number;
  readonly crc32: number;
  readonly encrypted: boolean;
  readonly flags: number;
  readonly localHeaderOffset: number;
}

export interface ZipArchive {
  readonly entries: readonly ZipEntry[];
  /** The content of one entry, checked against its size and CRC; at most `limit` bytes. */
  read(entry: ZipEntry, limit?: number): Promise<Buffer>;
  close(): Promise<void>;
}

export function unreadableZip(label: string, found: string): UserError {
  return new UserError(
    `${label} is not a readable zip file: ${found}. Rebuild the wheel (python -m build --wheel) and check that nothing truncated or rewrote it.`,
    'Unreadable wheel',
  );
}

const S_IFMT = 0o170000;
const UNIX_KINDS: Record<number, ArchiveEntryKind> = {
  0o100000: 'file',
  0o040000: 'dir',
  0o120000: 'symlink',
};

/** The kind of an entry: from its Unix mode when a Unix tool wrote one, else from its name. */
export function zipEntryKind(
  name: string,
  versionMadeBy: number,
  attributes: number,
): ArchiveEntryKind {
  const mode = (attributes >>> 16) & S_IFMT;
  if (versionMadeBy >> 8 === 3 && mode !== 0) return UNIX_KINDS[mode] ?? 'other';
  // MS-DOS attributes: 0x10 is a directory.
  return name.endsWith('/') || (attributes & 0x10) !== 0 ? 'dir' : 'file';
}

/**
 * The entry as yauzl reads it. yauzl's own records are not kept: each holds buffers of its
 * own, which for 60,000 entries add some 80 MB to the process.
 */
function yauzlEntry(entry: ZipEntry): yauzl.Entry {
  return Object.assign(new yauzl.Entry(), {
    relativeOffsetOfLocalHeader: entry.localHeaderOffset,
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.size,
    compressionMethod: entry.method,
    generalPurposeBitFlag: entry.flags,
  });
}

function toEntry(record: yauzl.Entry): ZipEntry {
  // Wheels are written with UTF-8 names (flag bit 11 for non-ASCII ones); a name without the
  // flag is read as UTF-8 too, which is what pip does with ASCII names. Backslashes are kept,
  // to be reported: yauzl's own decoding would turn them into slashes.
  const name = (record.fileNameRaw ?? Buffer.from(record.fileName)).toString('utf8');
  return {
    name,
    size: record.uncompressedSize,
    compressedSize: record.compressedSize,
    method: record.compressionMethod,
    kind: zipEntryKind(name, record.versionMadeBy, record.externalFileAttributes),
    crc32: record.crc32,
    encrypted: (record.generalPurposeBitFlag & 1) !== 0,
    flags: record.generalPurposeBitFlag,
    localHeaderOffset: record.relativeOffsetOfLocalHeader,
  };
}

async function listEntries(zipfile: yauzl.ZipFile): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    zipfile.on('entry', (record: yauzl.Entry) => {
      entries.push(toEntry(record));
      zipfile.readEntry();
    });
    zipfile.once('end', resolve);
    zipfile.once('error', reject);
    zipfile.readEntry();
  });
  return entries;
}

async function collect(
  stream: NodeJS.ReadableStream,
  limit: number,
  what: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += (chunk as Buffer).length;
    if (length > limit) throw new Error(`${what} inflates past ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, length);
}

async function readEntry(
  zipfile: yauzl.ZipFile,
  entry: ZipEntry,
  label: string,
  limit: number,
): Promise<Buffer> {
  const where = `entry ${JSON.stringify(entry.name)}`;
  if (entry.encrypted) throw unreadableZip(label, `${where} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw unreadableZip(
      label,
      `${where} uses compression method ${entry.method}; expected 0 (stored) or 8 (deflate)`,
    );
  }
  if (entry.size > limit) {
    throw new UserError(
      `${label}: ${where} declares ${entry.size} bytes (${mib(entry.size)}); pyrelease reads at most ${mib(limit)} of such a file. A metadata file that large is a decompression bomb or a build gone wrong: rebuild the wheel and check what writes ${entry.name.split('/').pop()}.`,
      'Oversized archive entry',
    );
  }
  let content: Buffer;
  try {
    // yauzl stops the inflate as soon as it passes the declared size.
    const stream = await zipfile.openReadStreamPromise(yauzlEntry(entry));
    content = await collect(stream, limit, where);
  } catch (error) {
    throw unreadableZip(
      label,
      `${where} does not inflate to its declared ${entry.size} bytes (${(error as Error).message})`,
    );
  }
  if (crc32(content) !== entry.crc32) throw unreadableZip(label, `${where} fails its CRC check`);
  return content;
}

async function openOn(handle: FileHandle, size: number, label: string): Promise<ZipArchive> {
  const reader = new HandleReader(handle);
  const zipfile = await yauzl.fromRandomAccessReaderPromise(reader, size, {
    autoClose: false,
    decodeStrings: false,
    validateEntrySizes: true,
  });
  // yauzl's cursor starts at the central directory, which runs (with the end records) to the end.
  const start = Number(zipfile.readEntryCursor);
  if (size - start > MAX_CENTRAL_DIRECTORY) {
    throw unreadableZip(
      label,
      `its central directory claims ${size - start} bytes, more than the ${mib(MAX_CENTRAL_DIRECTORY)} pyrelease reads`,
    );
  }
  await reader.cache(start, size);
  const entries = await listEntries(zipfile);
  reader.uncache();
  return {
    entries,
    read: (entry, limit = MAX_MEMBER_READ) => readEntry(zipfile, entry, label, limit),
    close: () => handle.close(),
  };
}

/** Opens a zip for reading; `label` names it in messages. The caller closes it. */
export async function openZip(file: string, label = 'The archive'): Promise<ZipArchive> {
  const { handle, size } = await openRegularFile(file, label);
  try {
    return await openOn(handle, size, label);
  } catch (error) {
    await handle.close();
    if (error instanceof UserError) throw error;
    throw unreadableZip(label, (error as Error).message);
  }
}

// Reads a wheel (a zip file) held in memory: the central directory gives the entries, each entry
// is stored or deflated. Zip64, encryption and multi-disk archives are refused with a clear
// error: a wheel a build backend writes has none of them (zip64 only above 4 GiB or 65535 files).
import { inflateRawSync } from 'node:zlib';
import { UserError } from '../errors.js';
import { crc32 } from './crc32.js';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate; anything else cannot be read. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc32: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
  readonly isDirectory: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

function unreadable(label: string, found: string): UserError {
  return new UserError(
    `${label} is not a readable zip file: ${found}. Rebuild the wheel (python -m build --wheel) and check that nothing truncated or rewrote it.`,
    'Unreadable wheel',
  );
}

function zip64(label: string): UserError {
  return new UserError(
    `${label} is a zip64 archive, which this reader does not handle: expected a plain zip as build backends write for wheels under 4 GiB and 65535 files. Check that the wheel was not repacked by another tool.`,
    'Unsupported wheel format',
  );
}

function findEndOfCentralDirectory(data: Buffer, label: string): number {
  if (data.length < EOCD_SIZE) {
    throw unreadable(label, `it is ${data.length} bytes long, shorter than a zip's end record`);
  }
  const lowest = Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = data.length - EOCD_SIZE; at >= lowest; at--) {
    // The comment length must reach exactly to the end, or the signature is inside the comment.
    if (
      data.readUInt32LE(at) === EOCD_SIGNATURE &&
      at + EOCD_SIZE + data.readUInt16LE(at + 20) === data.length
    ) {
      return at;
    }
  }
  throw unreadable(
    label,
    'no end of central directory record (the file is truncated or not a zip)',
  );
}

/** Every entry in the central directory, in the order stored. */
export function listZipEntries(data: Buffer, label = 'The archive'): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(data, label);
  if (eocd >= 20 && data.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) throw zip64(label);
  const disk = data.readUInt16LE(eocd + 4);
  const centralDisk = data.readUInt16LE(eocd + 6);
  const diskEntries = data.readUInt16LE(eocd + 8);
  const count = data.readUInt16LE(eocd + 10);
  const centralSize = data.readUInt32LE(eocd + 12);
  const centralOffset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
    throw zip64(label);
  }
  if (disk !== 0 || centralDisk !== 0 || diskEntries !== count) {
    throw unreadable(label, 'it is one part of a multi-disk archive');
  }
  if (centralOffset + centralSize > eocd) {
    throw unreadable(
      label,
      `the central directory (${centralSize} bytes at ${centralOffset}) runs past the end record at ${eocd}`,
    );
  }
  const entries: ZipEntry[] = [];
  let at = centralOffset;
  for (let index = 0; index < count; index++) {
    if (at + CENTRAL_SIZE > eocd || data.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw unreadable(
        label,
        `central directory entry ${index + 1} of ${count} is missing or damaged`,
      );
    }
    const flags = data.readUInt16LE(at + 8);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const end = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (end > eocd) {
      throw unreadable(label, `central directory entry ${index + 1} runs past the end record`);
    }
    const compressedSize = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const localHeaderOffset = data.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw zip64(label);
    }
    // Wheels are written with UTF-8 names (flag bit 11 for non-ASCII ones); a name without the
    // flag is read as UTF-8 too, which is what pip does with ASCII names.
    const name = data.toString('utf8', at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    entries.push({
      name,
      method: data.readUInt16LE(at + 10),
      compressedSize,
      size,
      crc32: data.readUInt32LE(at + 16),
      localHeaderOffset,
      encrypted: (flags & 1) !== 0,
      isDirectory: name.endsWith('/'),
    });
    at = end;
  }
  return entries;
}

/** The content of one entry, checked against its size and CRC. */
export function readZipEntry(data: Buffer, entry: ZipEntry, label = 'The archive'): Buffer {
  const where = `entry ${JSON.stringify(entry.name)}`;
  if (entry.encrypted) throw unreadable(label, `${where} is encrypted`);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_SIZE > data.length || data.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw unreadable(label, `the local header of ${where} is missing or damaged`);
  }
  const start = at + LOCAL_SIZE + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw unreadable(label, `the data of ${where} is truncated`);
  const raw = data.subarray(start, end);
  let content: Buffer;
  if (entry.method === 0) {
    content = raw;
  } else if (entry.method === 8) {
    try {
      // The declared size bounds the output, so a hostile entry cannot inflate without limit.
      content = inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      throw unreadable(label, `${where} does not inflate (${(error as Error).message})`);
    }
  } else {
    throw unreadable(label, `${where} uses compression method ${entry.method}; expected 0 or 8`);
  }
  if (content.length !== entry.size) {
    throw unreadable(
      label,
      `${where} holds ${content.length} bytes; its header says ${entry.size}`,
    );
  }
  if (crc32(content) !== entry.crc32) throw unreadable(label, `${where} fails its CRC check`);
  return content;
}

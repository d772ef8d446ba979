// Minimal zip and tar writers, so tests can build archives that real tools refuse to make:
// names with "..", links leading outside, wrong sizes. Checked against unzip and tar in the tests.
import { createHash } from 'node:crypto';
import { deflateRawSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { crc32 } from '../../src/artifacts/crc32.js';
import { readTarGzFile } from '../../src/artifacts/tar-gz.js';
import { openZip } from '../../src/artifacts/zip.js';

export interface ArchiveMember {
  name: string;
  content?: string | Buffer;
  type?: 'file' | 'directory' | 'symlink';
  linkName?: string;
}

function bytes(content: string | Buffer | undefined): Buffer {
  return typeof content === 'string' ? Buffer.from(content) : (content ?? Buffer.alloc(0));
}

export function makeZip(members: readonly ArchiveMember[], method: 0 | 8 = 8): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const name = Buffer.from(member.name);
    const data = bytes(member.content);
    const stored = method === 8 ? deflateRawSync(data) : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export type TarFormat = 'ustar' | 'gnu' | 'pax';

function header(name: string, size: number, type: string, linkName: string, format: TarFormat) {
  const block = Buffer.alloc(512);
  let shortName = name;
  if (format === 'ustar' && Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    block.write(name.slice(0, cut), 345);
    shortName = name.slice(cut + 1);
  }
  block.write(shortName.slice(0, 100), 0);
  block.write('0000644\0', 100);
  block.write('0000000\0', 108);
  block.write('0000000\0', 116);
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  block.write('00000000000\0', 136);
  block.write(type, 156);
  block.write(linkName.slice(0, 100), 157);
  block.write(format === 'gnu' ? 'ustar  \0' : 'ustar\x0000', 257, 'latin1');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

function padded(data: Buffer): Buffer[] {
  const rest = data.length % 512;
  return rest ? [data, Buffer.alloc(512 - rest)] : [data];
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length++;
  return `${length}${body}`;
}

/** An uncompressed tar; long names use the format's own way to carry them. */
export function makeTar(members: readonly ArchiveMember[], format: TarFormat = 'pax'): Buffer {
  const blocks: Buffer[] = [];
  for (const member of members) {
    const type = member.type === 'directory' ? '5' : member.type === 'symlink' ? '2' : '0';
    const data = member.type === 'file' || !member.type ? bytes(member.content) : Buffer.alloc(0);
    const long = Buffer.byteLength(member.name) > 100;
    if (long && format === 'gnu') {
      const name = Buffer.from(`${member.name}\0`);
      blocks.push(header('././@LongLink', name.length, 'L', '', format), ...padded(name));
    }
    if (long && format === 'pax') {
      const record = Buffer.from(paxRecord('path', member.name));
      blocks.push(header('PaxHeader', record.length, 'x', '', format), ...padded(record));
    }
    blocks.push(header(member.name, data.length, type, member.linkName ?? '', format));
    if (data.length) blocks.push(...padded(data));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export function makeTarGz(members: readonly ArchiveMember[], format: TarFormat = 'pax'): Buffer {
  return gzipSync(makeTar(members, format));
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Core metadata text as build backends write it. */
export function coreMetadata(name: string, version: string, body = '# Readme\n'): string {
  return `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: A test package.\n\n${body}`;
}

/** Every entry of the zip at `file` with its content (folders have none), via pyrelease's reader. */
export async function zipMembers(
  file: string,
): Promise<{ name: string; kind: string; content: Buffer }[]> {
  const zip = await openZip(file);
  try {
    const members = [];
    for (const entry of zip.entries) {
      const content = entry.kind === 'dir' ? Buffer.alloc(0) : await zip.read(entry);
      members.push({ name: entry.name, kind: entry.kind, content });
    }
    return members;
  } finally {
    await zip.close();
  }
}

/** The entries of the .tar.gz at `file`, with the content of every regular member. */
export function tarGzMembers(file: string) {
  return readTarGzFile(file, path.basename(file), () => true);
}

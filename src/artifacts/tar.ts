// Reads a tar stream as it comes, chunk by chunk, without holding it: the 512-byte headers give
// the members, and only the content of the members the caller asks for is kept. Understands
// ustar (name prefix), GNU long names and link names ('L', 'K'), GNU sparse members ('S') and
// pax headers ('x' path, linkpath, size, GNU.sparse.*), which is what setuptools, hatchling,
// flit and maturin write, and what Python's tarfile reads.
import { UserError } from '../errors.js';
import { MAX_MEMBER_READ, type ArchiveEntry, type ArchiveEntryKind } from './archive-entry.js';

export interface TarEntry extends ArchiveEntry {
  readonly compressedSize: undefined;
  readonly method: undefined;
}

/** What the reader keeps: the content of the members `keep` names, each up to `limit` bytes. */
export interface TarContents {
  readonly entries: TarEntry[];
  /** Content of the kept members, by name (the last one when a name appears twice). */
  readonly contents: Map<string, Buffer>;
  /** Kept members larger than the limit: named in the refusal when they are read. */
  readonly oversized: Set<string>;
}

const BLOCK = 512;

export function unreadableTar(label: string, found: string): UserError {
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
      throw unreadableTar(label, `a pax extended header is malformed at byte ${at}`);
    }
    const record = data.toString('utf8', space + 1, at + length - 1);
    const equals = record.indexOf('=');
    if (equals === -1)
      throw unreadableTar(label, `a pax record has no "=": ${JSON.stringify(record)}`);
    records.set(record.slice(0, equals), record.slice(equals + 1));
    at += length;
  }
  return records;
}

const KINDS: Record<string, ArchiveEntryKind> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '5': 'dir',
  S: 'sparse',
};
/** Types followed by no content whatever their size field says, as Python's tarfile reads them. */
const NO_CONTENT = new Set(['1', '2', '3', '4', '5', '6']);
/** Headers that describe the next member. */
const EXTENSIONS = new Set(['L', 'K', 'x', 'g']);

interface Pending {
  longName?: string;
  longLink?: string;
  pax: Map<string, string>;
}

/** The member a header describes, given the extension headers before it. */
function describe(block: Buffer, size: number, pending: Pending): TarEntry {
  const typeFlag = String.fromCharCode(block[156]!);
  const magic = block.toString('latin1', 257, 263);
  // POSIX ustar splits long names into prefix + name; GNU tar ("ustar  ") has no prefix field.
  const prefix = magic === 'ustar\0' ? text(block, 345, 155) : '';
  const headerName = prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100);
  const { pax } = pending;
  const sparse = [...pax.keys()].some((key) => key.startsWith('GNU.sparse.'));
  const kind = sparse ? 'sparse' : (KINDS[typeFlag] ?? 'other');
  const linkName = pax.get('linkpath') ?? pending.longLink ?? text(block, 157, 100);
  const isLink = kind === 'symlink' || kind === 'hardlink';
  return {
    name: pax.get('GNU.sparse.name') ?? pax.get('path') ?? pending.longName ?? headerName,
    kind,
    size: kind === 'file' || kind === 'sparse' ? Number(pax.get('GNU.sparse.realsize') ?? size) : 0,
    compressedSize: undefined,
    method: undefined,
    ...(isLink ? { linkName } : {}),
  };
}

/** A tar stream parser: `push` each chunk as it comes, then `end`. */
export class TarParser implements TarContents {
  readonly entries: TarEntry[] = [];
  readonly contents = new Map<string, Buffer>();
  readonly oversized = new Set<string>();
  private readonly header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  private headerAt = 0;
  private position = 0;
  private remaining = 0;
  private padding = 0;
  private chunks: Buffer[] | undefined;
  /** What the content being read is: an extension header's type, or a member's name. */
  private reading: { extension: string } | { member: string } | undefined;
  private pending: Pending = { pax: new Map() };
  private ended = false;

  constructor(
    private readonly label: string,
    private readonly keep: (name: string) => boolean = () => false,
    private readonly limit = MAX_MEMBER_READ,
  ) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && !this.ended) {
      const left = chunk.length - at;
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, left);
        this.chunks?.push(chunk.subarray(at, at + take));
        this.remaining -= take;
        at += take;
        if (this.remaining === 0) this.finishContent();
      } else if (this.padding > 0) {
        const take = Math.min(this.padding, left);
        this.padding -= take;
        at += take;
      } else {
        if (this.headerFill === 0) this.headerAt = this.position + at;
        const take = Math.min(BLOCK - this.headerFill, left);
        chunk.copy(this.header, this.headerFill, at, at + take);
        this.headerFill += take;
        at += take;
        if (this.headerFill === BLOCK) {
          this.headerFill = 0;
          this.onHeader(this.header);
        }
      }
    }
    this.position += chunk.length;
  }

  /** The stream ended: a tar ends with zero blocks, but some writers omit them. */
  end(): TarContents {
    if (this.ended) return this;
    if (this.remaining > 0) {
      throw unreadableTar(
        this.label,
        `the content of the entry at byte ${this.headerAt} is truncated`,
      );
    }
    const { longName, longLink, pax } = this.pending;
    if (this.headerFill > 0 || longName !== undefined || longLink !== undefined || pax.size > 0) {
      throw unreadableTar(this.label, `it ends inside a header at byte ${this.headerAt}`);
    }
    return this;
  }

  private onHeader(block: Buffer): void {
    if (block.every((byte) => byte === 0)) {
      this.ended = true;
      return;
    }
    const at = this.headerAt;
    if (!checksumMatches(block)) {
      throw unreadableTar(this.label, `the header at byte ${at} fails its checksum`);
    }
    const typeFlag = String.fromCharCode(block[156]!);
    const paxSize = this.pending.pax.get('size');
    const size = paxSize !== undefined ? Number(paxSize) : number(block, 124, 12);
    if (size === undefined || !Number.isSafeInteger(size) || size < 0) {
      throw unreadableTar(this.label, `the header at byte ${at} has an invalid size`);
    }
    if (EXTENSIONS.has(typeFlag)) {
      if (size > this.limit) {
        throw unreadableTar(this.label, `the extended header at byte ${at} claims ${size} bytes`);
      }
      this.startContent(size, { extension: typeFlag }, true);
      return;
    }
    const entry = describe(block, size, this.pending);
    this.pending = { pax: new Map() };
    this.entries.push(entry);
    let keep = entry.kind === 'file' && this.keep(entry.name);
    if (keep && size > this.limit) {
      this.oversized.add(entry.name);
      keep = false;
    }
    this.startContent(NO_CONTENT.has(typeFlag) ? 0 : size, { member: entry.name }, keep);
  }

  private startContent(size: number, reading: TarParser['reading'], keep: boolean): void {
    this.reading = reading;
    this.chunks = keep ? [] : undefined;
    this.remaining = size;
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (size === 0) this.finishContent();
  }

  private finishContent(): void {
    const { reading, chunks } = this;
    this.reading = undefined;
    this.chunks = undefined;
    if (!reading || !chunks) return;
    const content = Buffer.concat(chunks);
    if ('member' in reading) {
      this.contents.set(reading.member, content);
      return;
    }
    const type = reading.extension;
    if (type === 'x') this.pending.pax = parsePax(content, this.label);
    else if (type === 'L') this.pending.longName = content.toString('utf8').replace(/\0+$/, '');
    else if (type === 'K') this.pending.longLink = content.toString('utf8').replace(/\0+$/, '');
    // 'g', global pax defaults: nothing in them changes the names read here.
  }
}

/** The members of an uncompressed tar held in memory (and the content of those `keep` names). */
export function listTarEntries(
  data: Buffer,
  label = 'The archive',
  keep?: (name: string) => boolean,
): TarContents {
  const parser = new TarParser(label, keep);
  parser.push(data);
  return parser.end();
}

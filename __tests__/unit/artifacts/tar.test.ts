import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTarEntries, TarParser } from '../../../src/artifacts/tar.js';
import { readTarGzFile, readTarGzStream } from '../../../src/artifacts/tar-gz.js';
import { UserError } from '../../../src/errors.js';
import {
  coreMetadata,
  makeTar,
  makeTarGz,
  tarGzMembers,
  type ArchiveMember,
  type TarFormat,
} from '../../helpers/archives.js';
import { writeBombSdist } from '../../helpers/python-archives.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'pyrelease-tar-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let counter = 0;
async function freshDir(): Promise<string> {
  const dir = path.join(scratch, `case-${++counter}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

function thrown(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

async function refusal(action: () => Promise<unknown>): Promise<UserError> {
  const error = await action().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof UserError) return error;
  throw new Error(`expected a UserError, got ${String(error)}`);
}

const LONG_NAME = `pkg-1.0/${'deep/'.repeat(25)}module_with_a_long_name.py`;
const KINDS = { directory: 'dir', file: 'file', symlink: 'symlink' } as const;

describe('tar reader', () => {
  const members: ArchiveMember[] = [
    { name: 'pkg-1.0/', type: 'directory' },
    { name: 'pkg-1.0/PKG-INFO', content: coreMetadata('pkg', '1.0') },
    { name: LONG_NAME, content: 'long\n' },
    { name: 'pkg-1.0/big.bin', content: Buffer.alloc(1300, 7) },
    { name: 'pkg-1.0/link', type: 'symlink', linkName: 'PKG-INFO' },
  ];

  for (const format of ['ustar', 'gnu', 'pax'] as TarFormat[]) {
    it(`lists ${format} archives with long names, keeping only the members asked for`, async () => {
      const keep = (name: string) => name === LONG_NAME || name.endsWith('big.bin');
      const archive = await readTarGzStream(
        Readable.from([makeTarGz(members, format)]),
        1000,
        'x.tar.gz',
        keep,
      );
      expect(archive.entries.map((entry) => [entry.name, entry.kind])).toEqual(
        members.map((m) => [m.name, KINDS[m.type ?? 'file']]),
      );
      expect([...archive.contents.keys()]).toEqual([LONG_NAME, 'pkg-1.0/big.bin']);
      expect(archive.contents.get(LONG_NAME)!.toString()).toBe('long\n');
      expect(archive.contents.get('pkg-1.0/big.bin')).toEqual(Buffer.alloc(1300, 7));
      expect(archive.entries.at(-1)!.linkName).toBe('PKG-INFO');
    });
  }

  it('reads the same members whatever the chunks the stream comes in', () => {
    const tar = makeTar(members, 'pax');
    for (const size of [1, 7, 511, 513, 4096]) {
      const parser = new TarParser('x.tar', () => true);
      for (let at = 0; at < tar.length; at += size) parser.push(tar.subarray(at, at + size));
      const read = parser.end();
      expect(read.entries.map((entry) => entry.name)).toEqual(members.map((m) => m.name));
      expect(read.contents.get('pkg-1.0/big.bin')).toEqual(Buffer.alloc(1300, 7));
    }
  });

  it('agrees with GNU tar on the archives the test helper writes', async () => {
    for (const format of ['ustar', 'gnu', 'pax'] as TarFormat[]) {
      const file = path.join(await freshDir(), 'helper.tar');
      await writeFile(file, makeTar(members, format));
      const listed = execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n');
      expect(listed).toEqual(members.map((m) => m.name));
    }
  });

  for (const format of ['gnu', 'pax', 'ustar']) {
    it(`reads a --format=${format} archive written by GNU tar`, async () => {
      const dir = await freshDir();
      const long = `pkg-1.0/${'d'.repeat(60)}/${'e'.repeat(60)}/file.txt`;
      await mkdir(path.join(dir, path.dirname(long)), { recursive: true });
      await writeFile(path.join(dir, long), 'content\n');
      await symlink('file.txt', path.join(dir, path.dirname(long), 'alias'));
      execFileSync('tar', [`--format=${format}`, '-czf', 'out.tar.gz', 'pkg-1.0'], { cwd: dir });
      const archive = await tarGzMembers(path.join(dir, 'out.tar.gz'));
      const file = archive.entries.find((entry) => entry.name === long);
      expect(file?.kind).toBe('file');
      expect(archive.contents.get(long)!.toString()).toBe('content\n');
      const alias = archive.entries.find((entry) => entry.name.endsWith('/alias'))!;
      expect([alias.kind, alias.linkName]).toEqual(['symlink', 'file.txt']);
      expect(archive.entries.filter((entry) => entry.kind === 'dir').length).toBe(3);
    });
  }

  for (const format of ['gnu', 'pax']) {
    it(`flags the sparse members GNU tar writes (--format=${format})`, async () => {
      const dir = await freshDir();
      await mkdir(path.join(dir, 'pkg-1.0'));
      // A hole of 1 MiB with data after it.
      execFileSync('truncate', ['-s', '1M', 'pkg-1.0/holes.bin'], { cwd: dir });
      execFileSync('sh', ['-c', 'printf end >> pkg-1.0/holes.bin'], { cwd: dir });
      execFileSync('tar', [`--format=${format}`, '--sparse', '-czf', 'out.tar.gz', 'pkg-1.0'], {
        cwd: dir,
      });
      const archive = await tarGzMembers(path.join(dir, 'out.tar.gz'));
      const holes = archive.entries.find((entry) => entry.name.endsWith('holes.bin'));
      expect(holes).toMatchObject({ name: 'pkg-1.0/holes.bin', kind: 'sparse' });
    });
  }

  it('refuses truncated and damaged archives', async () => {
    const gz = makeTarGz(members);
    const cut = path.join(await freshDir(), 'cut.tar.gz');
    await writeFile(cut, gz.subarray(0, gz.length - 20));
    const cutGz = await refusal(() => readTarGzFile(cut, 'cut.tar.gz', () => false));
    expect(cutGz.title).toBe('Unreadable sdist');
    expect(cutGz.message).toMatch(/cut\.tar\.gz .*gunzip fails/);

    const tar = makeTar(members, 'ustar');
    // Headers: the directory at 0, PKG-INFO at 512 (content 1024..1536), the long name at 1536.
    expect(thrown(() => listTarEntries(tar.subarray(0, 1024 + 10))).message).toMatch(
      /content of the entry at byte 512 is truncated/,
    );
    expect(thrown(() => listTarEntries(tar.subarray(0, 1536 + 200))).message).toMatch(
      /ends inside a header at byte 1536/,
    );
    const damaged = Buffer.from(tar);
    damaged[512 + 3]! ^= 0x01;
    expect(thrown(() => listTarEntries(damaged)).message).toMatch(/byte 512 fails its checksum/);
  });

  it('accepts a tar that ends without the closing zero blocks', () => {
    const tar = makeTar(members.slice(0, 2), 'ustar');
    expect(listTarEntries(tar.subarray(0, tar.length - 1024)).entries.map((e) => e.name)).toEqual([
      'pkg-1.0/',
      'pkg-1.0/PKG-INFO',
    ]);
  });

  it('keeps no member above its limit, and says which', () => {
    const parser = new TarParser('x.tar', () => true, 1000);
    parser.push(makeTar(members, 'gnu'));
    const read = parser.end();
    expect([...read.oversized]).toEqual(['pkg-1.0/big.bin']);
    expect(read.contents.has('pkg-1.0/big.bin')).toBe(false);
  });

  it('refuses a gzip bomb as soon as it passes the limit, without inflating the rest', async () => {
    const file = path.join(await freshDir(), 'pkg-1.0.tar.gz');
    writeBombSdist(file, 'pkg-1.0/zeros.bin', 600);
    const started = Date.now();
    const error = await refusal(() => readTarGzFile(file, 'pkg-1.0.tar.gz', () => false));
    expect(error.title).toBe('Oversized sdist');
    expect(error.message).toMatch(
      /pkg-1\.0\.tar\.gz gunzips to more than \d+ MiB \(a 2\.\d MiB file may hold 100 times its size/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);
});

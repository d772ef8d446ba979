import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZip, zipEntryKind } from '../../../src/artifacts/zip.js';
import { UserError } from '../../../src/errors.js';
import { makeZip, zipMembers, type ArchiveMember } from '../../helpers/archives.js';
import {
  python,
  writeBombWheel,
  writeManyEntryWheel,
  writeSymlinkWheel,
} from '../../helpers/python-archives.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'pyrelease-zip-'));
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

async function written(data: Buffer, name = 'a.zip'): Promise<string> {
  const file = path.join(await freshDir(), name);
  await writeFile(file, data);
  return file;
}

async function refusal(action: () => Promise<unknown>): Promise<UserError> {
  const error = await action().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof UserError) return error;
  throw new Error(`expected a UserError, got ${String(error)}`);
}

/** Reads one entry by name from the zip at `file`. */
async function readOne(file: string, name: string, limit?: number): Promise<Buffer> {
  const zip = await openZip(file, path.basename(file));
  try {
    return await zip.read(
      zip.entries.find((entry) => entry.name === name)!,
      limit,
    );
  } finally {
    await zip.close();
  }
}

const members: ArchiveMember[] = [
  { name: 'pkg/__init__.py', content: 'VALUE = 1\n'.repeat(50) },
  { name: 'pkg/empty.txt', content: '' },
  { name: 'pkg/ünïcode.txt', content: 'ü' },
];

describe('zip reader', () => {
  for (const method of [0, 8] as const) {
    it(`lists and reads entries (method ${method})`, async () => {
      const file = await written(makeZip(members, method));
      const zip = await openZip(file);
      expect(
        zip.entries.map((entry) => [entry.name, entry.method, entry.size, entry.kind]),
      ).toEqual(members.map((m) => [m.name, method, Buffer.byteLength(m.content ?? ''), 'file']));
      for (const [index, entry] of zip.entries.entries()) {
        expect((await zip.read(entry)).toString()).toBe(members[index]!.content);
      }
      await zip.close();
    });
  }

  it("agrees with Python's zipfile on the archives the test helper writes", async () => {
    const file = await written(makeZip(members));
    // testzip() checks every CRC; the names need the UTF-8 flag to come back as written.
    const script =
      'import json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps(z.namelist()))';
    expect(JSON.parse(python(script, file))).toEqual(members.map((m) => m.name));
  });

  it('reads a zip written by the zip command, directories and comment included', async () => {
    const dir = await freshDir();
    await mkdir(path.join(dir, 'tree/sub'), { recursive: true });
    const text = 'compressible line\n'.repeat(200);
    await writeFile(path.join(dir, 'tree/sub/a.txt'), text);
    await writeFile(path.join(dir, 'tree/b.bin'), Buffer.from([0, 1, 2, 255]));
    execFileSync('zip', ['-q', '-r', 'out.zip', 'tree'], { cwd: dir });
    execFileSync('zip', ['-q', '-z', 'out.zip'], {
      cwd: dir,
      input: 'a comment with PK\x05\x06 in it\n',
    });
    const found = await zipMembers(path.join(dir, 'out.zip'));
    expect(found.map((entry) => [entry.name, entry.kind]).sort()).toEqual(
      [
        ['tree/', 'dir'],
        ['tree/b.bin', 'file'],
        ['tree/sub/', 'dir'],
        ['tree/sub/a.txt', 'file'],
      ].sort(),
    );
    expect(found.find((entry) => entry.name === 'tree/sub/a.txt')!.content.toString()).toBe(text);
    expect([...found.find((entry) => entry.name === 'tree/b.bin')!.content]).toEqual([
      0, 1, 2, 255,
    ]);
  });

  it('reads a zip64 archive written by zip -fz', async () => {
    const dir = await freshDir();
    await writeFile(path.join(dir, 'a.txt'), 'hi\n');
    execFileSync('zip', ['-q', '-fz', 'z64.zip', 'a.txt'], { cwd: dir });
    // The zip64 end of central directory locator is there.
    expect(
      (await readFile(path.join(dir, 'z64.zip'))).includes(Buffer.from('PK\x06\x07', 'latin1')),
    ).toBe(true);
    expect((await readOne(path.join(dir, 'z64.zip'), 'a.txt')).toString()).toBe('hi\n');
  });

  it("reads Python's zip64 archives: more than 65,535 entries, and zip64 fields on every entry", async () => {
    const dir = await freshDir();
    const many = path.join(dir, 'many-1.0-py3-none-any.whl');
    writeManyEntryWheel(many, 70_000, { name: 'many' });
    const forced = path.join(dir, 'forced-1.0-py3-none-any.whl');
    writeManyEntryWheel(forced, 10, { name: 'forced', forceZip64: true });
    const zip = await openZip(many);
    expect(zip.entries.length).toBe(70_004);
    const metadata = zip.entries.find((entry) => entry.name === 'many-1.0.dist-info/METADATA')!;
    expect((await zip.read(metadata)).toString()).toContain('Name: many');
    await zip.close();
    const small = await zipMembers(forced);
    expect(small.find((entry) => entry.name === 'forced/sub0/m9.py')!.content.toString()).toBe(
      'x = 1\n',
    );
  }, 60_000);

  it('refuses truncated archives and damaged entries', async () => {
    const data = makeZip(members);
    const cutFile = await written(data.subarray(0, data.length - 30));
    const cut = await refusal(() => openZip(cutFile, 'cut.whl'));
    expect(cut.title).toBe('Unreadable wheel');
    expect(cut.message).toMatch(/cut\.whl is not a readable zip file: .*central directory/);
    expect((await refusal(async () => openZip(await written(Buffer.from('PK'))))).title).toBe(
      'Unreadable wheel',
    );

    // Central directory intact, start of the file gone: the local header is not there.
    const headless = await written(Buffer.concat([Buffer.alloc(40), data.subarray(40)]));
    expect((await refusal(() => readOne(headless, members[0]!.name))).message).toMatch(
      /local file header/,
    );

    const flipped = makeZip(members, 0);
    flipped[30 + Buffer.byteLength(members[0]!.name)]! ^= 0xff;
    expect(
      (await refusal(async () => readOne(await written(flipped), members[0]!.name))).message,
    ).toMatch(/fails its CRC check/);
  });

  it('stops inflating at the declared size when an entry holds more', async () => {
    const data = makeZip([{ name: 'bomb', content: Buffer.alloc(10_000_000) }]);
    // The central directory (after the one local entry) says 1,000 bytes.
    const central = data.length - 22 - 46 - 4;
    expect(data.readUInt32LE(central)).toBe(0x02014b50);
    data.writeUInt32LE(1000, central + 24);
    const error = await refusal(async () => readOne(await written(data), 'bomb'));
    expect(error.message).toMatch(/"bomb" does not inflate to its declared 1000 bytes/);
  });

  it('refuses a METADATA that declares 700 MB without inflating it', async () => {
    const file = path.join(await freshDir(), 'pkg-1.0-py3-none-any.whl');
    writeBombWheel(file, 'METADATA', 700);
    expect((await readFile(file)).length).toBeLessThan(1_000_000);
    const started = Date.now();
    const error = await refusal(() => readOne(file, 'pkg-1.0.dist-info/METADATA'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.title).toBe('Oversized archive entry');
    expect(error.message).toMatch(
      /METADATA" declares 734003\d+ bytes \(700 MiB\); pyrelease reads at most 64 MiB/,
    );
    // Below the cap, the same entry is read within its declared size.
    expect((await readOne(file, 'pkg-1.0.dist-info/WHEEL', 1000)).toString()).toContain('Tag:');
  }, 60_000);

  it('tells symbolic links, folders and files apart by their Unix mode', async () => {
    const file = path.join(await freshDir(), 'pkg-1.0-py3-none-any.whl');
    writeSymlinkWheel(file, 'pkg/data', '../../../etc');
    const found = await zipMembers(file);
    expect(found.find((entry) => entry.name === 'pkg/data')).toMatchObject({ kind: 'symlink' });
    expect(found.find((entry) => entry.name === 'pkg/__init__.py')).toMatchObject({ kind: 'file' });
    expect(zipEntryKind('a/', 0x314, 0o040755 << 16)).toBe('dir');
    expect(zipEntryKind('fifo', 0x314, 0o010644 << 16)).toBe('other');
    expect(zipEntryKind('dos', 0x014, 0x10)).toBe('dir');
    expect(zipEntryKind('plain', 0x314, 0)).toBe('file');
  });
});

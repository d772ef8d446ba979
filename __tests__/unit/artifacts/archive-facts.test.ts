import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchiveFacts } from '../../../src/artifacts/archive-facts.js';
import { writeLinkSdist, writeSymlinkWheel } from '../../helpers/python-archives.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-facts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readArchiveFacts', () => {
  it("gives a wheel's entries with sizes, method and kind, and the members asked for", async () => {
    const file = path.join(dir, 'pkg-1.0-py3-none-any.whl');
    writeSymlinkWheel(file, 'pkg/link', 'target');
    const facts = await readArchiveFacts(file, (name) => name.endsWith('/METADATA'));
    expect(facts.entries.map((entry) => [entry.name, entry.method, entry.kind])).toEqual([
      ['pkg/__init__.py', 8, 'file'],
      ['pkg-1.0.dist-info/METADATA', 8, 'file'],
      ['pkg/link', 0, 'symlink'],
      ['pkg-1.0.dist-info/RECORD', 8, 'file'],
    ]);
    const link = facts.entries.find((entry) => entry.name === 'pkg/link')!;
    expect([link.size, typeof link.compressedSize]).toEqual([6, 'number']);
    expect([...facts.members.keys()]).toEqual(['pkg-1.0.dist-info/METADATA']);
    expect(facts.fileSize).toBeGreaterThan(0);
  });

  it("gives an sdist's members with their kinds and link targets", async () => {
    const file = path.join(dir, 'pkg-1.0.tar.gz');
    writeLinkSdist(file, [
      ['pkg-1.0', 'dir'],
      ['pkg-1.0/PKG-INFO', 'file'],
      ['pkg-1.0/alias', 'symlink', 'PKG-INFO'],
      ['pkg-1.0/hard', 'hardlink', 'pkg-1.0/PKG-INFO'],
    ]);
    const facts = await readArchiveFacts(file, (name) => name.endsWith('PKG-INFO'));
    expect(facts.entries.map((entry) => [entry.name, entry.kind, entry.linkName])).toEqual([
      ['pkg-1.0/', 'dir', undefined],
      ['pkg-1.0/PKG-INFO', 'file', undefined],
      ['pkg-1.0/alias', 'symlink', 'PKG-INFO'],
      ['pkg-1.0/hard', 'hardlink', 'pkg-1.0/PKG-INFO'],
    ]);
    expect(facts.entries.every((entry) => entry.method === undefined)).toBe(true);
    expect(facts.members.get('pkg-1.0/PKG-INFO')!.toString()).toContain('Name: pkg');
  });
});

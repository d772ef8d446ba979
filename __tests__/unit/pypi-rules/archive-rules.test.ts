// The archive rules: decompression bombs, compression methods, sparse members, WHEEL, RECORD.
import { describe, expect, it } from 'vitest';
import { archiveRefusals } from '../../../src/pypi-rules/archive-rules.js';
import { sdist, wheel, wheelEntries } from './helpers.js';

const MIB = 1024 * 1024;

function ids(refusals: { rule: { id: string } }[]): string[] {
  return refusals.map((refusal) => refusal.rule.id);
}

describe('archive rules', () => {
  it('accepts a plain wheel', () => {
    expect(archiveRefusals(wheel())).toEqual([]);
  });

  it('refuses a wheel above 64 MiB unpacked at a ratio above 50, as PyPI does', () => {
    const bomb = {
      name: 'demo/zeros.bin',
      size: 65 * MIB,
      compressedSize: 65 * 1024,
      method: 8,
      kind: 'file' as const,
    };
    const refusals = archiveRefusals(wheel({ size: 1 * MIB, entries: wheelEntries([bomb]) }));
    expect(ids(refusals)).toEqual(['compression-ratio']);
    expect(refusals[0]!.message).toMatch(
      /demo-1\.0-py3-none-any\.whl unpacks to 65\.0 MiB .*ratio of 65.*File exceeds compression ratio of 50/,
    );
  });

  it('accepts a high ratio below the minimum size, and a large archive at ratio 50', () => {
    const small = {
      name: 'demo/z',
      size: 60 * MIB,
      compressedSize: 1,
      method: 8,
      kind: 'file' as const,
    };
    expect(archiveRefusals(wheel({ size: 1024, entries: wheelEntries([small]) }))).toEqual([]);
    const large = {
      name: 'demo/z',
      size: 100 * MIB,
      compressedSize: 1,
      method: 8,
      kind: 'file' as const,
    };
    expect(archiveRefusals(wheel({ size: 4 * MIB, entries: wheelEntries([large]) }))).toEqual([]);
  });

  it('refuses compression other than stored and deflate, naming the entries', () => {
    const entry = {
      name: 'demo/data.bin',
      size: 10,
      compressedSize: 5,
      method: 14,
      kind: 'file' as const,
    };
    const refusals = archiveRefusals(wheel({ entries: wheelEntries([entry]) }));
    expect(ids(refusals)).toEqual(['compression-method']);
    expect(refusals[0]!.message).toContain('demo/data.bin (LZMA)');
  });

  it('refuses sparse tar members in an sdist', () => {
    const facts = sdist();
    const refusals = archiveRefusals(
      sdist({
        entries: [...facts.entries!, { name: 'demo-1.0/big.img', size: 5, kind: 'sparse' }],
      }),
    );
    expect(ids(refusals)).toEqual(['sparse-member']);
    expect(refusals[0]!.message).toContain('demo-1.0/big.img');
  });

  it('refuses a wheel without WHEEL where PyPI looks: the file name’s first two parts', () => {
    const entries = wheelEntries().filter((entry) => !entry.name.endsWith('/WHEEL'));
    expect(ids(archiveRefusals(wheel({ entries })))).toEqual(['wheel-file']);
    // A dist-info named otherwise than the file holds no WHEEL for PyPI.
    const renamed = wheel({ filename: 'demo-1.0.0-py3-none-any.whl' });
    expect(ids(archiveRefusals(renamed))).toContain('wheel-file');
  });

  it('refuses a wheel whose RECORD is missing or not UTF-8', () => {
    expect(ids(archiveRefusals(wheel({ record: undefined })))).toEqual(['wheel-record']);
    expect(ids(archiveRefusals(wheel({ record: Buffer.from([0xff, 0xfe, 0x00]) })))).toEqual([
      'wheel-record',
    ]);
  });

  it('refuses entry_points.txt that configparser cannot read or whose script names hold a path', () => {
    const broken = wheel({ entryPoints: Buffer.from('[console_scripts]\ndemo\n') });
    expect(ids(archiveRefusals(broken))).toEqual(['entry-points']);
    const path = wheel({
      entryPoints: Buffer.from('[console_scripts]\n../bin/demo = demo:main\n'),
    });
    const refusals = archiveRefusals(path);
    expect(refusals[0]!.message).toContain('"../bin/demo" in [console_scripts]');
    const fine = wheel({ entryPoints: Buffer.from('[console_scripts]\ndemo-cli = demo:main\n') });
    expect(archiveRefusals(fine)).toEqual([]);
  });
});

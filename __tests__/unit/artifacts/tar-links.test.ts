import { describe, expect, it } from 'vitest';
import type { ArchiveEntry } from '../../../src/artifacts/archive-entry.js';
import { linkEscapes } from '../../../src/artifacts/tar-links.js';

function member(spec: string): ArchiveEntry {
  const [name, target] = spec.split(' -> ') as [string, string | undefined];
  const hard = target?.startsWith('=');
  return {
    name,
    size: 0,
    compressedSize: undefined,
    method: undefined,
    kind: target === undefined ? 'file' : hard ? 'hardlink' : 'symlink',
    ...(target === undefined ? {} : { linkName: hard ? target.slice(1) : target }),
  };
}

const escapes = (...specs: string[]) => linkEscapes(specs.map(member));

describe('links resolved together', () => {
  it('finds a member written outside through links that each stay inside', () => {
    const found = escapes('pkg/a -> .', 'pkg/b -> a/../..', 'pkg/b/file');
    expect(found).toContain(
      '"pkg/b/file" climbs above the archive through pkg/b -> a/../.., pkg/a -> .',
    );
    expect(found).toContain('"pkg/b" climbs above the archive through pkg/a -> .');
  });

  it('finds the same chain at the top of the archive', () => {
    expect(escapes('a -> .', 'b -> a/../..', 'b/file')).toContain(
      '"b/file" climbs above the archive through b -> a/../.., a -> .',
    );
  });

  it('follows links to absolute paths and round loops', () => {
    expect(escapes('pkg/etc -> /etc', 'pkg/etc/passwd')).toEqual([
      '"pkg/etc/passwd" reaches the absolute path /etc through pkg/etc -> /etc',
    ]);
    expect(escapes('pkg/x -> y', 'pkg/y -> x', 'pkg/x/file')[0]).toMatch(
      /"pkg\/x\/file" goes round a loop of links through pkg\/x -> y, pkg\/y -> x, /,
    );
  });

  it('finds a hard link whose target passes through a symbolic link', () => {
    expect(escapes('pkg/up -> ..', 'pkg/h -> =pkg/up/../x')).toEqual([
      '"pkg/h" links to pkg/up/../x, which climbs above the archive through pkg/up -> ..',
    ]);
  });

  it('passes links that stay inside, however they are combined', () => {
    expect(
      escapes(
        'pkg/',
        'pkg/src/mod.py',
        'pkg/alias -> src',
        'pkg/alias/other.py',
        'pkg/self -> .',
        'pkg/self/self/file',
        'pkg/docs -> ../pkg/src',
        'pkg/h -> =pkg/src/mod.py',
      ),
    ).toEqual([]);
  });

  it('leaves a lone ".." name to the unsafe path check', () => {
    expect(escapes('../evil')).toEqual([]);
  });

  it('resolves 65,000 members in bounded time', () => {
    const specs = [
      'pkg/a -> .',
      ...Array.from({ length: 65_000 }, (_, i) => `pkg/a/d${i % 100}/f${i}`),
    ];
    const started = Date.now();
    expect(escapes(...specs)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

// A bump writes the next version the way each file states versions.
import { describe, expect, it } from 'vitest';
import type { VersionSource } from '../../../../src/project/version-origin.js';
import { writeVersion } from '../../../../src/project/version-files/write-version.js';

const next = { pep440: '1.3.0rc1', written: '1.3.0-rc.1' };

function source(kind: VersionSource['kind'], text: string, value: string, extra = {}) {
  const line = text.split('\n').findIndex((candidate) => candidate.includes(value)) + 1;
  const column = text.split('\n')[line - 1]!.indexOf(value) + 1;
  return { kind, label: kind, file: 'f', line, column, value, ...extra } as VersionSource;
}

describe('writeVersion', () => {
  it('replaces the value in place, as the project writes versions', () => {
    const text = '[project]\nname = "p"\nversion = "1.2.0"\n';
    expect(writeVersion(text, source('pyproject', text, '1.2.0'), next)).toBe(
      '[project]\nname = "p"\nversion = "1.3.0-rc.1"\n',
    );
  });
  it('writes PEP 440 normal form where the tool does (uv.lock), SemVer for Cargo', () => {
    const lock = '[[package]]\nname = "p"\nversion = "1.2.0"\n';
    expect(writeVersion(lock, source('uv-lock', lock, '1.2.0'), next)).toContain('"1.3.0rc1"');
    const cargo = '[package]\nversion = "1.2.0"\n';
    expect(
      writeVersion(cargo, source('cargo', cargo, '1.2.0', { spelling: 'semver' }), next),
    ).toContain('"1.3.0-rc.1"');
  });
  it('refuses a version written with a TOML escape, at its file and line', () => {
    const text = '[project]\nname = "p"\nversion = "1.2\\u002e0"\n';
    const at = { ...source('pyproject', text, '1.2\\u002e0'), file: 'pkg/pyproject.toml' };
    expect(() => writeVersion(text, { ...at, value: '1.2.0' }, next)).toThrow(
      'pkg/pyproject.toml writes the version at line 3 with an escape sequence, which a bump cannot edit in place. Write it there as "1.2.0"',
    );
  });
  it("rewrites incremental's Version(…) call from the version's numbers", () => {
    const text = 'from incremental import Version\n__version__ = Version("p", 1, 2, 0)\n';
    // Its value is the version the call computes; its line, the call's.
    const call = { ...source('incremental', text, 'Version("p", 1, 2, 0)'), value: '1.2.0' };
    const edited = writeVersion(text, call, next);
    expect(edited).toContain('Version("p", 1, 3, 0, release_candidate=1)');
    expect(edited.startsWith('from incremental import Version\n')).toBe(true);
  });
});

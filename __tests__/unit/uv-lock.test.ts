import { describe, expect, it } from 'vitest';
import { readLockedVersion } from '../../src/sources/uv-lock.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

// The shape `uv lock` writes: the project itself is the package whose source is editable ".".
const LOCK = lines(
  'version = 1', // 1
  'revision = 2', // 2
  'requires-python = ">=3.9"', // 3
  '', // 4
  '[[package]]', // 5
  'name = "anyio"', // 6
  'version = "4.6.0"', // 7
  'source = { registry = "https://pypi.org/simple" }', // 8
  'dependencies = [', // 9
  '    { name = "idna" },', // 10
  ']', // 11
  'sdist = { url = "https://files.pythonhosted.org/anyio-4.6.0.tar.gz", hash = "sha256:00" }', // 12
  '', // 13
  '[[package]]', // 14
  'name = "hello-pyrelease"', // 15
  'version = "0.1.15"', // 16
  'source = { editable = "." }', // 17
  'dependencies = [', // 18
  '    { name = "anyio" },', // 19
  ']', // 20
  '', // 21
  '[package.metadata]', // 22
  'requires-dist = [{ name = "anyio", specifier = ">=4" }]', // 23
  '', // 24
  '[[package]]', // 25
  'name = "idna"', // 26
  'version = "3.10"', // 27
  'source = { registry = "https://pypi.org/simple" }', // 28
);

describe('readLockedVersion', () => {
  it("finds the project's own entry with the value's line and column", () => {
    expect(readLockedVersion(LOCK, 'hello-pyrelease')).toEqual({
      value: '0.1.15',
      line: 16,
      column: 12,
    });
  });

  it('matches the project name by its canonical form', () => {
    expect(readLockedVersion(LOCK, 'Hello_PyRelease')?.line).toBe(16);
    expect(readLockedVersion(LOCK, 'hello.pyrelease')?.value).toBe('0.1.15');
  });

  it('ignores a package of the same name that is not the editable root', () => {
    const lock = LOCK.replace(
      'source = { editable = "." }',
      'source = { registry = "https://pypi.org/simple" }',
    );
    expect(readLockedVersion(lock, 'hello-pyrelease')).toBeUndefined();
    const member = LOCK.replace('editable = "."', 'editable = "packages/hello"');
    expect(readLockedVersion(member, 'hello-pyrelease')).toBeUndefined();
  });

  it('accepts a virtual root and a source written before the version', () => {
    const lock = lines(
      'version = 1',
      '',
      '[[package]]',
      'name = "app"',
      'source = { virtual = "." }',
      'version = "2.0.0rc1"',
    );
    expect(readLockedVersion(lock, 'app')).toEqual({ value: '2.0.0rc1', line: 6, column: 12 });
  });

  it('finds the last package of the file and reads CRLF', () => {
    const lock = lines(
      '[[package]]',
      'name = "idna"',
      'version = "3.10"',
      'source = { editable = "." }',
    ).replace(/\n/g, '\r\n');
    expect(readLockedVersion(lock, 'idna')).toEqual({ value: '3.10', line: 3, column: 12 });
  });

  it('does not take the lock file format version for the project version', () => {
    expect(readLockedVersion('version = 1\nrevision = 2\n', 'hello-pyrelease')).toBeUndefined();
    expect(readLockedVersion('', 'hello-pyrelease')).toBeUndefined();
  });

  it('does not mistake dependency names inside other packages for the project', () => {
    const lock = lines(
      '[[package]]',
      'name = "other"',
      'version = "9.9.9"',
      'source = { editable = "." }',
      'dependencies = [',
      '    { name = "hello-pyrelease" },',
      ']',
    );
    expect(readLockedVersion(lock, 'hello-pyrelease')).toBeUndefined();
  });
});

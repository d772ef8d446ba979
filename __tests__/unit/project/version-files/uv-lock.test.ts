import { describe, expect, it } from 'vitest';
import {
  lockedProjects,
  readLockedVersion,
} from '../../../../src/project/version-files/uv-lock.js';

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

// The shape uv writes for a workspace: one lock at the root, each member by its folder.
const WORKSPACE = lines(
  'version = 1', // 1
  'revision = 3', // 2
  'requires-python = ">=3.9"', // 3
  '', // 4
  '[manifest]', // 5
  'members = [', // 6
  '    "pkg-a",', // 7
  '    "pkg-b",', // 8
  '    "root",', // 9
  ']', // 10
  '', // 11
  '[[package]]', // 12
  'name = "pkg-a"', // 13
  'version = "0.1.0"', // 14
  'source = { editable = "packages/pkg-a" }', // 15
  '', // 16
  '[[package]]', // 17
  'name = "pkg-b"', // 18
  'version = "0.2.0"', // 19
  'source = { editable = "packages/pkg-b" }', // 20
  'dependencies = [', // 21
  '    { name = "pkg-a" },', // 22
  ']', // 23
  '', // 24
  '[package.metadata]', // 25
  'requires-dist = [{ name = "pkg-a", editable = "packages/pkg-a" }]', // 26
  '', // 27
  '[[package]]', // 28
  'name = "root"', // 29
  'version = "0.0.0"', // 30
  'source = { virtual = "." }', // 31
  '', // 32
  '[[package]]', // 33
  'name = "tool"', // 34
  'source = { editable = "./tools/tool/" }', // 35
);

describe('a uv workspace lock', () => {
  it('lists every member by its folder, with its version where uv wrote one', () => {
    expect(lockedProjects(WORKSPACE)).toEqual([
      { name: 'pkg-a', path: 'packages/pkg-a', version: { value: '0.1.0', line: 14, column: 12 } },
      { name: 'pkg-b', path: 'packages/pkg-b', version: { value: '0.2.0', line: 19, column: 12 } },
      { name: 'root', path: '.', version: { value: '0.0.0', line: 30, column: 12 } },
      { name: 'tool', path: 'tools/tool', version: undefined },
    ]);
  });

  it("reads a member's version by name and folder, never another member's", () => {
    expect(readLockedVersion(WORKSPACE, 'pkg_b', 'packages/pkg-b')?.line).toBe(19);
    expect(readLockedVersion(WORKSPACE, 'pkg-a', 'packages/pkg-a/')?.value).toBe('0.1.0');
    expect(readLockedVersion(WORKSPACE, 'pkg-a', 'packages/pkg-b')).toBeUndefined();
    expect(readLockedVersion(WORKSPACE, 'pkg-a')).toBeUndefined();
    expect(readLockedVersion(WORKSPACE, 'root')?.value).toBe('0.0.0');
    expect(readLockedVersion(WORKSPACE, 'tool', 'tools/tool')).toBeUndefined();
  });
});

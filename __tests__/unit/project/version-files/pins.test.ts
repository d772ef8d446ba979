import { describe, expect, it } from 'vitest';
import { findPins, otherMembers, stalePins } from '../../../../src/project/version-files/pins.js';

const PYPROJECT = [
  '[build-system]', // 1
  'requires = ["hatchling", "pkg-a==0.0.1"]', // 2
  '', // 3
  '[project]', // 4
  'name = "pkg-b"', // 5
  'version = "0.2.0"', // 6
  'dependencies = [', // 7
  '    "requests>=2",', // 8
  '    "pkg-a==0.1.0",  # the sibling', // 9
  '    \'Pkg_A[fast] == 0.1.0 ; python_version >= "3.9"\',', // 10
  '    "pkg-a>=0.1",', // 11
  '    "pkg-a==0.1.*",', // 12
  '    "pkg-ab==0.1.0",', // 13
  ']', // 14
  '', // 15
  '[project.optional-dependencies]', // 16
  'dev = ["pkg-a==0.0.9"]', // 17
  '', // 18
].join('\n');

describe('findPins', () => {
  it('finds each exact pin of the package in [project].dependencies with its line', () => {
    expect(findPins(PYPROJECT, 'packages/pkg-b/pyproject.toml', 'pkg-a')).toEqual([
      {
        file: 'packages/pkg-b/pyproject.toml',
        line: 9,
        requirement: 'pkg-a==0.1.0',
        version: '0.1.0',
      },
      {
        file: 'packages/pkg-b/pyproject.toml',
        line: 10,
        requirement: 'Pkg_A[fast] == 0.1.0 ; python_version >= "3.9"',
        version: '0.1.0',
      },
    ]);
  });

  it('reads an array on one line and CRLF files', () => {
    const text = '[project]\r\nname = "b"\r\ndependencies = ["x", "pkg-a===1.0"]\r\n';
    expect(findPins(text, 'p.toml', 'pkg-a')).toEqual([
      { file: 'p.toml', line: 3, requirement: 'pkg-a===1.0', version: '1.0' },
    ]);
    expect(findPins('[project]\nname = "b"\n', 'p.toml', 'pkg-a')).toEqual([]);
  });
});

describe('stalePins', () => {
  it('keeps the pins that name another version, by PEP 440 meaning', () => {
    const pins = findPins(PYPROJECT, 'p.toml', 'pkg-a');
    expect(stalePins(pins, '0.1.0')).toEqual([]);
    expect(stalePins(pins, '0.1.0.0')).toEqual([]);
    expect(stalePins(pins, '0.2.0').map((pin) => pin.line)).toEqual([9, 10]);
  });
});

describe('otherMembers', () => {
  const lock = {
    file: 'uv.lock',
    text: [
      '[[package]]',
      'name = "pkg-a"',
      'version = "0.1.0"',
      'source = { editable = "packages/pkg-a" }',
      '',
      '[[package]]',
      'name = "root"',
      'version = "0.0.0"',
      'source = { virtual = "." }',
      '',
      '[[package]]',
      'name = "requests"',
      'version = "2.0.0"',
      'source = { registry = "https://pypi.org/simple" }',
      '',
      '[[package]]',
      'name = "pkg-b"',
      'version = "0.2.0"',
      'source = { editable = "packages/pkg-b" }',
      '',
    ].join('\n'),
  };

  it("lists the lock's members and the listed packages, without the package itself", () => {
    expect(otherMembers(lock, ['packages/pkg-b', 'libs/c/'], 'packages/pkg-a')).toEqual([
      '.',
      'packages/pkg-b',
      'libs/c',
    ]);
    expect(otherMembers({ ...lock, file: 'py/uv.lock' }, [], 'py/packages/pkg-b')).toEqual([
      'py/packages/pkg-a',
      'py',
    ]);
    expect(otherMembers(undefined, ['a', 'b'], 'a')).toEqual(['b']);
  });
});

import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/errors.js';
import {
  findVersionAssignments,
  readPythonVersion,
} from '../../../../src/project/version-files/python-version.js';

const read = (text: string) => readPythonVersion(text, 'pkg/__init__.py');

describe('readPythonVersion', () => {
  const literals: [string, string, string, number][] = [
    ['double quotes', '__version__ = "1.0.0"', '1.0.0', 16],
    ['single quotes', "__version__ = '1.0.0'", '1.0.0', 16],
    ['an annotation', '__version__: str = "1.0.0"', '1.0.0', 21],
    ['a Final annotation', '__version__: Final[str] = "2.1"', '2.1', 28],
    ['a trailing comment', '__version__ = "1.0.0"  # x-release-please-version', '1.0.0', 16],
    ['a chained assignment', '__version__ = version = "1.0"', '1.0', 26],
    ['a three-way chain', '__version__ = VERSION = version = "0.9"', '0.9', 36],
    ['no spaces', "__version__='3.0rc1'", '3.0rc1', 14],
    ['a unicode prefix', '__version__ = u"0.4"', '0.4', 17],
  ];
  for (const [name, line, value, column] of literals) {
    it(`reads ${name}: ${line}`, () => {
      const text = `"""Docs."""\n\n${line}\n`;
      expect(read(text)).toEqual({ value, line: 3, column });
    });
  }

  it('points at the value with CRLF line endings and a BOM', () => {
    expect(read('\uFEFF__version__ = "1.2.3"\r\n__author__ = "me"\r\n')).toEqual({
      value: '1.2.3',
      line: 1,
      column: 16,
    });
    expect(read('\uFEFF"""Docs."""\r\n\r\n__version__ = "1.2.3"\r\n')).toEqual({
      value: '1.2.3',
      line: 3,
      column: 16,
    });
  });

  it('accepts the same value assigned twice', () => {
    expect(read('__version__ = "1.0"\n__version__ = \'1.0\'\n')).toEqual({
      value: '1.0',
      line: 1,
      column: 16,
    });
  });

  it('refuses two different literal values, pointing at the second', () => {
    let error: unknown;
    try {
      read('__version__ = "1.0"\nx = 1\n__version__ = "1.1"\n');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    const userError = error as UserError;
    expect(userError.title).toBe('Conflicting __version__');
    expect(userError.message).toContain('"1.0" on line 1');
    expect(userError.message).toContain('"1.1" on line 3');
    expect(userError.location).toEqual({ file: 'pkg/__init__.py', line: 3, column: 16 });
  });

  it('returns undefined for a file without __version__', () => {
    expect(read('')).toBeUndefined();
    expect(read('VERSION = "1.0"\n__version_info__ = (1, 0)\n')).toBeUndefined();
  });
});

describe('findVersionAssignments', () => {
  it('treats importlib.metadata as computed, not as a literal', () => {
    const text = [
      'import importlib.metadata',
      '',
      '__version__ = importlib.metadata.version("hello-pyrelease")',
      '',
    ].join('\n');
    expect(findVersionAssignments(text)).toEqual({ literals: [], computedLines: [3] });
    expect(read(text)).toBeUndefined();
  });

  it('treats a fallback inside try/except as conditional, not as the version that ships', () => {
    const text = [
      'from importlib.metadata import PackageNotFoundError, version',
      '',
      'try:',
      '    __version__ = version("hello-pyrelease")',
      'except PackageNotFoundError:',
      '    __version__ = "0.0.0+unknown"',
      '',
    ].join('\n');
    expect(findVersionAssignments(text)).toEqual({ literals: [], computedLines: [4, 6] });
    expect(read(text)).toBeUndefined();
  });

  it('ignores comparisons, other names and comments', () => {
    const text = [
      '# __version__ = "9.9.9"',
      'assert __version__ == "1.0"',
      '__version__ == "1.0"',
      '__version_tuple__ = (1, 0)',
      'my__version__ = "2.0"',
      '',
    ].join('\n');
    expect(findVersionAssignments(text)).toEqual({ literals: [], computedLines: [] });
  });

  it('treats an expression that merely contains a string as computed', () => {
    const text = [
      '__version__ = "1.0" + suffix',
      '__version__ = f"{major}.{minor}"',
      '__version__ = "1.0" if RELEASE else "1.0.dev0"',
      '__version__ = """1.0"""',
      '',
    ].join('\n');
    expect(findVersionAssignments(text)).toEqual({ literals: [], computedLines: [1, 2, 3, 4] });
  });

  it('lists every literal in file order', () => {
    const text = '__version__ = "1.0"\n\n__version__: str = \'1.0\'  # again\n';
    expect(findVersionAssignments(text).literals).toEqual([
      { value: '1.0', line: 1, column: 16 },
      { value: '1.0', line: 3, column: 21 },
    ]);
  });
});

// Versions spelt in numbers: what each spelling means under PEP 440, and a bump that edits each
// number where it is written and nothing else.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/errors.js';
import { readVersionTuple } from '../../../../src/project/version-files/version-tuple.js';
import { editVersionTuple } from '../../../../src/project/version-files/version-tuple-edit.js';
import { readModuleVersion } from '../../../../src/project/version-files/module-version.js';
import { writeVersion } from '../../../../src/project/version-files/write-version.js';
import { samePep440 } from '../../../../src/version/pep440.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

const DJANGO = lines(
  'from .utils.version import get_version',
  '',
  'VERSION = (3, 2, 0, "final", 0)',
  '',
  '__version__ = get_version(VERSION)',
);
const JOINED = lines('VERSION = (1, 4, 2)', '__version__ = ".".join(map(str, VERSION))');
const IPYTHON = lines(
  '_version_major = 3',
  '_version_minor = 4',
  '_version_patch = 0',
  '_version_extra = ".dev"',
  '# _version_extra = "rc1"',
  '# _version_extra = ""  # for full releases',
  '',
  '_ver = [_version_major, _version_minor, _version_patch]',
  "__version__ = '.'.join(map(str, _ver))",
  'if _version_extra:',
  '    __version__ = __version__ + _version_extra',
);

describe('readVersionTuple', () => {
  it.each([
    ['plain numbers joined with map(str, …)', JOINED, '1.4.2', 1, 12],
    ['Django’s VERSION with get_version(VERSION)', DJANGO, '3.2.0', 3, 12],
    [
      'a release level and its number',
      lines('version_info = (5, 0, 2, "rc", 1)', '__version__ = get_version(version_info)'),
      '5.0.2rc1',
      1,
      17,
    ],
    [
      'sys.version_info words (candidate)',
      lines("version_info = (2, 1, 0, 'candidate', 3)", '__version__ = fmt(version_info)'),
      '2.1.0rc3',
      1,
      17,
    ],
    [
      'alpha and beta',
      lines('VERSION = (1, 0, 0, "beta", 2)', '__version__ = get_version()'),
      '1.0.0b2',
      1,
      12,
    ],
    [
      'a list comprehension (gunicorn)',
      lines('version_info = (26, 1, 0)', '__version__ = ".".join([str(v) for v in version_info])'),
      '26.1.0',
      1,
      17,
    ],
    ['IPython’s _version_* names', IPYTHON, '3.4.0.dev', 1, 18],
    [
      '_version_extra = "rc1"',
      IPYTHON.replace('_version_extra = ".dev"', '_version_extra = "rc1"'),
      '3.4.0rc1',
      1,
      18,
    ],
    [
      '_version_extra = "" (a final release)',
      IPYTHON.replace('_version_extra = ".dev"', '_version_extra = ""'),
      '3.4.0',
      1,
      18,
    ],
  ])('%s', (_name, text, value, line, column) => {
    expect(readVersionTuple(text)).toMatchObject({ value, line, column });
  });

  it('reads a tuple an attribute names directly (setuptools joins it with dots)', () => {
    expect(readVersionTuple('VERSION = (2, 0, 1)\n', 'VERSION')).toMatchObject({
      name: 'VERSION',
      value: '2.0.1',
    });
  });

  it('ignores a tuple __version__ is not built from, and words that are no release level', () => {
    expect(
      readVersionTuple(lines('SIZES = (1, 2, 3)', '__version__ = version("pkg")')),
    ).toBeUndefined();
    expect(
      readVersionTuple(lines('VERSION = (1, 2, 3, "gamma", 1)', '__version__ = get_version()')),
    ).toBeUndefined();
    expect(
      readVersionTuple(lines('VERSION = (1, x, 3)', '__version__ = ".".join(map(str, VERSION))')),
    ).toBeUndefined();
  });

  it('takes the last module-level assignment of a part (IPython uncomments the release one)', () => {
    const release = IPYTHON.replace(
      '# _version_extra = ""  # for full releases',
      '_version_extra = ""  # for full releases',
    );
    expect(readVersionTuple(release)).toMatchObject({ value: '3.4.0' });
    expect(edit(release, '3.4.1rc1')).toBe(
      release
        .replace('_version_patch = 0', '_version_patch = 1')
        .replace('_version_extra = ""  #', '_version_extra = "rc1"  #'),
    );
  });

  it('reads and edits CRLF files with a BOM at the right offsets', () => {
    const text = '\uFEFF' + IPYTHON.replace(/\n/g, '\r\n');
    expect(readVersionTuple(text)).toMatchObject({ value: '3.4.0.dev', line: 1, column: 18 });
    expect(edit(text, '3.5.0')).toBe(
      text.replace('_version_minor = 4', '_version_minor = 5').replace('".dev"', '""'),
    );
    const joined = '\uFEFF' + JOINED.replace(/\n/g, '\r\n');
    expect(edit(joined, '1.4.3')).toBe(joined.replace('(1, 4, 2)', '(1, 4, 3)'));
  });

  it('reads hostile input in linear time', () => {
    const many = 'VERSION = ("""\n'.repeat(20_000) + '__version__ = f(VERSION)\n';
    const open = '_version_major = (' + '('.repeat(100_000) + '\n__version__ = x\n';
    const started = performance.now();
    expect(readVersionTuple(many)).toBeUndefined();
    expect(readVersionTuple(open)).toBeUndefined();
    expect(
      readVersionTuple(`VERSION = (${'1, '.repeat(50_000)}1)\n__version__ = f(VERSION)`),
    ).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('readModuleVersion', () => {
  it('names the tuple as the source, with the module attribute it was read for', () => {
    expect(readModuleVersion('pkg/__init__.py', JOINED)).toEqual({
      kind: 'source',
      source: {
        kind: 'tuple',
        label: 'pkg/__init__.py VERSION',
        file: 'pkg/__init__.py',
        value: '1.4.2',
        line: 1,
        column: 12,
      },
    });
    const attr = readModuleVersion('pkg/v.py', 'VERSION = (1, 4)\n', 'VERSION');
    expect(attr).toMatchObject({ kind: 'source', source: { attribute: 'VERSION', value: '1.4' } });
  });

  it('keeps a literal first, and a version it cannot read as computed on its line', () => {
    expect(readModuleVersion('a.py', '__version__ = "1.0"\n')).toMatchObject({
      kind: 'source',
      source: { kind: 'python', value: '1.0' },
    });
    expect(readModuleVersion('a.py', 'import x\n__version__ = x.get()\n')).toEqual({
      kind: 'computed',
      line: 2,
    });
  });
});

function edit(text: string, version: string, attribute?: string): string {
  const tuple = readVersionTuple(text, attribute)!;
  return editVersionTuple(text, 'pkg/__init__.py', { ...tuple, attribute }, version);
}

function refusal(text: string, version: string): UserError {
  try {
    edit(text, version);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('no refusal');
}

describe('editVersionTuple', () => {
  it('changes each number where it is written, and nothing else', () => {
    expect(edit(JOINED, '1.5.0')).toBe(JOINED.replace('(1, 4, 2)', '(1, 5, 0)'));
    expect(edit(JOINED, '2.0')).toBe(JOINED.replace('(1, 4, 2)', '(2, 0, 0)'));
  });

  it('writes a pre-release as Django’s release level, and a final release as "final"', () => {
    const rc = edit(DJANGO, '3.3.0rc1');
    expect(rc).toBe(DJANGO.replace('(3, 2, 0, "final", 0)', '(3, 3, 0, "rc", 1)'));
    expect(edit(rc, '3.3.0')).toBe(
      DJANGO.replace('(3, 2, 0, "final", 0)', '(3, 3, 0, "final", 1)'),
    );
    expect(edit(DJANGO, '4.0.0a2')).toContain('VERSION = (4, 0, 0, "alpha", 2)');
  });

  it('keeps the words the tuple uses (candidate stays candidate)', () => {
    const text = "version_info = (2, 1, 0, 'candidate', 3)\n__version__ = f(version_info)\n";
    expect(edit(text, '2.1.0rc4')).toBe(text.replace("0, 'candidate', 3", "0, 'candidate', 4"));
  });

  it('edits IPython’s numbers and _version_extra', () => {
    const next = edit(IPYTHON, '3.4.0');
    expect(next).toBe(IPYTHON.replace('_version_extra = ".dev"', '_version_extra = ""'));
    expect(edit(next, '3.5.0rc1')).toBe(
      IPYTHON.replace('_version_minor = 4', '_version_minor = 5').replace(
        '_version_extra = ".dev"',
        '_version_extra = "rc1"',
      ),
    );
  });

  it('refuses a version the tuple has no place for, naming the file and the tuple', () => {
    expect(refusal(JOINED, '1.5.0rc1').message).toContain(
      'A bump cannot write 1.5.0rc1 into pkg/__init__.py: VERSION holds only release numbers',
    );
    expect(refusal(JOINED, '1.5.0.1').message).toContain('4 release numbers; VERSION holds 3');
    expect(refusal(DJANGO, '3.3.0.post1').message).toContain(
      'Edit VERSION in pkg/__init__.py by hand',
    );
    expect(refusal(JOINED, '1!2.0.0').location).toEqual({ file: 'pkg/__init__.py', line: 1 });
  });

  it('reads back, by PEP 440 meaning, every version it writes', () => {
    for (const version of ['1.0.0', '2.3.4rc2', '0.1.0a1', '10.0.0b3', '7.1']) {
      expect(readVersionTuple(edit(DJANGO, version))!.value, version).toSatisfy((value: string) =>
        samePep440(value, version),
      );
    }
    for (const version of ['3.5.0', '3.5.0rc1', '4.0.0.dev0', '4.0.0.post2', '4.1.0b1']) {
      expect(readVersionTuple(edit(IPYTHON, version))!.value, version).toSatisfy((value: string) =>
        samePep440(value, version),
      );
    }
  });

  it('refuses a file that changed since it was read', () => {
    expect(() =>
      editVersionTuple(
        JOINED.replace('4', '9'),
        'pkg/__init__.py',
        { value: '1.4.2', line: 1 },
        '1.5.0',
      ),
    ).toThrow(/The file changed after it was read/);
  });

  it('is what a bump writes for a tuple source', () => {
    const source = {
      kind: 'tuple' as const,
      label: 'pkg/__init__.py VERSION',
      file: 'pkg/__init__.py',
      line: 1,
      column: 12,
      value: '1.4.2',
    };
    expect(writeVersion(JOINED, source, { pep440: '1.4.3', written: '1.4.3' })).toBe(
      JOINED.replace('(1, 4, 2)', '(1, 4, 3)'),
    );
  });
});

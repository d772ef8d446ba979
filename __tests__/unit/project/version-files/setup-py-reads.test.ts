// The files a setup.py reads its version from, found in its literals without running it.
import { describe, expect, it } from 'vitest';
import { setupPyReadPaths } from '../../../../src/project/version-files/setup-py-reads.js';
import { pythonTokens } from '../../../../src/project/version-files/python-tokens.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

describe('setupPyReadPaths', () => {
  it.each([
    [
      're.search over open(…).read()',
      `version = re.search(r'__version__ = "(.*?)"', open('pkg/__init__.py').read()).group(1)`,
      'pkg/__init__.py',
    ],
    [
      'os.path.join pieces after a variable',
      "with open(os.path.join(here, 'src', 'pkg', '__init__.py')) as f:",
      'src/pkg/__init__.py',
    ],
    ['exec(open(…).read())', "exec(open('pkg/_version.py').read())", 'pkg/_version.py'],
    ['a helper’s argument', "    version=get_version('pkg/__init__.py'),", 'pkg/__init__.py'],
    [
      'a double-quoted path with ./',
      'with open("./pkg/version.py") as f: exec(f.read(), about)',
      'pkg/version.py',
    ],
  ])('%s', (_name, line, path) => {
    expect(setupPyReadPaths(lines('import os, re', line))).toEqual([{ path, line: 2 }]);
  });

  it('skips setup.py itself, paths that leave the project, and paths in comments', () => {
    const text = lines(
      "# open('pkg/__init__.py')",
      "open('setup.py')",
      "open('../other/__init__.py')",
      "open('/etc/x.py')",
      "open(os.path.join('..', 'up.py'))",
      "open('pkg/README.rst')",
    );
    expect(setupPyReadPaths(text)).toEqual([]);
  });

  it('adds the files of a module setup.py imports __version__ from, after the literals', () => {
    const text = lines(
      'from setuptools import setup',
      'from acme.meta import __version__, __author__',
      "open('README.rst')",
    );
    expect(setupPyReadPaths(text)).toEqual(
      [
        'acme/meta/__init__.py',
        'acme/meta.py',
        'src/acme/meta/__init__.py',
        'src/acme/meta.py',
      ].map((path) => ({ path, line: 2 })),
    );
    expect(setupPyReadPaths('from . import __version__\n    from x import __version__\n')).toEqual(
      [],
    );
  });

  it('gives each path once, in the order setup.py names them', () => {
    const text = lines("open('a/__init__.py')", "open('b/_version.py')", "open('a/__init__.py')");
    expect(setupPyReadPaths(text).map((found) => found.path)).toEqual([
      'a/__init__.py',
      'b/_version.py',
    ]);
  });

  it('reads hostile input in linear time', () => {
    const started = performance.now();
    setupPyReadPaths(`f(${"'a', ".repeat(100_000)}'x.py')`);
    setupPyReadPaths('"""'.repeat(50_000) + "'".repeat(100_000));
    setupPyReadPaths('x = "\\'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('pythonTokens', () => {
  it('gives string values without escapes, skips comments, and reports line ends outside brackets', () => {
    const tokens = [...pythonTokens("a = (1,\n 'x') # c\nb = r'\\d' + '\\n' + '''t\n'''\n")];
    expect(tokens.map((token) => token.kind)).toEqual([
      ...['name', 'op', 'op', 'number', 'op', 'string', 'op', 'newline'],
      ...['name', 'op', 'string', 'op', 'string', 'op', 'string', 'newline'],
    ]);
    const strings = tokens.filter((token) => token.kind === 'string');
    expect(strings.map((token) => token.value)).toEqual(['x', '\\d', undefined, 't\n']);
  });
});

describe('a module setup.py imports and reads __version__ from', () => {
  it('takes `import six` with `version=six.__version__` for six.py (or a package)', () => {
    const paths = setupPyReadPaths(
      'import os\nimport six\n\nsetup(name="six", version=six.__version__, py_modules=["six"])\n',
    ).map((read) => [read.path, read.line]);
    expect(paths).toEqual([
      ['six/__init__.py', 2],
      ['six.py', 2],
      ['src/six/__init__.py', 2],
      ['src/six.py', 2],
    ]);
    // A module imported for something else is not read.
    expect(setupPyReadPaths('import os\nsetup(version=VERSION)\n')).toEqual([]);
  });
});

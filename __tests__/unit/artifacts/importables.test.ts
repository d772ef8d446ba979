// What a wheel makes importable, from listings modelled on real wheels from PyPI (abridged: the
// same top-level shape, fewer files).
import { describe, expect, it } from 'vitest';
import {
  findImportables,
  importablesFromWheel,
  wheelImportables,
  wheelProvides,
} from '../../../src/artifacts/importables.js';

function distInfo(stem: string, extra: string[] = []): string[] {
  return ['METADATA', 'WHEEL', 'RECORD', ...extra].map((file) => `${stem}.dist-info/${file}`);
}

const PIP_TOOLS = [
  'piptools/__init__.py',
  'piptools/__main__.py',
  'piptools/_compat/__init__.py',
  'piptools/_compat/pip_compat.py',
  'piptools/scripts/__init__.py',
  'piptools/scripts/compile.py',
  'piptools/resolver.py',
  ...distInfo('pip_tools-7.4.1', ['LICENSE', 'entry_points.txt', 'top_level.txt']),
];

const PYYAML = [
  '_yaml/__init__.py',
  'yaml/__init__.py',
  'yaml/_yaml.cpython-311-x86_64-linux-gnu.so',
  'yaml/composer.py',
  'yaml/cyaml.py',
  ...distInfo('PyYAML-6.0.1', ['LICENSE', 'top_level.txt']),
];

const POETRY_CORE = [
  'poetry/core/__init__.py',
  'poetry/core/_vendor/packaging/__init__.py',
  'poetry/core/_vendor/vendor.txt',
  'poetry/core/factory.py',
  'poetry/core/masonry/__init__.py',
  'poetry/core/masonry/api.py',
  'poetry/core/py.typed',
  ...distInfo('poetry_core-1.9.0', ['LICENSE']),
];

const ATTRS = [
  'attr/__init__.py',
  'attr/__init__.pyi',
  'attr/_make.py',
  'attr/py.typed',
  'attrs/__init__.py',
  'attrs/__init__.pyi',
  'attrs/converters.py',
  ...distInfo('attrs-23.2.0', ['licenses/LICENSE']),
];

const SIX = ['six.py', ...distInfo('six-1.16.0', ['LICENSE', 'top_level.txt'])];

const UJSON = [
  'ujson.cpython-311-x86_64-linux-gnu.so',
  'ujson.libs/libdouble-conversion-ab12cd34.so.3.1.5',
  ...distInfo('ujson-5.8.0', ['LICENSE.txt', 'top_level.txt']),
];

const CFFI = [
  '_cffi_backend.cpython-311-x86_64-linux-gnu.so',
  'cffi/__init__.py',
  'cffi/api.py',
  ...distInfo('cffi-1.16.0', ['LICENSE', 'entry_points.txt', 'top_level.txt']),
];

/**
 * tqdm 4.69.1 built by setuptools: its package finder took the repository's `images/` (GIFs, no
 * Python) for a namespace package, so top_level.txt lists it, but the wheel ships none of it.
 */
const TQDM = [
  'tqdm/__init__.py',
  'tqdm/__main__.py',
  'tqdm/_monitor.py',
  'tqdm/asyncio.py',
  'tqdm/contrib/__init__.py',
  'tqdm/contrib/concurrent.py',
  'tqdm/tqdm.1',
  ...distInfo('tqdm-4.69.1', ['entry_points.txt', 'top_level.txt', 'licenses/LICENCE']),
];

/** Hatchling from a src layout: `src/` is gone in the wheel; a stray tests folder came along. */
const HATCHLING_SRC = [
  'hello_pyrelease/__init__.py',
  'hello_pyrelease/py.typed',
  'hello_pyrelease/cli.py',
  'tests/__init__.py',
  'tests/test_cli.py',
  'hello_pyrelease-0.1.15.data/scripts/hello',
  ...distInfo('hello_pyrelease-0.1.15', ['entry_points.txt', 'licenses/LICENSE']),
];

describe('importablesFromWheel', () => {
  it('pip-tools: the package piptools, whatever the distribution is called', () => {
    expect(importablesFromWheel(PIP_TOOLS, 'piptools\n')).toEqual(['piptools']);
    expect(importablesFromWheel(PIP_TOOLS)).toEqual(['piptools']);
  });

  it('PyYAML: yaml, leaving out the private _yaml that top_level.txt also lists', () => {
    expect(importablesFromWheel(PYYAML, '_yaml\nyaml\n')).toEqual(['yaml']);
    expect(importablesFromWheel(PYYAML)).toEqual(['yaml']);
  });

  it('poetry-core: the package inside the namespace folder poetry/', () => {
    expect(importablesFromWheel(POETRY_CORE)).toEqual(['poetry.core']);
    expect(findImportables(POETRY_CORE)).toEqual([
      { name: 'poetry.core', kind: 'package', sourceFile: 'poetry/core/__init__.py' },
    ]);
  });

  it('attrs: both public packages, attr and attrs', () => {
    expect(importablesFromWheel(ATTRS)).toEqual(['attr', 'attrs']);
  });

  it('six: a single-module distribution', () => {
    expect(findImportables(SIX, 'six\n')).toEqual([
      { name: 'six', kind: 'module', sourceFile: 'six.py' },
    ]);
  });

  it('ujson and cffi: extension modules named by the part before the first dot', () => {
    expect(findImportables(UJSON, 'ujson\n')).toEqual([
      { name: 'ujson', kind: 'extension', sourceFile: undefined },
    ]);
    expect(importablesFromWheel(UJSON)).toEqual(['ujson']);
    expect(importablesFromWheel(CFFI, '_cffi_backend\ncffi\n')).toEqual(['cffi']);
    expect(importablesFromWheel(['_speedups.abi3.so', 'x-1.0.dist-info/METADATA'])).toEqual([
      '_speedups',
    ]);
    expect(importablesFromWheel(['fast.cp311-win_amd64.pyd', 'fast-1.0.dist-info/RECORD'])).toEqual(
      ['fast'],
    );
  });

  it('a src-layout hatchling package: the package, not tests, .data or .dist-info', () => {
    expect(importablesFromWheel(HATCHLING_SRC)).toEqual(['hello_pyrelease']);
  });

  it('a setuptools namespace package: top_level.txt says acme, the listing says acme.tools', () => {
    const wheel = [
      'acme/tools/__init__.py',
      'acme/tools/cli.py',
      'acme/tools/tests/__init__.py',
      ...distInfo('acme_tools_dist-2.0', ['top_level.txt']),
    ];
    expect(importablesFromWheel(wheel, 'acme\n')).toEqual(['acme.tools']);
    // Two levels of namespace folders, and a stray module in one that is not taken for an API.
    const deep = ['corp/plugins/alpha/__init__.py', 'corp/plugins/README.py', 'docs/conf.py'];
    expect(importablesFromWheel(deep)).toEqual(['corp.plugins.alpha']);
  });

  it('keeps a namespace folder of bare modules top_level.txt lists', () => {
    const wheel = ['acme/tool.py', ...distInfo('acme_tool-1.0', ['top_level.txt'])];
    expect(wheelImportables(wheel, 'acme\n')).toEqual({
      importables: [{ name: 'acme', kind: 'namespace', sourceFile: undefined }],
      absent: [],
    });
    // top_level.txt narrows the choice: a stray top-level module it does not list is left out.
    expect(importablesFromWheel(['pkg/__init__.py', 'helper.py'], 'pkg\n')).toEqual(['pkg']);
    expect(importablesFromWheel(['pkg/__init__.py', 'helper.py'])).toEqual(['helper', 'pkg']);
  });

  it('tqdm: imports tqdm, not the images folder top_level.txt lists and the wheel lacks', () => {
    expect(wheelImportables(TQDM, 'images\ntqdm\n')).toEqual({
      importables: [{ name: 'tqdm', kind: 'package', sourceFile: 'tqdm/__init__.py' }],
      absent: ['images'],
    });
    expect(importablesFromWheel(TQDM)).toEqual(['tqdm']);
  });

  it('leaves out listed names the wheel holds no code for: data folders, missing modules', () => {
    const wheel = [
      'pkg/__init__.py',
      'assets/logo.png',
      'assets/sub/icon.svg',
      'x-1.0.dist-info/RECORD',
    ];
    expect(wheelImportables(wheel, 'assets\nhelper\npkg\n')).toEqual({
      importables: [{ name: 'pkg', kind: 'package', sourceFile: 'pkg/__init__.py' }],
      absent: ['assets', 'helper'],
    });
    // Nothing it lists is there: what the listing holds is imported instead.
    expect(wheelImportables(wheel, 'assets\n')).toEqual({
      importables: [{ name: 'pkg', kind: 'package', sourceFile: 'pkg/__init__.py' }],
      absent: ['assets'],
    });
    // A namespace folder whose code is a level down still counts.
    expect(wheelImportables(['ns/sub/mod.py'], 'ns\n').absent).toEqual([]);
    // Not identifiers, and tests, are never imported nor reported.
    expect(wheelImportables(wheel, 'my-assets\ntests\npkg\n')).toEqual({
      importables: [{ name: 'pkg', kind: 'package', sourceFile: 'pkg/__init__.py' }],
      absent: [],
    });
  });

  it('never offers setup.py, conftest.py or an __init__.py at the top', () => {
    const wheel = ['setup.py', 'conftest.py', '__init__.py', 'real.py', 'x-1.0.dist-info/WHEEL'];
    expect(importablesFromWheel(wheel)).toEqual(['real']);
  });

  it('finds nothing in a wheel of metadata only', () => {
    expect(importablesFromWheel(distInfo('empty-1.0'))).toEqual([]);
    expect(importablesFromWheel(['foo-stubs/__init__.pyi', ...distInfo('foo_stubs-1.0')])).toEqual(
      [],
    );
  });
});

describe('wheelProvides', () => {
  it('finds packages, namespace folders, modules and extension modules by dotted name', () => {
    expect(wheelProvides(POETRY_CORE, 'poetry.core')?.kind).toBe('package');
    expect(wheelProvides(POETRY_CORE, 'poetry')?.kind).toBe('namespace');
    expect(wheelProvides(POETRY_CORE, 'poetry.core.factory')).toEqual({
      name: 'poetry.core.factory',
      kind: 'module',
      sourceFile: 'poetry/core/factory.py',
    });
    expect(wheelProvides(PYYAML, 'yaml._yaml')?.kind).toBe('extension');
    expect(wheelProvides(UJSON, 'ujson')?.kind).toBe('extension');
    expect(wheelProvides(SIX, 'six')?.sourceFile).toBe('six.py');
  });

  it('says undefined for what the wheel does not hold', () => {
    expect(wheelProvides(PIP_TOOLS, 'pip_tools')).toBeUndefined();
    expect(wheelProvides(POETRY_CORE, 'poetry_core')).toBeUndefined();
    expect(wheelProvides(UJSON, 'ujson.libs')).toBeUndefined();
    expect(wheelProvides(SIX, 'six.moves')).toBeUndefined();
  });
});

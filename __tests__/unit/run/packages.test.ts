import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { readInputs, type InputName } from '../../../src/run/inputs.js';
import {
  packageByName,
  packageForTag,
  packagesForRun,
  parsePackages,
  tagParts,
} from '../../../src/run/packages.js';

const PACKAGES = parsePackages(
  'pkg-a-v: packages/pkg-a\n\n# the other one\npkg-b-v: ./packages/pkg-b/\n',
);

describe('the packages input', () => {
  it('reads one "prefix: folder" a line', () => {
    expect(PACKAGES).toEqual([
      { prefix: 'pkg-a-v', dir: 'packages/pkg-a' },
      { prefix: 'pkg-b-v', dir: 'packages/pkg-b' },
    ]);
    expect(parsePackages('')).toEqual([]);
    expect(parsePackages('pkg/v: pkg\r\nlib/v: libs/lib')).toEqual([
      { prefix: 'pkg/v', dir: 'pkg' },
      { prefix: 'lib/v', dir: 'libs/lib' },
    ]);
  });

  it('refuses a malformed line, naming the line and the form', () => {
    expect(() => parsePackages('pkg-a-v: a\npackages/pkg-b')).toThrow(
      /packages, line 2 .*no colon.*"tag-prefix: folder"/,
    );
    expect(() => parsePackages('-x: a')).toThrow(/line 1 .*tag prefix may hold/);
    expect(() => parsePackages('a $(id): a')).toThrow(/tag prefix may hold/);
    expect(() => parsePackages('pkg-v:')).toThrow(/folder is missing/);
    expect(() => parsePackages('p-v: a\np-v: b')).toThrow(/line 2 .*"p-v" is already given to a/);
  });
});

describe('the package of a tag', () => {
  it('is the one whose prefix the tag starts with, the longest winning', () => {
    expect(packageForTag('pkg-a-v1.2.3', PACKAGES)).toEqual({
      prefix: 'pkg-a-v',
      dir: 'packages/pkg-a',
    });
    const nested = parsePackages('pkg-: packages/pkg\npkg-a-v: packages/pkg-a');
    expect(packageForTag('pkg-a-v1.0', nested).dir).toBe('packages/pkg-a');
    expect(packageForTag('pkg-1.0', nested).dir).toBe('packages/pkg');
  });

  it('refuses a tag of no package, listing the prefixes', () => {
    let error: unknown;
    try {
      packageForTag('pkg-c-v1.0.0', PACKAGES);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(
      '"pkg-a-v" (packages/pkg-a), "pkg-b-v" (packages/pkg-b)',
    );
    expect((error as UserError).message).toContain('Nothing was built or uploaded');
    expect((error as UserError).title).toBe('Tag names no package');
  });
});

describe('the package of a bump', () => {
  it('is named by its folder or its prefix', () => {
    expect(packageByName('packages/pkg-b', PACKAGES).prefix).toBe('pkg-b-v');
    expect(packageByName('./packages/pkg-b/', PACKAGES).prefix).toBe('pkg-b-v');
    expect(packageByName('pkg-a-v', PACKAGES).dir).toBe('packages/pkg-a');
  });

  it('must be named, and be one of the packages', () => {
    expect(() => packageByName('', PACKAGES)).toThrow(/must say which package.*"pkg-a-v"/);
    expect(() => packageByName('pkg-c', PACKAGES)).toThrow(/"pkg-c" is none of the packages/);
  });

  it('is the only package listed when none is named', () => {
    expect(packageByName('', [PACKAGES[0]!])).toBe(PACKAGES[0]);
    expect(packagesForRun('bump', [PACKAGES[1]!], { tag: undefined, named: '' })).toEqual([
      PACKAGES[1],
    ]);
    expect(packagesForRun('release', [PACKAGES[1]!], { tag: undefined, named: '' })).toEqual([
      PACKAGES[1],
    ]);
  });
});

describe('the packages of a run', () => {
  it('follows the mode', () => {
    const none = { tag: undefined, named: '' };
    expect(packagesForRun('check', [], none)).toEqual([]);
    expect(packagesForRun('release', [], { tag: 'v1.0', named: '' })).toEqual([]);
    expect(packagesForRun('check', PACKAGES, none)).toEqual(PACKAGES);
    expect(packagesForRun('check', PACKAGES, { tag: 'pkg-b-v1.0', named: '' })).toEqual([
      PACKAGES[1],
    ]);
    expect(packagesForRun('release', PACKAGES, { tag: 'pkg-b-v1.0', named: '' })).toEqual([
      PACKAGES[1],
    ]);
    expect(packagesForRun('bump', PACKAGES, { tag: undefined, named: 'packages/pkg-a' })).toEqual([
      PACKAGES[0],
    ]);
    expect(() => packagesForRun('release', PACKAGES, { tag: 'v1.0', named: '' })).toThrow(
      /names none of the packages/,
    );
    expect(() => packagesForRun('bump', PACKAGES, none)).toThrow(/must say which package/);
  });
});

describe('the packages input among the others', () => {
  const read = (given: Partial<Record<InputName, string>>) => readInputs((name) => given[name]);

  it('is read with the package a bump names', () => {
    const inputs = read({ packages: 'pkg-a-v: packages/pkg-a', package: ' pkg-a-v ' });
    expect(inputs.packages).toEqual([{ prefix: 'pkg-a-v', dir: 'packages/pkg-a' }]);
    expect(inputs.package).toBe('pkg-a-v');
    expect(read({}).packages).toEqual([]);
  });

  it('refuses a run-wide tag-prefix or working-directory beside it', () => {
    expect(() => read({ packages: 'a-v: a', 'tag-prefix': 'v' })).toThrow(
      /tag-prefix \("v"\) must not be set with it/,
    );
    expect(() => read({ packages: 'a-v: a', 'working-directory': 'a' })).toThrow(
      /working-directory \("a"\) must not be set with it/,
    );
    expect(read({ packages: 'a-v: a', 'working-directory': '.' }).workingDirectory).toBe('.');
  });
});

describe('packages found without the packages input', () => {
  const found = [
    { prefix: '', dir: 'libs/core', found: { name: 'acme-core' } },
    { prefix: '', dir: 'libs/acme_cli', found: { name: undefined } },
    { prefix: '', dir: 'packages/tool', found: { name: 'Acme.Tool' } },
  ];

  it('splits a tag into its name and version', () => {
    expect(tagParts('acme-core==1.2.3')).toEqual({ prefix: 'acme-core==', name: 'acme-core' });
    expect(tagParts('acme-core-v1.2.3')).toEqual({ prefix: 'acme-core-v', name: 'acme-core' });
    expect(tagParts('acme-core/v1.2.3')).toEqual({ prefix: 'acme-core/v', name: 'acme-core' });
    expect(tagParts('acme-core-1.2.3')).toEqual({ prefix: 'acme-core-', name: 'acme-core' });
    expect(tagParts('py2neo-2.0.1')).toEqual({ prefix: 'py2neo-', name: 'py2neo' });
    expect(tagParts('v1.2.3')).toEqual({ prefix: 'v', name: '' });
    expect(tagParts('1.2.3')).toEqual({ prefix: '', name: '' });
    expect(tagParts('latest')).toBeUndefined();
  });

  it('picks the package whose name or folder the tag carries, in any spelling', () => {
    expect(packageForTag('acme-core==1.2.3', found)).toMatchObject({
      dir: 'libs/core',
      prefix: 'acme-core==',
    });
    expect(packageForTag('Acme_Core-v2.0.0', found)).toMatchObject({ dir: 'libs/core' });
    expect(packageForTag('acme-cli-1.0.0', found)).toMatchObject({ dir: 'libs/acme_cli' });
    expect(packageForTag('acme.tool/v3.1', found)).toMatchObject({
      dir: 'packages/tool',
      prefix: 'acme.tool/v',
    });
  });

  it('refuses a tag that names no package, listing the folders found', () => {
    for (const tag of ['v1.2.3', 'other-1.0.0']) {
      expect(() => packageForTag(tag, found)).toThrow(
        /names none of the packages this repository holds: libs\/core \(acme-core\), libs\/acme_cli, packages\/tool \(Acme\.Tool\)/,
      );
    }
  });

  it('takes a nameless tag for the package named like the repository, a short name for the one it ends', () => {
    const psycopg = [
      { prefix: '', dir: 'psycopg', found: { name: 'psycopg' } },
      { prefix: '', dir: 'psycopg_c', found: { name: 'psycopg-c' } },
      { prefix: '', dir: 'psycopg_pool', found: { name: 'psycopg-pool' } },
    ];
    expect(packageForTag('3.3.4', psycopg, 'psycopg/psycopg')).toMatchObject({
      dir: 'psycopg',
      prefix: '',
    });
    expect(packageForTag('pool-3.3.1', psycopg, 'psycopg/psycopg')).toMatchObject({
      dir: 'psycopg_pool',
      prefix: 'pool-',
    });
    expect(() => packageForTag('v1.44.0', found, 'acme/monorepo')).toThrow(/names none/);
    const polars = [{ prefix: '', dir: 'py-polars', found: { name: 'polars' } }];
    expect(packageForTag('py-1.43.2', polars)).toMatchObject({ dir: 'py-polars', prefix: 'py-' });
    expect(packageForTag('v1.0.0', polars)).toMatchObject({ dir: 'py-polars', prefix: 'v' });
  });

  it('checks every package found on a pull request', () => {
    expect(packagesForRun('check', found, { tag: undefined, named: '' })).toEqual(found);
  });
});

describe('prefixes ending in == (monorepos tagging mypkg==1.2.3)', () => {
  const read = (given: Partial<Record<InputName, string>>) => readInputs((name) => given[name]);

  it('are taken by packages and pick the tag package', () => {
    const packages = parsePackages('mypkg==: packages/mypkg\nother==: packages/other');
    expect(packages).toEqual([
      { prefix: 'mypkg==', dir: 'packages/mypkg' },
      { prefix: 'other==', dir: 'packages/other' },
    ]);
    expect(packageForTag('other==2.0.0', packages).dir).toBe('packages/other');
    expect(() => packageForTag('mypkg-2.0.0', packages)).toThrow(/names none of the packages/);
  });

  it('are taken by tag-prefix', () => {
    expect(read({ 'tag-prefix': 'mypkg==' }).tagPrefix).toBe('mypkg==');
    expect(read({ 'tag-prefix': 'pkg/v' }).tagPrefix).toBe('pkg/v');
  });

  it('hold == only at the end, after a letter or digit', () => {
    for (const prefix of ['==', 'a==b', 'a=', 'a===', 'a/==', 'a-==', '-a==', 'a= =']) {
      expect(() => read({ 'tag-prefix': prefix })).toThrow(/may end in '=='/);
      expect(() => parsePackages(`${prefix}: a`)).toThrow(/tag prefix may hold/);
    }
  });
});

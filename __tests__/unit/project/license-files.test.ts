// The licence files a project declares: PEP 639, setuptools' table, setup.cfg.
import { describe, expect, it } from 'vitest';
import { declaredLicenseFiles, setupCfgLicenseFiles } from '../../../src/project/license-files.js';
import { parseToml } from '../../../src/project/pyproject.js';

const toml = (text: string) => parseToml(text, 'pyproject.toml');

describe('declaredLicenseFiles', () => {
  it('PEP 639 [project] license-files, as referencing and jsonschema declare it', () => {
    const data = toml(
      '[project]\nname = "referencing"\nlicense = "MIT"\nlicense-files = ["COPYING"]\n',
    );
    expect(declaredLicenseFiles(data, undefined)).toEqual({
      patterns: ['COPYING'],
      declaredIn: 'license-files in pyproject.toml [project]',
    });
  });

  it('the older draft: paths (literal) and globs', () => {
    const paths = toml('[project]\nlicense-files = { paths = ["LICENSE.txt", "odd[1].txt"] }\n');
    expect(declaredLicenseFiles(paths, undefined)?.patterns).toEqual([
      'LICENSE.txt',
      'odd[[]1].txt',
    ]);
    const globs = toml('[project]\nlicense-files = { globs = ["LICENSES/*"] }\n');
    expect(declaredLicenseFiles(globs, undefined)?.patterns).toEqual(['LICENSES/*']);
  });

  it('[tool.setuptools] license-files, and [project] before it', () => {
    const tool = toml('[tool.setuptools]\nlicense-files = ["LICENSE", "NOTICE"]\n');
    expect(declaredLicenseFiles(tool, undefined)).toEqual({
      patterns: ['LICENSE', 'NOTICE'],
      declaredIn: 'license-files in pyproject.toml [tool.setuptools]',
    });
    const both = toml(
      '[project]\nlicense-files = ["COPYING"]\n[tool.setuptools]\nlicense-files = ["LICENSE"]\n',
    );
    expect(declaredLicenseFiles(both, undefined)?.patterns).toEqual(['COPYING']);
  });

  it('setup.cfg [metadata] license_files, when pyproject.toml declares none', () => {
    const cfg = '[metadata]\nname = x\nlicense_files = LICENSE.rst\n';
    expect(declaredLicenseFiles({}, cfg)).toEqual({
      patterns: ['LICENSE.rst'],
      declaredIn: 'license_files in setup.cfg [metadata]',
    });
  });

  it('an empty list declares that there are none', () => {
    expect(declaredLicenseFiles(toml('[project]\nlicense-files = []\n'), undefined)).toEqual({
      patterns: [],
      declaredIn: 'license-files in pyproject.toml [project]',
    });
  });

  it('undefined when nothing is declared: the backend’s defaults apply', () => {
    expect(declaredLicenseFiles(toml('[project]\nname = "x"\nlicense = "MIT"\n'), undefined)).toBe(
      undefined,
    );
    expect(declaredLicenseFiles({}, '[metadata]\nname = x\nlicense = MIT\n')).toBeUndefined();
  });
});

describe('setupCfgLicenseFiles', () => {
  it('a value split on commas and on the indented lines below its key', () => {
    expect(setupCfgLicenseFiles('[metadata]\nlicense_files = LICENSE, NOTICE\n')).toEqual([
      'LICENSE',
      'NOTICE',
    ]);
    const multi =
      '[metadata]\nlicense_files =\n    LICENSE.txt\n    # a comment\n    licenses/*\nname = x\n';
    expect(setupCfgLicenseFiles(multi)).toEqual(['LICENSE.txt', 'licenses/*']);
  });

  it('license_file before setuptools 42, and license_files over it', () => {
    expect(setupCfgLicenseFiles('[metadata]\nlicense_file = COPYING\n')).toEqual(['COPYING']);
    expect(setupCfgLicenseFiles('[metadata]\nlicense_files = A\nlicense_file = B\n')).toEqual([
      'A',
    ]);
    expect(setupCfgLicenseFiles('[metadata]\nlicense_file = B\nlicense_files = A\n')).toEqual([
      'A',
    ]);
  });

  it('only in [metadata]', () => {
    expect(setupCfgLicenseFiles('[bdist_wheel]\nlicense_files = LICENSE\n')).toBeUndefined();
    expect(
      setupCfgLicenseFiles('[options]\nlicense_files = L\n[metadata]\nname = x\n'),
    ).toBeUndefined();
  });
});

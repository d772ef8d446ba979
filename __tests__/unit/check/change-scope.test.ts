import { describe, expect, it } from 'vitest';
import { changeScope, isHousekeeping } from '../../../src/check/change-scope.js';

describe('isHousekeeping', () => {
  it('takes tests, docs, CI and developer files for housekeeping', () => {
    for (const file of [
      'tests/test_api.py',
      'src/pkg/tests/helpers.py',
      'docs/conf.py',
      'doc/source/index.rst',
      '.github/workflows/ci.yml',
      '.pre-commit-config.yaml',
      'conftest.py',
      'src/pkg/test_unit.py',
      'pkg/core_test.py',
      'tox.ini',
      'noxfile.py',
      'requirements-dev.txt',
      'README.md',
      'CONTRIBUTING.rst',
      'uv.lock',
      'changelog.d/123.bugfix.rst',
    ]) {
      expect(isHousekeeping(file), file).toBe(true);
    }
  });

  it('takes the package and its build for what users get', () => {
    for (const file of [
      'src/pkg/__init__.py',
      'pkg/core.py',
      'pyproject.toml',
      'setup.py',
      'setup.cfg',
      'src/pkg/py.typed',
      'LICENSE',
      'src/pkg/testing.py',
    ]) {
      expect(isHousekeeping(file), file).toBe(false);
    }
  });
});

describe('changeScope', () => {
  it('says whether a change reaches users and whether it touches the changelog', () => {
    expect(changeScope(['src/a.py'], ['CHANGELOG.md'])).toEqual({
      userVisible: true,
      touchesChangelog: false,
    });
    expect(changeScope(['src/a.py', 'CHANGELOG.md'], ['CHANGELOG.md'])).toEqual({
      userVisible: true,
      touchesChangelog: true,
    });
    expect(changeScope(['news/1.feature', 'tests/t.py'], ['NEWS.rst', 'news'])).toEqual({
      userVisible: false,
      touchesChangelog: true,
    });
    // Another package's folder is not this package's change.
    const other = ['libs/b/src/b.py', 'libs/a/tests/test_a.py'];
    expect(changeScope(other, ['libs/a/CHANGES.md'], 'libs/a').userVisible).toBe(false);
    expect(changeScope(['tools/pkg/core.py'], [], 'tools/pkg').userVisible).toBe(true);
    expect(changeScope(undefined, ['CHANGELOG.md'])).toEqual({
      userVisible: true,
      touchesChangelog: false,
    });
  });
});

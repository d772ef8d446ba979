// A package in a subfolder with no changelog of its own, released from the repository's root one.
import { describe, expect, it } from 'vitest';
import { headingNaming, onlyPackage } from '../../../src/changelog/root-changelog.js';
import { loadProject, type ProjectOptions } from '../../../src/project/project.js';
import { listingReader } from '../../helpers/listing.js';

const FOO: ProjectOptions = { dir: 'libs/foo', changelog: '', versionFiles: [], version: '1.2.0' };
const pyproject = (name: string) => `[project]\nname = "${name}"\nversion = "1.2.0"\n`;
const PLAIN = '# Changelog\n\n## 1.2.0 - 2026-01-02\n\n- Entry.\n';
const NAMED = '# Changelog\n\n## foo 1.2.0 - 2026-01-02\n\n- Entry.\n\n## bar 0.3.0\n';

describe('headingNaming', () => {
  it('finds the first heading that names the package, in any spelling', () => {
    expect(headingNaming('CHANGELOG.md', NAMED, 'foo')).toBe(3);
    expect(headingNaming('CHANGELOG.md', '# x\n\n## [Foo_Bar-v1.0.0]\n', 'foo-bar')).toBe(3);
    expect(headingNaming('CHANGES.rst', 'foo.bar 2.0\n===========\n', 'foo-bar')).toBe(1);
    expect(headingNaming('CHANGELOG.md', PLAIN, 'foo')).toBeUndefined();
    // A word that only contains the name does not name it.
    expect(headingNaming('CHANGELOG.md', '## foobar 1.0\n', 'foo')).toBeUndefined();
  });
});

describe('onlyPackage', () => {
  it('is true with no other pyproject.toml or setup.py in the repository', async () => {
    const reader = listingReader({
      'libs/foo/pyproject.toml': pyproject('foo'),
      'libs/foo/tests/setup.py': '',
      'tools/script.sh': '',
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*"]\n',
    });
    expect(await onlyPackage(reader as never, 'libs/foo')).toBe(true);
  });

  it('is false with another package beside it or a root project', async () => {
    const beside = listingReader({
      'libs/foo/pyproject.toml': pyproject('foo'),
      'libs/bar/setup.py': '',
    });
    expect(await onlyPackage(beside as never, 'libs/foo')).toBe(false);
    const root = listingReader({
      'libs/foo/pyproject.toml': pyproject('foo'),
      'pyproject.toml': pyproject('root'),
    });
    expect(await onlyPackage(root as never, 'libs/foo')).toBe(false);
  });
});

describe('the root changelog of a package in a subfolder', () => {
  it('is taken when the repository holds one package, and the notice says so', async () => {
    const project = await loadProject(
      listingReader({ 'libs/foo/pyproject.toml': pyproject('foo'), 'CHANGELOG.md': PLAIN }),
      FOO,
    );
    expect(project.changelog?.file).toBe('CHANGELOG.md');
    expect(project.notes).toContain(
      "Changelog: CHANGELOG.md, the repository's, for foo in libs/foo, which has none of its own (the repository holds no other package; found without the changelog input).",
    );
  });

  it('is taken beside other packages when a heading names the package, with its line', async () => {
    const project = await loadProject(
      listingReader({
        'libs/foo/pyproject.toml': pyproject('foo'),
        'libs/bar/pyproject.toml': pyproject('bar'),
        'CHANGELOG.md': NAMED,
      }),
      FOO,
    );
    expect(project.changelog?.file).toBe('CHANGELOG.md');
    expect(project.notes.join('\n')).toContain('its heading at CHANGELOG.md:3 names foo');
  });

  it('is not taken beside other packages when nothing in it names the package', async () => {
    const project = await loadProject(
      listingReader({
        'libs/foo/pyproject.toml': pyproject('foo'),
        'pyproject.toml': pyproject('root-project'),
        'CHANGELOG.md': PLAIN,
      }),
      FOO,
    );
    expect(project.changelog).toBeUndefined();
    expect(project.notes.join('\n')).toContain(
      'CHANGELOG.md at the repository root is not taken for foo in libs/foo',
    );
  });

  it('is not looked at when the package has a changelog of its own', async () => {
    const project = await loadProject(
      listingReader({
        'libs/foo/pyproject.toml': pyproject('foo'),
        'libs/foo/CHANGES.md': PLAIN,
        'CHANGELOG.md': NAMED,
      }),
      FOO,
    );
    expect(project.changelog?.file).toBe('libs/foo/CHANGES.md');
  });

  it('follows a root file that points to the repository’s changelog', async () => {
    const project = await loadProject(
      listingReader({
        'libs/foo/pyproject.toml': pyproject('foo'),
        'CHANGES.rst': 'See docs/changelog.md\n',
        'docs/changelog.md': PLAIN,
      }),
      FOO,
    );
    expect(project.changelog?.file).toBe('docs/changelog.md');
    expect(project.notes.join('\n')).toContain('(CHANGES.rst points to it; the repository holds');
  });
});

describe('headingNaming on hostile headings', () => {
  it('stays linear on long runs of separators and digits', () => {
    const heading = `## ${'-_. '.repeat(30_000)}${'v1'.repeat(30_000)}\n`;
    const start = performance.now();
    expect(headingNaming('CHANGELOG.md', heading.repeat(3), 'foo')).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(500);
  });
});

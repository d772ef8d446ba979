// A root NEWS, CHANGES, CHANGELOG or HISTORY that holds no release and only says where the
// changelog is: what its lines point at, and the file discovery takes in its place.
import { describe, expect, it } from 'vitest';
import { changelogPointers } from '../../../src/changelog/pointers.js';
import { loadProject, type ProjectOptions } from '../../../src/project/project.js';
import { listingReader } from '../../helpers/listing.js';

const AUTO: ProjectOptions = { dir: '', changelog: '', versionFiles: [], version: '1.1.0' };
const PYPROJECT = '[project]\nname = "placeholder-pkg"\nversion = "1.1.0"\n';
const RST_RELEASES = 'Changelog\n=========\n\n1.1.0 (2026-01-02)\n------------------\n\n- Entry.\n';
const MD_RELEASES = '# Changelog\n\n## 1.1.0 - 2026-01-02\n\n- Entry.\n';

describe('changelogPointers', () => {
  it('reads prose, include directives and links, each with its line', () => {
    const text = [
      'Changelog', // 1
      '=========', // 2
      '', // 3
      'See docs/changes.rst.', // 4
      '.. include:: docs/changelog.rst', // 5
      'The [changelog](docs/changelog.md#latest) lives in the docs.', // 6
      '```{include} ../HISTORY.md', // 7
      '{% include-markdown "../CHANGELOG.md" %}', // 8
      '--8<-- "NEWS.md"', // 9
    ].join('\n');
    // Lines 7 and 8 name files above the repository root: no pointer.
    expect(changelogPointers(text, 'CHANGES.rst').map((p) => [p.line, p.written, p.paths])).toEqual(
      [
        [4, 'docs/changes.rst', ['docs/changes.rst']],
        [5, 'docs/changelog.rst', ['docs/changelog.rst']],
        [6, 'docs/changelog.md', ['docs/changelog.md']],
        [9, 'NEWS.md', ['NEWS.md']],
      ],
    );
  });

  it('resolves a path from the pointing file’s folder first, then from the root', () => {
    const pointers = changelogPointers('.. include:: ../CHANGES.rst\n', 'docs/changes.rst');
    expect(pointers).toEqual([{ line: 1, written: '../CHANGES.rst', paths: ['CHANGES.rst'] }]);
    const prose = changelogPointers('See docs/news.md\n', 'docs/index.md');
    expect(prose[0]?.paths).toEqual(['docs/docs/news.md', 'docs/news.md']);
  });

  it('takes any name an include directive names, and no path above the repository', () => {
    expect(changelogPointers('.. include:: ../CHANGES\n', 'docs/c.rst')[0]?.paths).toEqual([
      'CHANGES',
    ]);
    expect(changelogPointers('.. include:: ../../outside.rst\n', 'docs/c.rst')).toEqual([]);
  });

  it('reads a documentation URL as a page and a GitHub URL into this repository as its file', () => {
    const text =
      'The changelog is at https://example.readthedocs.io/en/latest/changelog.html.\n' +
      'Source: https://github.com/o/r/blob/main/docs/history.md\n' +
      'Releases: https://github.com/o/r/releases\n';
    expect(changelogPointers(text, 'CHANGES', 'o/r')).toEqual([
      {
        line: 1,
        written: 'https://example.readthedocs.io/en/latest/changelog.html',
        paths: [],
        page: 'changelog',
      },
      {
        line: 2,
        written: 'https://github.com/o/r/blob/main/docs/history.md',
        paths: ['docs/history.md'],
      },
      { line: 3, written: 'https://github.com/o/r/releases', paths: [] },
    ]);
  });

  it('does not point a file at itself, and passes over words that name no file', () => {
    expect(
      changelogPointers('CHANGES.rst lists nothing; see the website.\n', 'CHANGES.rst'),
    ).toEqual([]);
  });

  it('is linear on hostile lines (long runs of dots, slashes and brackets)', () => {
    const hostile = ('a.'.repeat(50_000) + '/'.repeat(50_000) + '['.repeat(50_000) + '\n').repeat(
      3,
    );
    const start = performance.now();
    changelogPointers(hostile, 'CHANGES');
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('a changelog that only points elsewhere, followed', () => {
  it('follows a root CHANGES.rst that says "See docs/changes.rst"', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': PYPROJECT,
        'CHANGES.rst': 'Changes\n=======\n\nSee docs/changes.rst for the changelog.\n',
        'docs/changes.rst': RST_RELEASES,
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('docs/changes.rst');
    expect(project.changelog?.parsed.releases[0]?.line).toBe(4);
    expect(project.notes).toContain(
      'Changelog: docs/changes.rst (CHANGES.rst:4 points to docs/changes.rst; found without the changelog input).',
    );
  });

  it('follows an rst include and a Markdown link', async () => {
    const included = await loadProject(
      listingReader({
        'pyproject.toml': PYPROJECT,
        'NEWS.rst': '.. include:: docs/changelog.rst\n',
        'docs/changelog.rst': RST_RELEASES,
      }),
      AUTO,
    );
    expect(included.changelog?.file).toBe('docs/changelog.rst');
    const linked = await loadProject(
      listingReader({
        'pyproject.toml': PYPROJECT,
        'CHANGELOG.md': '# Changelog\n\nIt is kept in [the docs](docs/changelog.md).\n',
        'docs/changelog.md': MD_RELEASES,
      }),
      AUTO,
    );
    expect(linked.changelog?.file).toBe('docs/changelog.md');
  });

  it('matches a URL to hosted docs with the docs source that renders it', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': PYPROJECT,
        HISTORY:
          'The changelog is at https://placeholder.readthedocs.io/en/latest/changelog.html\n',
        'docs/changelog.rst': RST_RELEASES,
        'docs/index.rst': 'Home\n====\n',
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('docs/changelog.rst');
    expect(project.notes.join('\n')).toContain('HISTORY:1 points to docs/changelog.rst');
  });

  it('follows a pointer to a pointer, and never in a circle', async () => {
    const chained = await loadProject(
      listingReader({
        'pyproject.toml': PYPROJECT,
        'CHANGES.md': 'See [docs/index.md](docs/index.md).\n',
        'docs/index.md': '{%\n   include-markdown "../changelog/all.md"\n%}\n',
        'changelog/all.md': MD_RELEASES,
      }),
      AUTO,
    );
    expect(chained.changelog?.file).toBe('changelog/all.md');
    expect(chained.notes.join('\n')).toContain(
      'CHANGES.md:1 points to docs/index.md, docs/index.md:2 points to changelog/all.md',
    );
    const circle = await loadProject(
      listingReader({
        'pyproject.toml': PYPROJECT,
        'CHANGES.md': 'See docs/a.md\n',
        'docs/a.md': 'See CHANGES.md\n',
      }),
      AUTO,
    );
    expect(circle.changelog?.file).toBe('CHANGES.md');
  });

  it('keeps the file and names the line when what it points at is not in the repository', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': PYPROJECT,
        'CHANGES.rst':
          'Changes\n=======\n\nThe changelog moved to https://github.com/o/r/releases\n',
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('CHANGES.rst');
    expect(project.notes.join('\n')).toContain(
      'CHANGES.rst holds no release heading and points to https://github.com/o/r/releases (CHANGES.rst:4)',
    );
  });

  it('does not follow a file that has releases, even when it names another file', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': PYPROJECT,
        'CHANGELOG.md': '# Changelog\n\nOlder releases: docs/old.md\n\n## 1.1.0 - 2026-01-02\n',
        'docs/old.md': MD_RELEASES,
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('CHANGELOG.md');
  });

  it('follows the docs page source that includes the root changelog (jinja, cattrs)', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': `${PYPROJECT}\n[project.urls]\nChangelog = "https://placeholder.invalid/en/latest/history.html"\n`,
        'docs/history.md': '```{include} ../RELEASES.md\n\n```\n',
        'RELEASES.md': MD_RELEASES,
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('RELEASES.md');
  });
});

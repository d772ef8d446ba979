// A changelog published as a documentation page: [project.urls] names the page, the docs tree in
// the repository holds its source (gunicorn, fastapi, scikit-build-core).
import { describe, expect, it } from 'vitest';
import { loadProject, type ProjectOptions } from '../../../src/project/project.js';
import { docsPagePaths, isPageSource } from '../../../src/changelog/discovery.js';
import { listingReader } from '../../helpers/listing.js';

const AUTO: ProjectOptions = { dir: '', changelog: '', versionFiles: [] };
const pyproject = (url: string) =>
  `[project]\nname = "placeholder-pkg"\nversion = "1.1.0"\n\n[project.urls]\nChangelog = "${url}"\n`;
const NEWS = '# Changelog\n\n## 1.1.0 - 2026-01-02\n\n- Entry.\n';

describe('docsPagePaths', () => {
  it('takes the page path of a documentation site, without language, build or .html', () => {
    expect(
      docsPagePaths({
        Changelog: 'https://gunicorn.org/news/',
        'Release notes': 'https://fastapi.tiangolo.com/release-notes/',
        changes: 'https://example.readthedocs.io/en/latest/about/changelog.html',
        History: 'https://example.invalid/en/stable/history/index.html',
      }),
    ).toEqual(['news', 'release-notes', 'about/changelog', 'history']);
  });

  it('passes over a page URL whose %-escapes are malformed', () => {
    expect(
      docsPagePaths({
        Changelog: 'https://example.invalid/docs/%zz/news/',
        Changes: 'https://example.invalid/release%20notes/',
      }),
    ).toEqual(['release notes']);
  });

  it('ignores GitHub links, other keys, and a site root', () => {
    expect(
      docsPagePaths({
        Changelog: 'https://github.com/o/r/releases',
        Documentation: 'https://example.invalid/news/',
        News: 'https://example.invalid/',
      }),
    ).toEqual([]);
  });

  it('matches a source file by the end of its path', () => {
    expect(isPageSource('docs/content/news.md', 'news')).toBe(true);
    expect(isPageSource('docs/content/2024-news.md', 'news')).toBe(false);
    expect(isPageSource('docs/about/changelog.md', 'about/changelog')).toBe(true);
    expect(isPageSource('docs/changelog.md', 'about/changelog')).toBe(false);
    expect(isPageSource('docs/news.py', 'news')).toBe(false);
  });
});

describe('the changelog page found in the docs tree', () => {
  it('finds gunicorn’s docs/content/news.md from https://gunicorn.org/news/', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': pyproject('https://gunicorn.org/news/'),
        'docs/content/news.md': NEWS,
        'docs/content/2024-news.md': '# 2024\n',
        'docs/content/index.md': '# Home\n',
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('docs/content/news.md');
    expect(project.notes).toContain(
      'Changelog: docs/content/news.md (found without the changelog input).',
    );
  });

  it('finds fastapi’s docs/en/docs/release-notes.md, three folders down', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': pyproject('https://fastapi.tiangolo.com/release-notes/'),
        'docs/en/docs/release-notes.md': NEWS,
        'docs/en/mkdocs.yml': '',
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('docs/en/docs/release-notes.md');
  });

  it('takes none when two sources at the same depth claim the page', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': pyproject('https://example.invalid/news/'),
        'docs/a/news.md': NEWS,
        'docs/b/news.rst': NEWS,
      }),
      AUTO,
    );
    expect(project.changelog).toBeUndefined();
  });

  it('prefers a changelog by its usual name to the page', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': pyproject('https://gunicorn.org/news/'),
        'CHANGELOG.md': NEWS,
        'docs/content/news.md': NEWS,
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('CHANGELOG.md');
  });
});

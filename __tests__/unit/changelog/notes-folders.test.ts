// Release notes in the docs, one file per release or per series, found with no input.
import { describe, expect, it } from 'vitest';
import {
  inferNotesPattern,
  notesFolders,
  patternServes,
} from '../../../src/changelog/notes-folders.js';
import {
  findNotesFile,
  patternPath,
  readNotesFile,
  renderPattern,
} from '../../../src/changelog/notes-files.js';
import { loadProject, type ProjectOptions } from '../../../src/project/project.js';
import { listingReader } from '../../helpers/listing.js';

// IPython's docs/source/whatsnew (abridged): one file per major, older ones per minor.
const IPYTHON = [
  'development.rst',
  'github-stats-7.rst',
  'github-stats-8.rst',
  'index.rst',
  'version0.13.rst',
  'version1.0.rst',
  'version3_widget_migration.rst',
  'version7.rst',
  'version8.rst',
  'version9.rst',
];
const SPHINX = ['8.1.rst', '8.2.rst', '9.0.rst', 'index.rst'];
const DJANGO = ['4.2.txt', '4.2.1.txt', '4.2.2.txt', '5.0.txt', 'index.txt', 'security.txt'];

describe('notes folders', () => {
  it('looks in releases, whatsnew, changes... in the project, docs/, doc/ and docs/source/', () => {
    const folders = [
      'docs',
      'docs/source',
      'docs/source/whatsnew',
      'doc/changes',
      'src',
      'CHANGES',
    ];
    expect(notesFolders('', folders)).toEqual(['CHANGES', 'doc/changes', 'docs/source/whatsnew']);
    expect(notesFolders('', ['doc', 'doc/build', 'doc/build/changelog'])).toEqual([
      'doc/build/changelog',
    ]);
    expect(notesFolders('libs/foo', ['libs/foo/docs/releases', 'docs/releases'])).toEqual([
      'libs/foo/docs/releases',
    ]);
  });

  it('reads IPython’s version9.rst as one file per major series', () => {
    const pattern = inferNotesPattern('docs/source/whatsnew', IPYTHON, 's')!;
    expect(pattern).toEqual({
      dir: 'docs/source/whatsnew',
      name: 'version{version}.rst',
      source: 's',
      series: 1,
    });
    expect(patternPath(pattern)).toBe('docs/source/whatsnew/version{major}.rst');
    expect(findNotesFile(pattern, IPYTHON, '9.16.0')?.file).toBe(
      'docs/source/whatsnew/version9.rst',
    );
    expect(findNotesFile(pattern, IPYTHON, '0.13.2')?.file).toBe(
      'docs/source/whatsnew/version0.13.rst',
    );
    expect(findNotesFile(pattern, IPYTHON, '10.0.0')).toBeUndefined();
    expect(renderPattern(pattern, '10.0.0')).toBe('docs/source/whatsnew/version10.rst');
  });

  it('reads sphinx’s doc/changes/9.0.rst as one file per minor series', () => {
    const pattern = inferNotesPattern('doc/changes', SPHINX, 's')!;
    expect(pattern.series).toBe(2);
    expect(findNotesFile(pattern, SPHINX, '9.0.4')?.file).toBe('doc/changes/9.0.rst');
    expect(findNotesFile(pattern, SPHINX, '9.1.0')).toBeUndefined();
    expect(renderPattern(pattern, '9.1.0')).toBe('doc/changes/9.1.rst');
  });

  it('reads SQLAlchemy’s changelog_20.rst as the 2.0 series, its dot left out', () => {
    const names = ['changelog_01.rst', 'changelog_09.rst', 'changelog_14.rst', 'changelog_20.rst'];
    const sqlalchemy = [...names, 'changelog_21.rst', 'index.rst', 'migration_20.rst'];
    const pattern = inferNotesPattern('doc/build/changelog', sqlalchemy, 's')!;
    expect(pattern).toMatchObject({ name: 'changelog_{version}.rst', series: 2, joined: true });
    expect(patternPath(pattern)).toBe('doc/build/changelog/changelog_{major}{minor}.rst');
    expect(findNotesFile(pattern, sqlalchemy, '2.0.52')?.file).toBe(
      'doc/build/changelog/changelog_20.rst',
    );
    expect(findNotesFile(pattern, sqlalchemy, '1.4.54')?.file).toBe(
      'doc/build/changelog/changelog_14.rst',
    );
    expect(renderPattern(pattern, '2.2.0')).toBe('doc/build/changelog/changelog_22.rst');
    expect(patternServes(pattern, sqlalchemy, '2.2.0')).toBe(true);
    expect(patternServes(pattern, sqlalchemy, '1.5.0')).toBe(false);
    // Two-digit numbers with none zero-led are majors (python 10.rst, 11.rst), not joined.
    expect(inferNotesPattern('docs/releases', ['10.rst', '11.rst'], 's')?.joined).toBeUndefined();
  });

  it('reads Django’s docs/releases/4.2.1.txt, v4.2.1.rst and 2.0.0-notes.rst as one file per release', () => {
    const django = inferNotesPattern('docs/releases', DJANGO, 's')!;
    expect(django.series).toBeUndefined();
    expect(findNotesFile(django, DJANGO, '4.2.0')?.file).toBe('docs/releases/4.2.txt');
    expect(findNotesFile(django, DJANGO, '4.2.1')?.file).toBe('docs/releases/4.2.1.txt');
    expect(inferNotesPattern('r', ['v4.2.0.rst', 'v4.2.1.rst'], 's')?.name).toBe('v{version}.rst');
    expect(inferNotesPattern('r', ['release_1.0.rst', 'release_2.0.rst'], 's')).toMatchObject({
      name: 'release_{version}.rst',
      series: 2,
    });
    expect(inferNotesPattern('r', ['2.0.0-notes.rst', '1.9.0-notes.rst'], 's')?.name).toBe(
      '{version}-notes.rst',
    );
  });

  it('does not take files named after years, or a lone versioned file, for release notes', () => {
    expect(inferNotesPattern('docs/news', ['2023.md', '2024.md', 'index.md'], 's')).toBeUndefined();
    expect(inferNotesPattern('docs/releases', ['1.0.0.md', 'index.md'], 's')).toBeUndefined();
  });

  it('serves a version with its file, or one newer than every file; not an older one it skips', () => {
    const pattern = inferNotesPattern('docs/releases', DJANGO, 's')!;
    expect(patternServes(pattern, DJANGO, '4.2.2')).toBe(true);
    expect(patternServes(pattern, DJANGO, '5.1.0')).toBe(true);
    expect(patternServes(pattern, DJANGO, '4.2.9')).toBe(false);
  });
});

const AUTO: ProjectOptions = { dir: '', changelog: '', versionFiles: [] };
const pyproject = (version: string) =>
  `[project]\nname = "placeholder-pkg"\nversion = "${version}"\n`;
const VERSION9 = [
  '============', // 1
  ' 9.x Series', // 2
  '============', // 3
  '', // 4
  'IPython 9.16', // 5
  '------------', // 6
  '', // 7
  'Summary', // 8
  '~~~~~~~', // 9
  '', // 10
  'Placeholder.', // 11
  '', // 12
  'IPython 9.15', // 13
  '------------', // 14
  '', // 15
  'Older placeholder.', // 16
  '',
].join('\n');

describe('the notes of a version in a docs notes folder, found with no input', () => {
  const files = (version: string) => ({
    'pyproject.toml': pyproject(version),
    'docs/source/whatsnew/version8.rst': '8.x\n===\n\nIPython 8.0\n-----------\n',
    'docs/source/whatsnew/version9.rst': VERSION9,
    'docs/source/whatsnew/index.rst': 'What is new\n===========\n',
  });

  it('takes the section of the version in the file of its series, up to the next release', async () => {
    const project = await loadProject(listingReader(files('9.16.0')), AUTO);
    const changelog = project.changelog!;
    expect(changelog.file).toBe('docs/source/whatsnew/version9.rst');
    expect(changelog.parsed.releases).toHaveLength(1);
    expect(changelog.parsed.releases[0]).toMatchObject({
      line: 5,
      body: 'Summary\n~~~~~~~\n\nPlaceholder.',
    });
    expect(project.notes).toContain(
      'Release notes: docs/source/whatsnew/version9.rst (one file per release series: docs/source/whatsnew/version{major}.rst, found in docs/source/whatsnew/).',
    );
  });

  it('says the series file has no section for a version it lacks', async () => {
    const project = await loadProject(listingReader(files('9.17.0')), AUTO);
    expect(project.changelog?.file).toBe('docs/source/whatsnew/version9.rst');
    expect(project.changelog?.perVersion?.exists).toBe(true);
    expect(project.changelog?.parsed.releases).toEqual([]);
  });

  it('takes the section titled with a patch’s minor series, "IPython 9.16" for 9.16.1', async () => {
    const project = await loadProject(listingReader(files('9.16.1')), AUTO);
    expect(project.changelog?.parsed.releases[0]?.line).toBe(5);
    expect(project.changelog?.perVersion?.servedBy).toBe('9.16');
    // A title of three numbers is a release's own: it serves no other patch.
    const full = { ...files('1.0.1'), 'docs/source/whatsnew/version1.rst': '1.0.0\n=====\n' };
    const own = await loadProject(listingReader(full), AUTO);
    expect(own.changelog?.parsed.releases).toEqual([]);
  });

  it('prefers a root changelog with releases to the notes folder', async () => {
    const project = await loadProject(
      listingReader({ ...files('9.16.0'), 'CHANGELOG.md': '# Changelog\n\n## 9.16.0\n' }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('CHANGELOG.md');
  });

  it('reads a per-release CHANGES/1.2.3.md folder at the root', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': pyproject('1.2.3'),
        'CHANGES/1.2.2.md': '# 1.2.2\n\n- Older.\n',
        'CHANGES/1.2.3.md': '# 1.2.3\n\n- Newest.\n\n## Fixed\n\n- Fix.\n',
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('CHANGES/1.2.3.md');
    expect(project.changelog?.parsed.releases[0]?.body).toBe('- Newest.\n\n## Fixed\n\n- Fix.');
  });
});

describe('readNotesFile on a file of a series', () => {
  it('gives the version’s own section, not the releases after it (the bump’s tag message)', () => {
    const section = readNotesFile(VERSION9, { format: 'rst', version: '9.16' });
    expect(section).toMatchObject({ line: 5, body: 'Summary\n~~~~~~~\n\nPlaceholder.' });
    expect(readNotesFile(VERSION9, { format: 'rst', version: '9.17' })).toBeUndefined();
  });
});

describe('file names from a repository', () => {
  it('are read in linear time, however hostile', () => {
    const names = [
      `${'1.'.repeat(20_000)}x`,
      `v${'9'.repeat(40_000)}.rst`,
      `${'a'.repeat(40_000)}1.2.rst`,
      `${'1.2'.repeat(10_000)}.md`,
    ];
    const start = performance.now();
    inferNotesPattern('docs/releases', names, 's');
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('news fragments are no release notes', () => {
  it('does not read towncrier fragments (3.bugfix.rst) in a news/ folder as series files', () => {
    expect(
      inferNotesPattern('news', ['3.bugfix.rst', '5.bugfix.rst', '8.feature.rst'], 's'),
    ).toBeUndefined();
  });
});

// Release notes kept as one file per version: the pattern, the version's file, the check.
import { describe, expect, it } from 'vitest';
import { checkVersions } from '../../../src/check/check-versions.js';
import { loadProject } from '../../../src/project/project.js';
import { findRelease } from '../../../src/changelog/parse.js';
import {
  findNotesFile,
  inferPattern,
  patternFromPath,
  readNotesFile,
  renderPattern,
} from '../../../src/changelog/notes-files.js';
import { parseVersionTag } from '../../../src/version/tag.js';
import { listingReader } from '../../helpers/listing.js';

type Project = Awaited<ReturnType<typeof loadProject>>;
const tagged = (project: Project, tag: string) => ({
  project,
  tag: parseVersionTag(tag, ''),
  requireChangelogEntry: false,
  tagPrefix: 'v',
});
const pulled = (project: Project, baseVersion: string) => ({
  project,
  pullRequest: { baseRef: 'main', baseVersion },
  requireChangelogEntry: false,
  tagPrefix: 'v',
});

// numpy's doc/source/release at v2.5.2: versioned notes, a template, an index elsewhere.
const NUMPY_NAMES = [
  '2.4.6-notes.rst',
  '2.5.0-notes.rst',
  '2.5.1-notes.rst',
  '2.5.2-notes.rst',
  'template.rst',
];
const NUMPY = { dir: 'doc/source/release', name: '{version}-notes.rst', source: 'test' };

describe('the pattern of the notes files', () => {
  it('a path with {version} in its file name', () => {
    expect(patternFromPath('docs/changes/{version}.md', 's')).toEqual({
      dir: 'docs/changes',
      name: '{version}.md',
      source: 's',
    });
    expect(patternFromPath('NEWS.rst', 's')).toBeUndefined();
    expect(patternFromPath('docs/{version}/notes.md', 's')).toBeUndefined();
  });

  it("numpy's versioned siblings of towncrier's draft file, not its template", () => {
    expect(inferPattern('doc/source/release', NUMPY_NAMES, 's')).toEqual({ ...NUMPY, source: 's' });
    // flake8's docs/source/release-notes: 7.3.0.rst and an index.rst.
    expect(inferPattern('n', ['7.1.2.rst', '7.2.0.rst', '7.3.0.rst', 'index.rst'], 's')?.name).toBe(
      '{version}.rst',
    );
    // One versioned file is no pattern.
    expect(inferPattern('n', ['2.5.2-notes.rst', 'template.rst'], 's')).toBeUndefined();
  });

  it('renders a file name only when {version} is its one placeholder', () => {
    expect(renderPattern(NUMPY, '2.5.3')).toBe('doc/source/release/2.5.3-notes.rst');
    expect(
      renderPattern({ dir: 'news', name: '{name}-{version}.md', source: 's' }, '1.0'),
    ).toBeUndefined();
  });
});

describe('the notes file of a version', () => {
  it('matches a towncrier filename of many placeholders in linear time', () => {
    // Each {name} is `.*?`: a backtracking engine is polynomial of degree 40 on these names.
    const name = `${'{name}'.repeat(40)}{version}x{version}.md`;
    const names = Array.from({ length: 50 }, (_, i) => `${'a'.repeat(200 + i)}.md`);
    const pattern = { dir: 'news', name, source: 'towncrier' };
    expect(findNotesFile(pattern, names, '1.0')).toBeUndefined();
    expect(findNotesFile(pattern, [...names, 'ab1.0x1.0.md'], '1.0')?.file).toBe(
      'news/ab1.0x1.0.md',
    );
  });

  it('by PEP 440 meaning', () => {
    expect(findNotesFile(NUMPY, NUMPY_NAMES, '2.5.2')).toEqual({
      file: 'doc/source/release/2.5.2-notes.rst',
      version: '2.5.2',
      fallback: false,
    });
    expect(findNotesFile(NUMPY, NUMPY_NAMES, 'v2.5.1')?.file).toBe(
      'doc/source/release/2.5.1-notes.rst',
    );
    expect(findNotesFile(NUMPY, NUMPY_NAMES, '2.5.3')).toBeUndefined();
  });

  it("a release candidate or dev version without its own file has its final's", () => {
    expect(findNotesFile(NUMPY, NUMPY_NAMES, '2.5.0rc1')).toEqual({
      file: 'doc/source/release/2.5.0-notes.rst',
      version: '2.5.0',
      fallback: true,
    });
    expect(findNotesFile(NUMPY, [...NUMPY_NAMES, '2.5.0rc1-notes.rst'], '2.5.0rc1')?.fallback).toBe(
      false,
    );
    expect(findNotesFile(NUMPY, NUMPY_NAMES, '2.6.0.dev0')).toBeUndefined();
  });

  it('a {version} pattern with other towncrier placeholders', () => {
    const pattern = { dir: 'news', name: '{name}-{version}-{project_date}.md', source: 's' };
    expect(
      findNotesFile(pattern, ['pkg-1.2.0-2026-01-02.md', 'pkg-1.1.0-2025-12-01.md'], '1.2')?.file,
    ).toBe('news/pkg-1.2.0-2026-01-02.md');
  });

  it('the first heading naming the version is the title; everything after it the notes', () => {
    const text =
      '.. currentmodule:: numpy\n\n=========================\nNumPy 2.5.2 Release Notes\n=========================\n\nSummary.\n\n\nC API changes\n=============\n\nIssues closed for 2.5.2\n-----------------------\n\n- Entry.\n';
    const release = readNotesFile(text, { format: 'rst', version: '2.5.2' })!;
    expect(release.line).toBe(4);
    expect(release.body).toBe(
      'Summary.\n\n\nC API changes\n=============\n\nIssues closed for 2.5.2\n-----------------------\n\n- Entry.',
    );
    // flake8: "7.3.0 -- 2025-06-20" over dashes.
    expect(
      readNotesFile('7.3.0 -- 2025-06-20\n-------------------\n\nNotes.\n', {
        format: 'rst',
        version: '7.3.0',
      })?.date,
    ).toBe('2025-06-20');
    expect(
      readNotesFile('Other notes\n===========\n', { format: 'rst', version: '1.0' }),
    ).toBeUndefined();
  });
});

describe('a project with one notes file per version', () => {
  const TOWNCRIER =
    '\n[tool.towncrier]\nsingle_file = false\nfilename = "doc/source/release/notes-towncrier.rst"\ndirectory = "doc/release/upcoming_changes/"\n[[tool.towncrier.type]]\ndirectory = "improvement"\nname = "Improvements"\n';
  const notes = (version: string) =>
    `=========================\nNumPy ${version} Release Notes\n=========================\n\nNotes of ${version}.\n`;
  const files = (version: string, extra: Record<string, string> = {}) => ({
    'pyproject.toml': `[project]\nname = "numpy"\nversion = "${version}"\n${TOWNCRIER}`,
    'doc/source/release/2.5.1-notes.rst': notes('2.5.1'),
    'doc/source/release/2.5.2-notes.rst': notes('2.5.2'),
    'doc/source/release/template.rst': notes('2.xx.x'),
    'doc/release/upcoming_changes/template.rst': '{# template #}\n',
    ...extra,
  });
  const load = (version: string, extra?: Record<string, string>, tag?: string) =>
    loadProject(listingReader(files(version, extra)), {
      dir: '',
      changelog: '',
      versionFiles: [],
      ...(tag ? { version: tag } : {}),
    });

  it("a tag's notes are its file's, and the check passes", async () => {
    const project = await load('2.5.2', {}, '2.5.2');
    expect(project.changelog?.file).toBe('doc/source/release/2.5.2-notes.rst');
    expect(findRelease(project.changelog!.parsed, '2.5.2')?.body).toBe('Notes of 2.5.2.');
    const result = checkVersions(tagged(project, 'v2.5.2'));
    expect(result.ok).toBe(true);
    // A per-version file has no date to give: no warning for it.
    expect(result.findings.filter((finding) => finding.level === 'warning')).toEqual([]);
  });

  it('a tag without its file is refused with the file to write', async () => {
    const project = await load('2.5.3', {}, '2.5.3');
    const result = checkVersions(tagged(project, 'v2.5.3'));
    expect(result.ok).toBe(false);
    const error = result.findings.find((finding) => finding.level === 'error')!;
    expect(error.title).toBe('Changelog has no section for this version');
    expect(error.message).toContain('doc/source/release/2.5.3-notes.rst does not exist');
    expect(error.message).toContain('doc/source/release/{version}-notes.rst');
  });

  it("a file that names another version is not this version's notes", async () => {
    const project = await load('2.5.3', { 'doc/source/release/2.5.3-notes.rst': notes('2.5.2') });
    const result = checkVersions(tagged(project, 'v2.5.3'));
    expect(result.findings.find((finding) => finding.level === 'error')?.message).toContain(
      'doc/source/release/2.5.3-notes.rst names no 2.5.3 in a heading',
    );
  });

  it('a release candidate tag is served by its final release notes', async () => {
    const project = await load('2.5.2rc1', {}, '2.5.2rc1');
    const result = checkVersions(tagged(project, 'v2.5.2rc1'));
    expect(result.ok).toBe(true);
    expect(findRelease(project.changelog!.parsed, '2.5.2rc1')?.body).toBe('Notes of 2.5.2.');
    expect(result.findings.map((finding) => finding.message)).toContainEqual(
      expect.stringContaining('serves as the notes of 2.5.2rc1'),
    );
  });

  it('a pull request counts news fragments, as for every towncrier project', async () => {
    const fragment = { 'doc/release/upcoming_changes/31999.improvement.rst': 'Text.\n' };
    const withFragment = checkVersions(pulled(await load('2.6.0.dev0', fragment), '2.6.0.dev0'));
    expect(withFragment.ok).toBe(true);
    const without = checkVersions(pulled(await load('2.6.0.dev0'), '2.6.0.dev0'));
    // A development version needs no notes yet; a pull request without a fragment is told so.
    expect(without.ok).toBe(true);
    expect(
      without.findings
        .filter((finding) => finding.level !== 'notice')
        .map((finding) => [finding.level, finding.title]),
    ).toEqual([['warning', 'No changelog entry']]);
    // A pull request that makes it a release needs the release's notes file.
    const bumped = checkVersions(pulled(await load('2.6.0'), '2.6.0.dev0'));
    const error = bumped.findings.find((finding) => finding.level === 'error')!;
    expect(error.title).toBe('Changelog has no section for this version');
    expect(error.message).toContain('doc/source/release/2.6.0-notes.rst does not exist');
  });

  it('the changelog input with {version} names the files of a project without towncrier', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': '[project]\nname = "flake8-like"\nversion = "7.3.0"\n',
        'docs/source/release-notes/7.2.0.rst': '7.2.0 -- 2025-03-29\n-------------------\n\nOld.\n',
        'docs/source/release-notes/7.3.0.rst': '7.3.0 -- 2025-06-20\n-------------------\n\nNew.\n',
        'docs/source/release-notes/index.rst': 'Release Notes\n=============\n',
      }),
      { dir: '', changelog: 'docs/source/release-notes/{version}.rst', versionFiles: [] },
    );
    expect(project.changelog?.file).toBe('docs/source/release-notes/7.3.0.rst');
    expect(checkVersions(tagged(project, '7.3.0')).ok).toBe(true);
  });

  it('towncrier with single_file = false and a {version} filename', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml':
          '[project]\nname = "pkg"\nversion = "1.1.0"\n[tool.towncrier]\nsingle_file = false\nfilename = "docs/changes/{version}.md"\ndirectory = "changes"\n',
        'docs/changes/1.0.0.md': '# pkg 1.0.0 (2025-01-02)\n\n- First.\n',
        'docs/changes/1.1.0.md': '# pkg 1.1.0 (2025-03-04)\n\n### Features\n\n- Second.\n',
      }),
      { dir: '', changelog: '', versionFiles: [] },
    );
    expect(project.changelog?.perVersion?.source).toBe(
      "towncrier's filename with single_file = false",
    );
    expect(findRelease(project.changelog!.parsed, '1.1.0')?.body).toBe('### Features\n\n- Second.');
  });
});

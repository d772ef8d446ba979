// Finding the changelog without configuration, and towncrier projects.
import { describe, expect, it } from 'vitest';
import { checkVersions } from '../../../src/check/check-versions.js';
import { UserError } from '../../../src/errors.js';
import { loadProject, type ProjectOptions } from '../../../src/project/project.js';
import {
  changelogCandidates,
  changelogFolders,
  changelogUrlProblems,
  pathFromUrl,
} from '../../../src/changelog/discovery.js';
import { isFragment } from '../../../src/changelog/towncrier-config.js';
import { parseVersionTag } from '../../../src/version/tag.js';
import { listingReader } from '../../helpers/listing.js';
import { memoryReader } from '../../helpers/memory.js';

const AUTO: ProjectOptions = { dir: '', changelog: '', versionFiles: [] };

const pyproject = (extra = '', version = '1.1.0') =>
  `[project]\nname = "placeholder-pkg"\nversion = "${version}"\n${extra}`;
const INIT = 'src/placeholder_pkg/__init__.py';

describe('changelogCandidates', () => {
  const files = [
    'README.md',
    'docs/changelog.rst',
    'docs/index.rst',
    'Changes.rst',
    'HISTORY',
    'NEWS.txt',
    'release-notes.md',
    'doc/CHANGELOG.md',
  ];

  it('ranks names, then the project folder before docs/ and doc/, in any case', () => {
    expect(changelogCandidates({ dir: '', files, urls: undefined })).toEqual([
      'Changes.rst',
      'HISTORY',
      'NEWS.txt',
      'release-notes.md',
      'docs/changelog.rst',
      'doc/CHANGELOG.md',
    ]);
  });

  it('puts the [project.urls] changelog in this repository first', () => {
    const urls = {
      Homepage: 'https://example.invalid',
      Changelog: 'https://github.com/Octo/Repo/blob/main/docs/changelog.rst#latest',
    };
    expect(changelogCandidates({ dir: '', files, urls, repository: 'octo/repo' })[0]).toBe(
      'docs/changelog.rst',
    );
    expect(changelogCandidates({ dir: '', files, urls, repository: 'someone/else' })[0]).toBe(
      'Changes.rst',
    );
    expect(
      changelogCandidates({
        dir: '',
        files: [],
        urls: { 'Release Notes': 'https://github.com/o/r/tree/v2/doc/en/changelog.rst' },
      }),
    ).toEqual(['doc/en/changelog.rst']);
  });

  it('decodes %-escapes, and passes over a URL whose escapes are malformed instead of failing', () => {
    expect(pathFromUrl('https://github.com/o/r/blob/main/NEWS%20FILE.md', '')).toBe('NEWS FILE.md');
    expect(pathFromUrl('https://github.com/o/r/blob/main/CHANGES%zz.md', '')).toBeUndefined();
    expect(pathFromUrl('https://github.com/o/r/blob/main/%E0%A4', '')).toBeUndefined();
    const candidates = changelogCandidates({
      dir: '',
      files: ['CHANGELOG.md'],
      urls: { Changelog: 'https://github.com/o/r/blob/main/%zz' },
    });
    expect(candidates[0]).toBe('CHANGELOG.md');
  });

  it('resolves .. after decoding, and names no file for a URL that climbs out', () => {
    const blob = 'https://github.com/o/r/blob/main/';
    expect(pathFromUrl(`${blob}docs/..%2FCHANGES.md`, '')).toBe('CHANGES.md');
    expect(pathFromUrl(`${blob}..%2F..%2F..%2Fetc%2Fpasswd`, '')).toBeUndefined();
    expect(pathFromUrl(`${blob}docs/../../x`, '')).toBeUndefined();
    expect(
      changelogUrlProblems({
        dir: '',
        files: [],
        urls: {
          Changelog: `${blob}..%2F..%2Fetc%2Fpasswd`,
          Changes: `${blob}%E0%A4`,
          Homepage: `${blob}%zz`,
          History: `${blob}HISTORY.md`,
        },
      }),
    ).toEqual([
      { key: 'Changelog', url: `${blob}..%2F..%2Fetc%2Fpasswd`, problem: 'outside' },
      { key: 'Changes', url: `${blob}%E0%A4`, problem: 'malformed' },
    ]);
  });

  it('names a folder that is named like a changelog file', () => {
    expect(
      changelogFolders('pkg', [
        'pkg/CHANGELOG.md',
        'pkg/changelog',
        'pkg/docs/NEWS.rst',
        'x/CHANGES.md',
      ]),
    ).toEqual(['pkg/CHANGELOG.md', 'pkg/docs/NEWS.rst']);
  });

  it('reads relative and raw URLs, and ignores documentation sites', () => {
    expect(pathFromUrl('docs/HISTORY.md', 'python/pkg')).toBe('python/pkg/docs/HISTORY.md');
    expect(pathFromUrl('../CHANGES.md', 'python/pkg')).toBe('python/CHANGES.md');
    expect(pathFromUrl('../../../x', 'a')).toBeUndefined();
    expect(pathFromUrl('https://raw.githubusercontent.com/o/r/main/CHANGES.rst', '')).toBe(
      'CHANGES.rst',
    );
    expect(pathFromUrl('https://placeholder.readthedocs.io/en/stable/changelog.html', '')).toBe(
      undefined,
    );
  });

  it('probes every usual name when the reader cannot list', () => {
    const candidates = changelogCandidates({ dir: 'pkg', files: undefined, urls: undefined });
    expect(candidates.slice(0, 3)).toEqual([
      'pkg/CHANGELOG.md',
      'pkg/changelog.md',
      'pkg/Changelog.md',
    ]);
    expect(candidates).toContain('pkg/docs/RELEASE_NOTES.rst');
    expect(candidates).toContain('pkg/doc/history.txt');
  });
});

describe('loadProject finds the changelog', () => {
  it('an RST changelog under docs/ (virtualenv/platformdirs layout), with a notice', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': pyproject(),
        [INIT]: '__version__ = "1.1.0"\n',
        'docs/changelog.rst':
          'Changelog\n=========\n1.1.0 (2026-01-02)\n------------------\n- A.\n',
      }),
      AUTO,
    );
    expect(project.changelog).toMatchObject({ file: 'docs/changelog.rst', discovered: true });
    expect(project.changelog?.parsed.format).toBe('rst');
    expect(project.changelog?.parsed.releases[0]?.version).toBe('1.1.0');
    expect(project.notes).toContain(
      'Changelog: docs/changelog.rst (found without the changelog input).',
    );
  });

  it('a [project.urls] link that names no file, said at its line; a CHANGELOG.md folder', async () => {
    const urls = [
      'https://github.com/o/r/blob/main/..%2F..%2F..%2Fetc%2Fpasswd',
      'https://github.com/o/r/blob/main/CHANGES%E0%A4.md',
    ];
    const project = await loadProject(
      listingReader({
        'pyproject.toml': pyproject(
          `\n[project.urls]\nChangelog = "${urls[0]}"\nChanges = "${urls[1]}"\n`,
        ),
        [INIT]: '__version__ = "1.1.0"\n',
        'CHANGELOG.md/notes.md': '## 1.1.0\n',
      }),
      { ...AUTO, repository: 'o/r' },
    );
    expect(project.changelog).toBeUndefined();
    const notes = project.notes.join('\n');
    expect(notes).toMatch(
      /pyproject\.toml:\d+: the Changelog link points outside the repository \(its path climbs above the root with \.\.\), so it is not read/,
    );
    expect(notes).toMatch(/pyproject\.toml:\d+: the Changes link has a malformed %-escape/);
    expect(notes).toContain('CHANGELOG.md is a folder, not a file');
    expect(notes).not.toContain('symbolic link');
  });

  it('the [project.urls] Changelog link, in a project below the repository root', async () => {
    const project = await loadProject(
      listingReader({
        'python/pyproject.toml': pyproject(
          '\n[project.urls]\nChangelog = "https://github.com/o/r/blob/main/python/docs/NEWS.md"\n',
        ),
        'python/src/placeholder_pkg/__init__.py': '__version__ = "1.1.0"\n',
        'python/CHANGELOG.md': '## 0.1.0 (2020-01-01)\n',
        'python/docs/NEWS.md': '## 1.1.0 (2026-01-02)\n- A.\n',
      }),
      { ...AUTO, dir: 'python', repository: 'o/r' },
    );
    expect(project.changelog?.file).toBe('python/docs/NEWS.md');
    const withoutUrl = await loadProject(
      listingReader({
        'python/pyproject.toml': pyproject(),
        'python/CHANGELOG.md': '## 1.1.0 (2020-01-01)\n',
        'CHANGES.md': '## 0.1.0 (2020-01-01)\n',
      }),
      { ...AUTO, dir: 'python' },
    );
    expect(withoutUrl.changelog?.file).toBe('python/CHANGELOG.md');
  });

  it('a project without a changelog has none, and says so', async () => {
    const project = await loadProject(listingReader({ 'pyproject.toml': pyproject() }), AUTO);
    expect(project.changelog).toBeUndefined();
    expect(project.notes.join('\n')).toContain('No changelog found');
  });

  it('a reno project is told its notes are not read (tenacity)', async () => {
    const plain = await loadProject(listingReader({ 'pyproject.toml': pyproject() }), AUTO);
    expect(plain.notes.join('\n')).not.toContain('reno');
    for (const files of [
      { 'reno.yaml': '---\n' } as Record<string, string>,
      { 'releasenotes/notes/add-retry-placeholder-0123456789abcdef.yaml': '---\n' },
    ]) {
      const project = await loadProject(
        listingReader({ 'pyproject.toml': pyproject(), ...files }),
        AUTO,
      );
      expect(project.changelog).toBeUndefined();
      const notes = project.notes.join('\n');
      expect(notes).toContain('No changelog found');
      expect(notes).toContain('releasenotes holds reno notes');
    }
  });

  it('without a listing, by probing the usual names', async () => {
    const project = await loadProject(
      memoryReader({ 'pyproject.toml': pyproject(), 'docs/HISTORY.rst': 'x\n' }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('docs/HISTORY.rst');
  });

  it('reads CRLF and a BOM, and refuses a file that is not UTF-8, naming it', async () => {
    const crlf = await loadProject(
      listingReader({
        'pyproject.toml': pyproject(),
        'CHANGES.rst': '\uFEFF1.1.0 (2026-01-02)\r\n------------------\r\n\r\n- A.\r\n',
      }),
      AUTO,
    );
    expect(crlf.changelog?.parsed.releases[0]).toMatchObject({ version: '1.1.0', body: '- A.' });

    const latin1 = Uint8Array.from(
      [...'1.1.0\n-----\n\n- caf', 0xe9, 0x0a].map((c) =>
        typeof c === 'string' ? c.charCodeAt(0) : c,
      ),
    );
    for (const options of [AUTO, { ...AUTO, changelog: 'CHANGES' }]) {
      const error = await loadProject(
        listingReader({ 'pyproject.toml': pyproject(), CHANGES: latin1 }),
        options,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect(error).toMatchObject({
        title: 'Changelog is not UTF-8',
        location: { file: 'CHANGES' },
      });
      expect((error as Error).message).toContain('CHANGES is not UTF-8');
    }
  });
});

describe('towncrier projects', () => {
  const TOWNCRIER = '\n[tool.towncrier]\ndirectory = "changelog.d"\nfilename = "CHANGES.rst"\n';
  const CHANGES =
    'Changelog\n=========\n\n.. towncrier release notes start\n\n1.0.0 (2025-01-01)\n==================\n\n- First.\n';

  it('fragment names', () => {
    expect(isFragment('123.bugfix.rst', ['bugfix'])).toBe(true);
    expect(isFragment('+orphan.feature.md', ['feature'])).toBe(true);
    expect(isFragment('523.bugfix.2.rst', ['bugfix'])).toBe(true);
    expect(isFragment('123.typo.rst', ['bugfix'])).toBe(false);
    expect(isFragment('.gitignore', undefined)).toBe(false);
    expect(isFragment('README.md', undefined)).toBe(false);
    expect(isFragment('template.jinja2', undefined)).toBe(false);
  });

  it('aiohttp CHANGES.rst with towncrier: towncrier.toml names the folder and the file', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': pyproject(),
        'towncrier.toml': '[tool.towncrier]\ndirectory = "CHANGES/"\nfilename = "CHANGES.rst"\n',
        'CHANGES.rst': CHANGES,
        'CHANGES/10093.bugfix.rst': 'Placeholder.\n',
        'CHANGES/.gitignore': '!.gitignore\n',
        'CHANGES/README.rst': 'Placeholder.\n',
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('CHANGES.rst');
    expect(project.changelog?.towncrier).toMatchObject({
      source: 'towncrier.toml',
      directory: 'CHANGES',
      fragments: ['CHANGES/10093.bugfix.rst'],
    });
  });

  it('a package layout: fragments in <package_dir>/<package>/newsfragments, NEWS.rst by default', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': pyproject(
          '\n[tool.towncrier]\npackage = "placeholder_pkg"\npackage_dir = "src"\n',
        ),
        'src/placeholder_pkg/newsfragments/7.feature': 'Placeholder.\n',
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('NEWS.rst');
    expect(project.changelog?.text).toBe('');
    expect(project.changelog?.towncrier?.fragments).toEqual([
      'src/placeholder_pkg/newsfragments/7.feature',
    ]);
  });

  it('a changelog.d/ folder without configuration, with the discovered changelog', async () => {
    const project = await loadProject(
      listingReader({
        'pyproject.toml': pyproject(),
        'CHANGELOG.md': '## 1.0.0 (2025-01-01)\n',
        'changelog.d/12.added.md': 'Placeholder.\n',
      }),
      AUTO,
    );
    expect(project.changelog?.file).toBe('CHANGELOG.md');
    expect(project.changelog?.towncrier).toMatchObject({
      directory: 'changelog.d',
      fragments: ['changelog.d/12.added.md'],
    });
  });

  async function towncrierProject(fragments: Record<string, string>, version = '1.1.0') {
    return loadProject(
      listingReader({
        'pyproject.toml': pyproject(TOWNCRIER, version),
        'CHANGES.rst': CHANGES,
        'changelog.d/.gitkeep': '',
        ...fragments,
      }),
      AUTO,
    );
  }
  const facts = (project: Awaited<ReturnType<typeof loadProject>>, extra = {}) => ({
    project,
    requireChangelogEntry: true,
    tagPrefix: 'v',
    ...extra,
  });
  const pr = { pullRequest: { baseRef: 'main', baseVersion: '1.1.0' } };

  it('on a pull request, a news fragment is the changelog entry', async () => {
    const withFragment = await towncrierProject({ 'changelog.d/5.bugfix.rst': 'Placeholder.\n' });
    const result = checkVersions(facts(withFragment, pr));
    expect(result.ok).toBe(true);
    expect(result.rows.find((row) => row.source.includes('news fragments'))?.value).toBe(
      '1 for 1.1.0',
    );

    const without = checkVersions(facts(await towncrierProject({}), pr));
    // 1.1.0 is not released yet: its section is written when the release is prepared.
    expect(without.findings.map((f) => [f.level, f.title])).toEqual([
      ['info', 'Changelog section'],
      ['error', 'No changelog entry'],
    ]);
    expect(without.findings[1]!.message).toContain('changelog.d/ has no news fragment');
    expect(without.findings[1]!.location).toEqual({ file: 'changelog.d' });
  });

  it('on a release, the built section must be in the changelog', async () => {
    const tag = parseVersionTag('v1.1.0', 'v');
    const unbuilt = await towncrierProject({ 'changelog.d/5.bugfix.rst': 'Placeholder.\n' });
    const result = checkVersions(facts(unbuilt, { tag }));
    expect(result.ok).toBe(false);
    expect(result.findings[0]!.message).toContain('towncrier build --version 1.1.0');

    const built = await towncrierProject({}, '1.0.0');
    const released = checkVersions(facts(built, { tag: parseVersionTag('v1.0.0', 'v') }));
    expect(released.ok).toBe(true);
  });
});

describe('a changelog named after the project, above its folder (monorepos)', () => {
  // pypa/hatch: hatchling in backend/, hatch at the root, both changelogs in docs/history/.
  const HATCH = {
    'pyproject.toml':
      '[project]\nname = "hatch"\ndynamic = ["version"]\n[tool.hatch.version]\nsource = "vcs"\n',
    'backend/pyproject.toml':
      '[project]\nname = "hatchling"\ndynamic = ["version"]\n[tool.hatch.version]\npath = "src/hatchling/__about__.py"\n',
    'backend/src/hatchling/__about__.py': "__version__ = '1.32.0'\n",
    'docs/history/hatch.md': '# Hatch history\n\n## [1.18.0] - 2026-08-11\n\n- Entry.\n',
    'docs/history/hatchling.md': '# Hatchling history\n\n## [1.32.0] - 2026-08-11\n\n- Entry.\n',
  };

  it("each package finds its own file, never the other's", async () => {
    const hatchling = await loadProject(listingReader(HATCH), { ...AUTO, dir: 'backend' });
    expect(hatchling.changelog?.file).toBe('docs/history/hatchling.md');
    const hatch = await loadProject(listingReader(HATCH), AUTO);
    expect(hatch.changelog?.file).toBe('docs/history/hatch.md');
    const withoutOwn: Record<string, string> = { ...HATCH };
    delete withoutOwn['docs/history/hatchling.md'];
    const alone = await loadProject(listingReader(withoutOwn), { ...AUTO, dir: 'backend' });
    expect(alone.changelog).toBeUndefined();
  });

  it('CHANGELOG-<name>, <name>-changelog and <name>/CHANGELOG above the folder, closest first', () => {
    const files = [
      'CHANGELOG.md',
      'CHANGELOG-pkg-a.md',
      'CHANGELOG-pkg-ab.md',
      'pkg_b-changes.rst',
      'packages/docs/changelog/pkg-a.md',
      'changelogs/pkg-b/CHANGELOG.md',
    ];
    expect(
      changelogCandidates({ dir: 'packages/pkg-a', files, urls: undefined, name: 'pkg_a' }),
    ).toEqual(['packages/docs/changelog/pkg-a.md', 'CHANGELOG-pkg-a.md']);
    expect(
      changelogCandidates({ dir: 'packages/pkg-b', files, urls: undefined, name: 'Pkg.B' }),
    ).toEqual(['pkg_b-changes.rst', 'changelogs/pkg-b/CHANGELOG.md']);
    // The project's own folder still comes first; a root CHANGELOG.md is never a subfolder's.
    expect(
      changelogCandidates({
        dir: 'packages/pkg-a',
        files: [...files, 'packages/pkg-a/HISTORY.rst'],
        urls: undefined,
        name: 'pkg-a',
      })[0],
    ).toBe('packages/pkg-a/HISTORY.rst');
    expect(
      changelogCandidates({ dir: 'packages/pkg-c', files, urls: undefined, name: 'pkg-c' }),
    ).toEqual([]);
  });

  it("a file named with the rest of the name in a repository named after its start (psycopg's news_pool.rst)", () => {
    const files = ['docs/news.rst', 'docs/news_pool.rst', 'docs/news_c.rst'];
    const input = { dir: 'psycopg_pool', files, urls: undefined, name: 'psycopg-pool' };
    expect(changelogCandidates({ ...input, repository: 'psycopg/psycopg' })).toEqual([
      'docs/news_pool.rst',
    ]);
    // Elsewhere `pool` is no name of the project's.
    expect(changelogCandidates({ ...input, repository: 'someone/pools' })).toEqual([]);
    expect(changelogCandidates(input)).toEqual([]);
  });

  it('the changelog input still names the file', async () => {
    const project = await loadProject(
      listingReader({ ...HATCH, 'backend/NOTES.md': '# Notes\n\n## 1.32.0\n' }),
      { ...AUTO, dir: 'backend', changelog: 'NOTES.md' },
    );
    expect(project.changelog?.file).toBe('backend/NOTES.md');
  });
});

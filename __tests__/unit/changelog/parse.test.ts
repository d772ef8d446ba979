import { describe, expect, it } from 'vitest';
import { countEntries, findRelease, parseChangelog } from '../../../src/changelog/parse.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

const KEEP_A_CHANGELOG = lines(
  '# Changelog', // 1
  '', // 2
  'All notable changes to this project are documented in this file.', // 3
  '', // 4
  '## [Unreleased]', // 5
  '', // 6
  '### Added', // 7
  '- Something new.', // 8
  '', // 9
  '## [0.1.15] - 2025-10-15', // 10
  '', // 11
  '### Added', // 12
  '- `greet()` takes the name to greet.', // 13
  '', // 14
  '### Fixed', // 15
  '- The greeting ends with an exclamation mark.', // 16
  '', // 17
  '## [0.1.14] - 2025-09-30', // 18
  '', // 19
  '### Added', // 20
  '- First release.', // 21
  '', // 22
  '[Unreleased]: https://github.com/o/r/compare/v0.1.15...HEAD', // 23
  '[0.1.15]: https://github.com/o/r/compare/v0.1.14...v0.1.15', // 24
  '[0.1.14]: https://github.com/o/r/releases/tag/v0.1.14', // 25
);

describe('a Keep a Changelog file', () => {
  const changelog = parseChangelog(KEEP_A_CHANGELOG);

  it('finds each release with its version, date, lines and body', () => {
    expect(changelog.releases.map((r) => [r.version, r.date, r.line, r.column])).toEqual([
      ['0.1.15', '2025-10-15', 10, 5],
      ['0.1.14', '2025-09-30', 18, 5],
    ]);
    const release = changelog.releases[0]!;
    expect(release).toMatchObject({ heading: '[0.1.15] - 2025-10-15', bodyStart: 11, bodyEnd: 16 });
    expect(release.body).toBe(
      lines(
        '### Added',
        '- `greet()` takes the name to greet.',
        '',
        '### Fixed',
        '- The greeting ends with an exclamation mark.',
      ).trimEnd(),
    );
    expect(countEntries(release)).toBe(2);
    expect(changelog.warnings).toEqual([]);
  });

  it('keeps the link references at the bottom out of the last section', () => {
    const last = changelog.releases[1]!;
    expect(last).toMatchObject({ bodyStart: 19, bodyEnd: 21 });
    expect(last.body).toBe('### Added\n- First release.');
  });

  it('finds [Unreleased] and its entries', () => {
    expect(changelog.unreleased).toMatchObject({ heading: '[Unreleased]', line: 5, bodyEnd: 8 });
    expect(countEntries(changelog.unreleased!)).toBe(1);
  });

  it('reads link references with labels in any case', () => {
    expect([...changelog.links.keys()]).toEqual(['unreleased', '0.1.15', '0.1.14']);
    expect(changelog.links.get('unreleased')).toEqual({
      label: 'Unreleased',
      url: 'https://github.com/o/r/compare/v0.1.15...HEAD',
      line: 23,
    });
  });

  it('finds a release by PEP 440 meaning', () => {
    expect(findRelease(changelog, 'v0.1.15')?.line).toBe(10);
    expect(findRelease(changelog, '0.1.14.0')?.line).toBe(18);
    expect(findRelease(changelog, '0.1.15+local')).toBeUndefined();
    expect(findRelease(changelog, '0.1.16')).toBeUndefined();
    expect(findRelease(changelog, 'not a version')).toBeUndefined();
  });
});

describe('release heading spellings', () => {
  const cases: [string, string, string | undefined, number][] = [
    ['## [1.0.0] - 2025-01-01', '1.0.0', '2025-01-01', 5],
    ['## [1.0.0] – 2025-01-01', '1.0.0', '2025-01-01', 5],
    ['## [1.0.0] — 2025-01-01', '1.0.0', '2025-01-01', 5],
    ['## 1.0.0 - 2025-01-01', '1.0.0', '2025-01-01', 4],
    ['## 1.0.0 (2025-01-01)', '1.0.0', '2025-01-01', 4],
    [
      '## [1.0.0](https://github.com/o/r/compare/v0.9.0...v1.0.0) (2025-01-01)',
      '1.0.0',
      '2025-01-01',
      5,
    ],
    ['## v1.0.0 - 2025-01-01', '1.0.0', '2025-01-01', 5],
    ['## [v1.0.0] - 2025-01-01', '1.0.0', '2025-01-01', 6],
    ['## [0.2.0-rc.1] - 2025-01-01', '0.2.0-rc.1', '2025-01-01', 5],
    ['## [1.0.0] - 2025-01-01 ##', '1.0.0', '2025-01-01', 5],
    ['## v1.0.0', '1.0.0', undefined, 5],
  ];
  for (const [heading, version, date, column] of cases) {
    it(heading, () => {
      const changelog = parseChangelog(lines('# Changelog', '', heading, '', '- Entry.'));
      expect(changelog.releases).toHaveLength(1);
      const release = changelog.releases[0]!;
      expect(release).toMatchObject({ version, date, line: 3, column, yanked: false });
      expect(release.body).toBe('- Entry.');
    });
  }

  it('warns about a heading without a date, naming the version and line', () => {
    const changelog = parseChangelog(lines('## v1.0.0', '- Entry.'));
    expect(changelog.warnings).toMatchObject([
      { line: 1, message: 'The heading for 1.0.0 has no date (## [1.0.0] - YYYY-MM-DD).' },
    ]);
  });

  it('marks [YANKED] releases', () => {
    const changelog = parseChangelog(
      lines('## [1.0.1] - 2025-02-01', '', '## [1.0.0] - 2025-01-01 [YANKED]', '- Broken.'),
    );
    expect(changelog.releases.map((r) => [r.version, r.yanked])).toEqual([
      ['1.0.1', false],
      ['1.0.0', true],
    ]);
    expect(changelog.releases[1]!.date).toBe('2025-01-01');
  });

  it('does not read other headings as releases', () => {
    const changelog = parseChangelog(
      lines('## 2025 roadmap', '## Version history', '## 1. Introduction', '## [Unreleased]'),
    );
    expect(changelog.releases).toEqual([]);
    expect(changelog.warnings).toEqual([]);
  });

  it('warns about a release heading it cannot read instead of skipping it silently', () => {
    const changelog = parseChangelog(
      lines('## [1.0.0] - 2025-1-1', '## [1.1.0-SNAPSHOT] - 2025-01-01', '## [0.9.0] - 2024-12-01'),
    );
    // The version anywhere in the heading is read; an odd date is only untidy.
    expect(changelog.releases.map((r) => r.version)).toEqual(['1.0.0', '0.9.0']);
    expect(changelog.releases[0]!.date).toBeUndefined();
    expect(changelog.warnings.map((w) => [w.line, w.kind])).toEqual([
      [1, 'odd-date'],
      [2, 'unreadable'],
    ]);
    expect(changelog.warnings[0]!.message).toContain('"2025-1-1"');
    expect(changelog.warnings[0]!.message).toContain('## [1.0.0] - YYYY-MM-DD');
    expect(changelog.warnings[1]!.message).toContain('"## [1.1.0-SNAPSHOT] - 2025-01-01"');
    expect(changelog.warnings[1]!.message).toContain('## [X.Y.Z] - YYYY-MM-DD');
  });
});

describe('messy changelogs', () => {
  it('takes a minor release over the older patches written a level below it for one more release (psycopg-pool)', () => {
    const changelog = parseChangelog(
      lines(
        '``psycopg_pool`` release notes', // 1
        '==============================', // 2
        '', // 3
        'Current release', // 4
        '---------------', // 5
        '', // 6
        'psycopg_pool 3.3.0', // 7
        '------------------', // 8
        '', // 9
        '- New in 3.3.0.', // 10
        '', // 11
        'psycopg_pool 3.2.8', // 12
        '^^^^^^^^^^^^^^^^^^', // 13
        '', // 14
        '- Fixed in 3.2.8.', // 15
        '', // 16
        'psycopg_pool 3.2.0', // 17
        '------------------', // 18
        '', // 19
        '- New in 3.2.0.', // 20
      ),
      { format: 'rst', projectName: 'psycopg-pool' },
    );
    expect(changelog.releases.map((r) => [r.version, r.line])).toEqual([
      ['3.3.0', 7],
      ['3.2.8', 12],
      ['3.2.0', 17],
    ]);
    expect(findRelease(changelog, '3.3.0')!.body).toBe('- New in 3.3.0.');
    // A series title over its own patches is still no release: "Sphinx 9.0" over "Release 9.0.4".
    const sphinx = parseChangelog(
      lines('Sphinx 9.0', '==========', '', 'Release 9.0.4', '-------------', '', '- Fix.'),
      { format: 'rst' },
    );
    expect(sphinx.releases.map((r) => r.version)).toEqual(['9.0.4']);
  });

  it('uses the first of duplicate release headings and warns about the second', () => {
    const changelog = parseChangelog(
      lines(
        '## [1.0.0] - 2025-01-02', // 1
        '- Second attempt.', // 2
        '## [1.0.0] - 2025-01-01', // 3
        '- First attempt.', // 4
      ),
    );
    expect(changelog.releases).toHaveLength(1);
    expect(changelog.releases[0]).toMatchObject({ line: 1, body: '- Second attempt.' });
    expect(changelog.warnings).toMatchObject([
      {
        line: 3,
        message:
          'Version 1.0.0 has a second heading here (the first is on line 1); the first one is used.',
      },
    ]);
  });

  it('treats spellings of the same version as duplicates', () => {
    const changelog = parseChangelog(
      lines(
        '## [0.2.0rc1] - 2025-01-02',
        '## [0.2.0-rc.1] - 2025-01-01',
        '## [1.0] - 2024-01-01',
        '## [1.0.0] - 2024-01-01',
      ),
    );
    expect(changelog.releases.map((r) => r.version)).toEqual(['0.2.0rc1', '1.0']);
    expect(changelog.warnings.map((w) => w.line)).toEqual([2, 4]);
    expect(changelog.warnings[0]?.message).toContain('0.2.0-rc.1');
    expect(changelog.warnings[1]?.message).toContain('first is on line 3');
  });

  it('finds [Unreleased] in the middle and ends sections at it', () => {
    const changelog = parseChangelog(
      lines(
        '## [2.0.0] - 2025-03-01', // 1
        '- Two.', // 2
        '## [Unreleased]', // 3
        '- Pending.', // 4
        '## [1.0.0] - 2025-01-01', // 5
        '- One.', // 6
      ),
    );
    expect(changelog.unreleased).toMatchObject({ line: 3, body: '- Pending.' });
    expect(changelog.releases.map((r) => [r.version, r.body])).toEqual([
      ['2.0.0', '- Two.'],
      ['1.0.0', '- One.'],
    ]);
  });

  it('warns about a second [Unreleased] and keeps the first', () => {
    const changelog = parseChangelog(lines('## [Unreleased]', '- A.', '## Unreleased', '- B.'));
    expect(changelog.unreleased).toMatchObject({ line: 1, body: '- A.' });
    expect(changelog.warnings).toMatchObject([
      { line: 3, message: 'A second [Unreleased] section; only the first is used.' },
    ]);
  });

  it('ends a release section at any other ## heading', () => {
    const changelog = parseChangelog(
      lines(
        '## [1.1.0] - 2025-02-01', // 1
        '- New.', // 2
        '', // 3
        '## Upgrading from 1.0', // 4
        'Run the migration.', // 5
        '## [1.0.0] - 2025-01-01', // 6
        '- Old.', // 7
        '# Older history', // 8
        'See the wiki.', // 9
      ),
    );
    expect(changelog.releases.map((r) => [r.version, r.bodyStart, r.bodyEnd, r.body])).toEqual([
      ['1.1.0', 2, 2, '- New.'],
      ['1.0.0', 7, 7, '- Old.'],
    ]);
  });

  it('keeps ### subsections inside the release', () => {
    const changelog = parseChangelog(lines('## [1.0.0] - 2025-01-01', '### Fixed', '- A bug.'));
    expect(changelog.releases[0]!.body).toBe('### Fixed\n- A bug.');
  });

  it('ignores ## lines inside fenced code blocks', () => {
    const changelog = parseChangelog(
      lines(
        '## [1.0.0] - 2025-01-01', // 1
        '### Migration', // 2
        '```markdown', // 3
        '## [0.9.0] - 2024-12-01', // 4
        '[0.9.0]: https://example.com/fenced', // 5
        '```', // 6
        '~~~', // 7
        '## Not a heading', // 8
        '~~~', // 9
        '- Done.', // 10
        '## [0.9.0] - 2024-12-01', // 11
        '- Real.', // 12
      ),
    );
    expect(changelog.releases.map((r) => [r.version, r.line, r.bodyEnd])).toEqual([
      ['1.0.0', 1, 10],
      ['0.9.0', 11, 12],
    ]);
    expect(changelog.releases[0]!.body).toContain('## [0.9.0] - 2024-12-01');
    expect(changelog.warnings).toEqual([]);
    expect(changelog.links.size).toBe(0);
  });

  it('closes a fence only with the same character, at least as long', () => {
    const changelog = parseChangelog(
      lines(
        '## [1.0.0] - 2025-01-01', // 1
        '~~~markdown', // 2
        '```python', // 3
        'print()', // 4
        '```', // 5
        '## [9.9.9] - 2025-01-01', // 6
        '~~~', // 7
        '````', // 8
        '```', // 9
        '## [8.8.8] - 2025-01-01', // 10
        '````', // 11
        '- Entry.', // 12
      ),
    );
    expect(changelog.releases.map((r) => r.version)).toEqual(['1.0.0']);
    expect(changelog.releases[0]!.bodyEnd).toBe(12);
  });

  it('reads the first of duplicate link labels, in any case', () => {
    const changelog = parseChangelog(
      lines(
        '## [1.0.0] - 2025-01-01',
        '',
        '[1.0.0]: https://a.example',
        '[UNRELEASED]: https://b.example',
        '[1.0.0]: https://c.example',
      ),
    );
    expect(changelog.links.get('1.0.0')?.url).toBe('https://a.example');
    expect(changelog.links.get('unreleased')).toEqual({
      label: 'UNRELEASED',
      url: 'https://b.example',
      line: 4,
    });
  });

  it('has no links when none are written', () => {
    const changelog = parseChangelog(lines('## [1.0.0] - 2025-01-01', '- Entry.'));
    expect(changelog.links.size).toBe(0);
    expect(changelog.releases[0]!.body).toBe('- Entry.');
  });

  it('reads CRLF and a BOM', () => {
    const changelog = parseChangelog(
      '\uFEFF## [Unreleased]\r\n\r\n## [1.0.0] – 2025-01-01\r\n- Entry.\r\n\r\n[1.0.0]: https://x.example\r\n',
    );
    expect(changelog.unreleased?.line).toBe(1);
    expect(changelog.releases[0]).toMatchObject({
      version: '1.0.0',
      line: 3,
      column: 5,
      body: '- Entry.',
      bodyEnd: 4,
    });
    expect(changelog.links.get('1.0.0')?.url).toBe('https://x.example');
  });
});

describe('nearly empty changelogs', () => {
  it('an empty file has nothing', () => {
    expect(parseChangelog('')).toEqual({
      format: 'markdown',
      releaseLevel: undefined,
      releases: [],
      unreleased: undefined,
      links: new Map(),
      warnings: [],
    });
  });

  it('a file with only a title has nothing', () => {
    const changelog = parseChangelog('# Changelog\n');
    expect(changelog.releases).toEqual([]);
    expect(changelog.unreleased).toBeUndefined();
    expect(changelog.warnings).toEqual([]);
  });

  it('an empty [Unreleased] section has no entries', () => {
    const changelog = parseChangelog(
      lines('## [Unreleased]', '', '### Added', '', '## [1.0.0] - 2025-01-01'),
    );
    expect(changelog.unreleased).toMatchObject({ bodyStart: 2, bodyEnd: 3, body: '### Added' });
    expect(countEntries(changelog.unreleased!)).toBe(0);
  });

  it('counts list entries written with -, *, + and numbers', () => {
    const changelog = parseChangelog(
      lines(
        '## [Unreleased]',
        '- a',
        '* b',
        '+ c',
        '1. d',
        '2) e',
        '  - nested',
        'prose',
        '-not a list',
      ),
    );
    expect(countEntries(changelog.unreleased!)).toBe(6);
  });
});

// Release headings as real projects write them. Each fixture copies a project's facts (file
// layout, heading shapes, adornments) with placeholder prose.
import { describe, expect, it } from 'vitest';
import {
  changelogFormat,
  countEntries,
  findRelease,
  parseChangelog,
} from '../../../../src/changelog/parse.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

describe('reStructuredText changelogs', () => {
  it('pytest-style RST changelog: overlined title, `pytest X.Y.Z (date)` over `===`', () => {
    const text = lines(
      '.. _`changelog`:', // 1
      '', // 2
      '=========', // 3
      'Changelog', // 4
      '=========', // 5
      '', // 6
      'Placeholder introduction.', // 7
      '', // 8
      '.. towncrier release notes start', // 9
      '', // 10
      'pytest 8.3.4 (2024-12-01)', // 11
      '=========================', // 12
      '', // 13
      'Bug fixes', // 14
      '---------', // 15
      '', // 16
      '- `#12345 <https://example.invalid/12345>`_: Placeholder fix.', // 17
      '', // 18
      '', // 19
      'pytest 8.3.3 (2024-09-09)', // 20
      '=========================', // 21
      '', // 22
      'Bug fixes', // 23
      '---------', // 24
      '', // 25
      '- Placeholder fix.', // 26
    );
    expect(changelogFormat('doc/en/changelog.rst', text)).toBe('rst');
    const changelog = parseChangelog(text, { format: 'rst' });
    expect(changelog.releaseLevel).toBe(2);
    expect(changelog.releases.map((r) => [r.version, r.date, r.line, r.column])).toEqual([
      ['8.3.4', '2024-12-01', 11, 8],
      ['8.3.3', '2024-09-09', 20, 8],
    ]);
    expect(changelog.releases[0]).toMatchObject({ firstLine: 11, lastLine: 12, bodyStart: 13 });
    expect(changelog.releases[0]!.body).toBe(
      'Bug fixes\n---------\n\n- `#12345 <https://example.invalid/12345>`_: Placeholder fix.',
    );
    expect(changelog.releases[0]!.style).toEqual({ kind: 'rst', char: '=', overline: false });
    expect(countEntries(changelog.releases[0]!)).toBe(1);
    expect(changelog.warnings).toEqual([]);
  });

  it('twine NEWS.rst: `Twine X.Y.Z (date)` over `---` under an overlined title, `^^^` sections', () => {
    const changelog = parseChangelog(
      lines(
        '=========',
        'Changelog',
        '=========',
        '',
        '.. towncrier release notes start',
        '',
        'Twine 6.1.0 (2025-01-17)',
        '------------------------',
        '',
        'Features',
        '^^^^^^^^',
        '',
        '- Placeholder feature. (`#1 <https://example.invalid/1>`_)',
        '',
        'Twine 6.0.1 (2024-12-05)',
        '------------------------',
        '',
        'Bugfixes',
        '^^^^^^^^',
        '',
        '- Placeholder fix.',
      ),
      { format: 'rst' },
    );
    expect(changelog.releases.map((r) => [r.version, r.date, r.line])).toEqual([
      ['6.1.0', '2025-01-17', 7],
      ['6.0.1', '2024-12-05', 15],
    ]);
    expect(changelog.releases[0]!.body).toContain('Features\n^^^^^^^^');
  });

  it('flask CHANGES.rst: `Version X.Y.Z` over `---`, the date on the line below', () => {
    const changelog = parseChangelog(
      lines(
        'Version 3.2.0', // 1
        '-------------', // 2
        '', // 3
        'Unreleased', // 4
        '', // 5
        '-   Placeholder change. :issue:`5000`', // 6
        '', // 7
        '', // 8
        'Version 3.1.1', // 9
        '-------------', // 10
        '', // 11
        'Released 2025-05-13', // 12
        '', // 13
        '-   Placeholder fix. :pr:`5001`', // 14
        '', // 15
        '', // 16
        'Version 3.1.0', // 17
        '-------------', // 18
        '', // 19
        '-   No date was written for this one.', // 20
      ),
      { format: 'rst' },
    );
    expect(changelog.releases.map((r) => [r.version, r.date, r.pending, r.line, r.column])).toEqual(
      [
        ['3.2.0', undefined, true, 1, 9],
        ['3.1.1', '2025-05-13', false, 9, 9],
        ['3.1.0', undefined, false, 17, 9],
      ],
    );
    expect(countEntries(changelog.releases[0]!)).toBe(1);
    expect(changelog.warnings.map((w) => [w.line, w.kind])).toEqual([[17, 'no-date']]);
    expect(changelog.warnings[0]!.message).toContain('"3.1.0 (YYYY-MM-DD)"');
  });

  it('urllib3 CHANGES.rst: `X.Y.Z (date)` over `===`, `---` subsections, `Version 2.34.2` too', () => {
    const changelog = parseChangelog(
      lines(
        '2.3.0 (2024-12-22)',
        '==================',
        '',
        'Features',
        '--------',
        '',
        '- Added ``Placeholder.method()``. (`#2868 <https://example.invalid/2868>`__)',
        '',
        '',
        'Version 2.2.3',
        '=============',
        '',
        '- Placeholder.',
      ),
      { format: 'rst' },
    );
    expect(changelog.releaseLevel).toBe(1);
    expect(changelog.releases.map((r) => r.version)).toEqual(['2.3.0', '2.2.3']);
    expect(changelog.releases[0]!.body.split('\n')[0]).toBe('Features');
  });

  it('aiohttp CHANGES.rst with towncrier: overlined title, a comment, `----` transitions', () => {
    const changelog = parseChangelog(
      lines(
        '=========', // 1
        'Changelog', // 2
        '=========', // 3
        '', // 4
        '..', // 5
        '    Placeholder comment about towncrier.', // 6
        '', // 7
        '.. towncrier release notes start', // 8
        '', // 9
        '3.11.11 (2024-12-18)', // 10
        '====================', // 11
        '', // 12
        'Bug fixes', // 13
        '---------', // 14
        '', // 15
        '- Placeholder fix.', // 16
        '', // 17
        '  *Related issues and pull requests on GitHub:*', // 18
        '  :issue:`10093`.', // 19
        '', // 20
        '', // 21
        '----', // 22
        '', // 23
        '', // 24
        '3.11.10 (2024-12-05)', // 25
        '====================', // 26
        '', // 27
        '- Placeholder.', // 28
      ),
      { format: 'rst' },
    );
    expect(changelog.releases.map((r) => [r.version, r.line, r.bodyEnd])).toEqual([
      ['3.11.11', 10, 22],
      ['3.11.10', 25, 28],
    ]);
  });

  it('virtualenv changelog: `vX.Y.Z (date)` over `---`, subsections that name the version too', () => {
    const changelog = parseChangelog(
      lines(
        'Release History',
        '===============',
        '',
        '.. towncrier release notes start',
        '',
        'v20.28.0 (2024-11-25)',
        '---------------------',
        '',
        'Features - 20.28.0',
        '~~~~~~~~~~~~~~~~~~',
        '- Placeholder feature. (:issue:`2803`)',
        '',
        'Bugfixes - 20.28.0',
        '~~~~~~~~~~~~~~~~~~',
        '- Placeholder fix.',
        '',
        'v20.27.2 (2024-11-13)',
        '---------------------',
        '',
        'Bugfixes - 20.27.2',
        '~~~~~~~~~~~~~~~~~~',
        '- Placeholder fix.',
      ),
      { format: 'rst' },
    );
    // More subsections than releases name a version; the level with most versions is the releases'.
    expect(changelog.releaseLevel).toBe(2);
    expect(changelog.releases.map((r) => [r.version, r.column])).toEqual([
      ['20.28.0', 2],
      ['20.27.2', 2],
    ]);
    expect(changelog.warnings).toEqual([]);
    expect(findRelease(changelog, '20.28.0')?.body).toContain('Bugfixes - 20.28.0');
  });

  it('platformdirs changelog.rst: headings with no blank lines between them', () => {
    const changelog = parseChangelog(
      lines(
        'Changelog',
        '=========',
        '4.9.1 (2026-02-14)',
        '------------------',
        '- Placeholder. :pr:`445`',
        '',
        '4.9.0 (2026-02-14)',
        '-------------------',
        '- Placeholder. :pr:`441`',
      ),
      { format: 'rst' },
    );
    expect(changelog.releases.map((r) => [r.version, r.line, r.body])).toEqual([
      ['4.9.1', 3, '- Placeholder. :pr:`445`'],
      ['4.9.0', 7, '- Placeholder. :pr:`441`'],
    ]);
  });

  it('an overlined Unreleased section and overlined releases', () => {
    const changelog = parseChangelog(
      lines(
        '==========',
        'Unreleased',
        '==========',
        '',
        '* Placeholder.',
        '',
        '=============',
        ' 1.0.0 (2025-01-01)',
        '=============',
        '',
        '* First.',
      ),
      { format: 'rst' },
    );
    expect(changelog.unreleased).toMatchObject({ line: 2, firstLine: 1, body: '* Placeholder.' });
    expect(changelog.releases).toMatchObject([
      { version: '1.0.0', line: 8, column: 2, style: { kind: 'rst', char: '=', overline: true } },
    ]);
  });

  it('reads a short underline only from four characters, as docutils does', () => {
    const changelog = parseChangelog(lines('1.0.0 (2025-01-01)', '---', '', '1.0.1', '-----'), {
      format: 'rst',
    });
    expect(changelog.releases.map((r) => r.version)).toEqual(['1.0.1']);
  });

  it('does not take indented text or list items over an adornment as titles', () => {
    const changelog = parseChangelog(
      lines(
        '1.0.0 (2025-01-01)',
        '------------------',
        '',
        '.. code-block:: rst',
        '',
        '    2.0.0 (2025-02-02)',
        '    ------------------',
        '',
        '- 3.0.0',
        '-------',
      ),
      { format: 'rst' },
    );
    expect(changelog.releases.map((r) => r.version)).toEqual(['1.0.0']);
  });
});

describe('Markdown changelogs', () => {
  it('httpx/starlette Markdown: `## X.Y.Z (6th December, 2024)` and `## [Unreleased]`', () => {
    const changelog = parseChangelog(
      lines(
        '# Changelog',
        '',
        'Placeholder introduction.',
        '',
        '## [Unreleased]',
        '',
        '## 0.28.1 (6th December, 2024)',
        '',
        '* Placeholder fix.',
        '',
        '## 0.28.0 (28th November, 2024)',
        '',
        '### Removed',
        '',
        '* Placeholder removal.',
      ),
    );
    expect(changelog.format).toBe('markdown');
    expect(changelog.unreleased?.line).toBe(5);
    expect(changelog.releases.map((r) => [r.version, r.date, r.column])).toEqual([
      ['0.28.1', '6th December, 2024', 4],
      ['0.28.0', '28th November, 2024', 4],
    ]);
    expect(changelog.warnings).toEqual([]);
  });

  it('hatch `## [1.18.0](url) - date ## {: #hatch-v1.18.0 }`', () => {
    const heading =
      '## [1.18.0](https://github.com/pypa/hatch/releases/tag/hatch-v1.18.0) - 2026-05-01 ## {: #hatch-v1.18.0 }';
    const changelog = parseChangelog(
      lines(
        '# Hatch history',
        '',
        '-----',
        '',
        'Placeholder introduction.',
        '',
        '## Unreleased',
        '',
        heading,
        '',
        '***Added:***',
        '',
        '- Placeholder.',
        '',
        '## [1.17.0](https://github.com/pypa/hatch/releases/tag/hatch-v1.17.0) - 2026-04-01 ## {: #hatch-v1.17.0 }',
        '',
        '- Placeholder.',
      ),
    );
    expect(changelog.unreleased?.line).toBe(7);
    expect(changelog.releases.map((r) => [r.version, r.date, r.line, r.column])).toEqual([
      ['1.18.0', '2026-05-01', 9, 5],
      ['1.17.0', '2026-04-01', 15, 5],
    ]);
    expect(changelog.warnings).toEqual([]);
  });

  it('`## Version 8.5.0` and `## Release v2.28.2 (2026-03-01)`', () => {
    const changelog = parseChangelog(
      lines('## Version 8.5.0 (2026-01-02)', '- A.', '## Release v2.28.2 (2026-03-01)', '- B.'),
    );
    expect(changelog.releases.map((r) => [r.version, r.column])).toEqual([
      ['8.5.0', 12],
      ['2.28.2', 13],
    ]);
  });

  it('releases at `#`: the level with the versions, not `##`', () => {
    const changelog = parseChangelog(
      lines('# 2.0.0 (2025-02-01)', '## Added', '- Two.', '# 1.0.0 (2025-01-01)', '- One.'),
    );
    expect(changelog.releaseLevel).toBe(1);
    expect(changelog.releases.map((r) => [r.version, r.body])).toEqual([
      ['2.0.0', '## Added\n- Two.'],
      ['1.0.0', '- One.'],
    ]);
  });

  it('releases at `###` under `## 2024` year headings', () => {
    const changelog = parseChangelog(
      lines(
        '# Changelog', // 1
        '## 2025', // 2
        '### 2.0.0 (2025-02-01)', // 3
        '- Two.', // 4
        '## 2024', // 5
        '### 1.1.0 (2024-06-01)', // 6
        '- One one.', // 7
        '### 1.0.0 (2024-01-01)', // 8
        '- One.', // 9
      ),
    );
    expect(changelog.releaseLevel).toBe(3);
    expect(changelog.releases.map((r) => [r.version, r.bodyEnd])).toEqual([
      ['2.0.0', 4],
      ['1.1.0', 7],
      ['1.0.0', 9],
    ]);
  });

  it('setext headings: `1.0.0` over `---`, a title over `===`', () => {
    const changelog = parseChangelog(
      lines(
        'Changelog',
        '=========',
        '',
        'Unreleased',
        '----------',
        '',
        '- Next.',
        '',
        '1.0.0 (2025-01-01)',
        '------------------',
        '',
        '- First.',
        '',
        '---',
        '',
        'Placeholder footer.',
      ),
      { format: 'markdown' },
    );
    expect(changelog.unreleased).toMatchObject({ line: 4, bodyStart: 6, body: '- Next.' });
    expect(changelog.releases).toMatchObject([
      {
        version: '1.0.0',
        line: 9,
        firstLine: 9,
        lastLine: 10,
        style: { kind: 'setext', char: '-' },
      },
    ]);
    // A `---` after a blank line is a thematic break, not a heading.
    expect(changelog.releases[0]!.body).toContain('Placeholder footer.');
  });

  it('`[YANKED]` markers and `main` / `in development` headings for the unreleased section', () => {
    const yanked = parseChangelog(lines('## 1.0.1 - 2025-01-02 [YANKED]', '- Broken.'));
    expect(yanked.releases[0]).toMatchObject({ yanked: true, date: '2025-01-02' });
    for (const heading of [
      '## main',
      '## In development',
      '## Unreleased changes',
      '## [Unreleased](https://x.example)',
    ]) {
      const changelog = parseChangelog(lines(heading, '- Pending.', '## 1.0.0 (2025-01-01)'));
      expect(changelog.unreleased?.body, heading).toBe('- Pending.');
    }
  });

  it('`## 1.2.0 (unreleased)` is a release not out yet, without a date warning', () => {
    const changelog = parseChangelog(lines('## 1.2.0 (unreleased)', '- Soon.'));
    expect(changelog.releases[0]).toMatchObject({ version: '1.2.0', pending: true });
    expect(changelog.warnings).toEqual([]);
  });

  it('does not read headings that only mention a version as releases', () => {
    const changelog = parseChangelog(
      lines(
        '## 2.0.0 (2025-01-01)',
        '## Upgrading from 1.0',
        '## Python 3.12 support',
        '## Changes since 1.9',
        '## 1. Introduction',
        '## 2024',
      ),
    );
    expect(changelog.releases.map((r) => r.version)).toEqual(['2.0.0']);
    expect(changelog.warnings).toEqual([]);
  });

  it('sniffs the format of files without a telling extension', () => {
    expect(changelogFormat('CHANGES', lines('1.0 (2025-01-01)', '----------------'))).toBe('rst');
    expect(changelogFormat('HISTORY.txt', lines('## 1.0', '- a'))).toBe('markdown');
    expect(changelogFormat('NEWS', lines('.. towncrier', '', 'x', '~~~'))).toBe('rst');
    expect(changelogFormat('CHANGELOG.md', lines('1.0', '~~~~'))).toBe('markdown');
  });
});

describe('speed', () => {
  it('a heading followed by thousands of spaces stays fast', () => {
    const spaces = ' '.repeat(50_000);
    const text = lines(
      `## notes${spaces}`,
      `## [1.0.0]${spaces}- ${spaces}x`,
      `## 1.0.0 -${spaces}[YANKED${spaces}`,
      `## ${'{:'.repeat(20_000)}`,
      `notes${spaces}`,
      `${'-'.repeat(50_000)}${spaces}`,
    );
    const start = performance.now();
    parseChangelog(text, { format: 'markdown' });
    parseChangelog(text, { format: 'rst' });
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('parses 20,000 releases in linear time, duplicates included', () => {
    const release = (n: number) =>
      `## [${Math.floor(n / 100)}.${n % 100}.0] - 2025-01-01\n\n### Fixed\n- Entry ${n}.\n\n`;
    const text = (count: number) =>
      Array.from({ length: count }, (_, n) => release(n)).join('') + release(0);
    // The best of three runs, so a busy machine does not decide.
    const time = (count: number) => {
      const body = text(count);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const changelog = parseChangelog(body);
        best = Math.min(best, performance.now() - start);
        expect(changelog.releases).toHaveLength(count);
        expect(changelog.warnings.filter((w) => w.kind === 'duplicate')).toHaveLength(1);
      }
      return best;
    };
    time(2_000); // warm-up
    const small = time(5_000);
    const large = time(20_000);
    // Four times the releases; a quadratic parser would take sixteen times as long.
    expect(large).toBeLessThan(Math.max(small, 5) * 8);
  });
});

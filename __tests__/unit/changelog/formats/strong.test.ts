// Release titles written as bold paragraphs (pypa/wheel's docs/news.rst) rather than headings.
import { describe, expect, it } from 'vitest';
import { rollChangelog } from '../../../../src/changelog/roll.js';
import { findRelease, headingMarkup, parseChangelog } from '../../../../src/changelog/parse.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

// wheel's shape: a document title, then each release as `**X.Y.Z (date)**` over its list.
const WHEEL = lines(
  'Release Notes', // 1
  '=============', // 2
  '', // 3
  '**0.48.0 (2026-08-12)**', // 4
  '', // 5
  '- Entry one', // 6
  '  (`#1 <https://example.invalid/1>`_)', // 7
  '', // 8
  '**0.47.0 (2026-04-22)**', // 9
  '', // 10
  '- Entry two', // 11
  '', // 12
  '**0.46.3 (2026-01-22)**', // 13
  '', // 14
  '- Entry three', // 15
);

describe('bold paragraphs as release titles', () => {
  it('reads each release, its date and its notes (wheel)', () => {
    const changelog = parseChangelog(WHEEL, { format: 'rst' });
    expect(changelog.releases.map((r) => [r.version, r.date, r.line, r.column])).toEqual([
      ['0.48.0', '2026-08-12', 4, 3],
      ['0.47.0', '2026-04-22', 9, 3],
      ['0.46.3', '2026-01-22', 13, 3],
    ]);
    const release = findRelease(changelog, '0.48.0')!;
    expect(release.body).toBe('- Entry one\n  (`#1 <https://example.invalid/1>`_)');
    expect(headingMarkup(release)).toBe('**0.48.0 (2026-08-12)**');
    expect(changelog.warnings).toEqual([]);
  });

  it('reads them in Markdown too', () => {
    const changelog = parseChangelog(
      lines('# Changes', '', '**1.1.0 (2026-02-01)**', '', '* Entry.', '', '**1.0.0**', '', '* x'),
      { format: 'markdown' },
    );
    expect(changelog.releases.map((r) => [r.version, r.line])).toEqual([
      ['1.1.0', 3],
      ['1.0.0', 7],
    ]);
  });

  it('ignores bold lines when real headings name the releases', () => {
    const changelog = parseChangelog(
      lines('## 1.1.0 - 2026-02-01', '', '**1.0.5 (2026-01-01)**', '', '- Entry.'),
      { format: 'markdown' },
    );
    expect(changelog.releases.map((r) => r.version)).toEqual(['1.1.0']);
    expect(changelog.releases[0]!.body).toContain('**1.0.5 (2026-01-01)**');
  });

  it('takes no bold text inside a paragraph or a code fence', () => {
    const changelog = parseChangelog(
      lines('# Notes', '', 'Some text', '**1.0.0 (2026-01-01)**', '', '```', '', '**2.0.0**', ''),
      { format: 'markdown' },
    );
    expect(changelog.releases).toEqual([]);
  });

  it('rolls a bold Unreleased title into the release in the same markup', () => {
    const text = lines(
      'Release Notes',
      '=============',
      '',
      '**UNRELEASED**',
      '',
      '- New entry',
      '',
      '**0.48.0 (2026-08-12)**',
      '',
      '- Entry one',
    );
    const rolled = rollChangelog(text, { version: '0.49.0', date: '2026-09-01', format: 'rst' });
    expect(rolled).toBe(
      lines(
        'Release Notes',
        '=============',
        '',
        '**UNRELEASED**',
        '',
        '**0.49.0 (2026-09-01)**',
        '',
        '- New entry',
        '',
        '**0.48.0 (2026-08-12)**',
        '',
        '- Entry one',
      ),
    );
  });
});

// Where real changelogs write a release's date, and when a missing one is worth a warning.
import { describe, expect, it } from 'vitest';
import { dateOnlyLine } from '../../../src/changelog/headings.js';
import { parseChangelog } from '../../../src/changelog/parse.js';

const lines = (...text: string[]) => text.join('\n') + '\n';
const kinds = (text: string, format?: 'markdown' | 'rst') =>
  parseChangelog(text, { format }).warnings.map((warning) => [warning.line, warning.kind]);

describe('a date on the line under the heading', () => {
  it('reads an emphasised date alone on the first line (cibuildwheel: _4 August 2026_)', () => {
    const changelog = parseChangelog(
      lines('# Changelog', '', '### v4.2.0', '', '_4 August 2026_', '', '- Entry.'),
    );
    expect(changelog.releases[0]).toMatchObject({ version: '4.2.0', date: '4 August 2026' });
    expect(changelog.warnings).toEqual([]);
  });

  it('reads a date in parentheses and emphasis (aio-libs towncrier: *(2026-07-19)*)', () => {
    const changelog = parseChangelog(
      lines('v1.24.5', '=======', '', '*(2026-07-19)*', '', '- Entry.'),
      { format: 'rst' },
    );
    expect(changelog.releases[0]).toMatchObject({ version: '1.24.5', date: '2026-07-19' });
    expect(changelog.warnings).toEqual([]);
  });

  it('reads an RST field list date (celery: :release-date: 2026-03-26)', () => {
    const changelog = parseChangelog(
      lines('5.6.3', '=====', '', ':release-date: 2026-03-26', ':release-by: Someone', '', '- x'),
      { format: 'rst' },
    );
    expect(changelog.releases[0]).toMatchObject({ version: '5.6.3', date: '2026-03-26' });
  });

  it('takes no date from an entry that names a month', () => {
    expect(dateOnlyLine('- Dropped support for the August 2024 API')).toBeUndefined();
    expect(dateOnlyLine('Fixed in 2026-01-02 builds')).toBeUndefined();
    expect(dateOnlyLine('_December 6th, 2024_')).toBe('December 6th, 2024');
    expect(dateOnlyLine('(2024/12/06)')).toBe('2024/12/06');
  });
});

describe('a file that dates no release', () => {
  it('gives no date warnings when its newest releases are all undated (black, meson-python)', () => {
    const text = lines(
      '# Change Log',
      '',
      '## Version 26.5.1',
      '- Entry.',
      '## Version 26.5.0',
      '- Entry.',
      '## Version 26.3.1',
      '- Entry.',
    );
    expect(kinds(text)).toEqual([]);
  });

  it('does not warn about old dated headings once the file stopped dating (jupyter_server)', () => {
    const text = lines(
      ...['2.20.0', '2.19.0', '2.18.0', '2.17.0', '2.16.0', '1.0.0'].flatMap((version) => [
        `## ${version}`,
        '- Entry.',
      ]),
      '## [0.9.0](https://example.invalid/0.9.0) (2020-01-02)',
      '- Entry.',
    );
    expect(kinds(text)).toEqual([]);
  });

  it('still warns where the headings around it have dates', () => {
    const text = lines(
      '## [1.1.0] - 2026-02-01',
      '- Entry.',
      '## [1.0.0]', // 3
      '- Entry.',
      '## [0.9.0] - 2025-12-01',
    );
    expect(kinds(text)).toEqual([[3, 'no-date']]);
  });

  it('still warns about the only release of a new file', () => {
    expect(kinds(lines('## [0.1.0]', '- Entry.'))).toEqual([[1, 'no-date']]);
  });

  it('keeps the warnings when a newest heading tried to write a date', () => {
    const text = lines('## 1.1.0', '- Entry.', '## 1.0.0 (2026-1-2)', '- Entry.');
    expect(kinds(text)).toEqual([
      [1, 'no-date'],
      [3, 'odd-date'],
    ]);
  });
});

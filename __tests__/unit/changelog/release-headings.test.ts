// reStructuredText (and Markdown) whose title, groups and releases use different adornments: the
// releases are read wherever the versions are; titles and groups are not releases.
import { describe, expect, it } from 'vitest';
import { findRelease, parseChangelog } from '../../../src/changelog/parse.js';

const lines = (...text: string[]) => text.join('\n') + '\n';
const rst = (text: string) => parseChangelog(text, { format: 'rst' });
const summary = (text: string, format: 'rst' | 'markdown' = 'rst') =>
  parseChangelog(text, { format }).releases.map((r) => [r.version, r.line, r.body]);

describe('release headings under a title of another adornment', () => {
  it('reads `----` releases under an `=====` over-and-under title "Changelog"', () => {
    const text = lines(
      '=========', // 1
      'Changelog', // 2
      '=========', // 3
      '', // 4
      '1.2.0 (2026-01-02)', // 5
      '------------------', // 6
      '', // 7
      '- Two.', // 8
      '', // 9
      'Fixes', // 10
      '~~~~~', // 11
      '', // 12
      '- Fix.', // 13
      '', // 14
      '1.1.0 (2025-01-01)', // 15
      '------------------', // 16
      '', // 17
      '- One.', // 18
    );
    expect(summary(text)).toEqual([
      ['1.2.0', 5, '- Two.\n\nFixes\n~~~~~\n\n- Fix.'],
      ['1.1.0', 15, '- One.'],
    ]);
    expect(rst(text).releaseLevel).toBe(2);
  });

  it('reads `====` releases under a `####` title', () => {
    const text = lines(
      'Changelog',
      '#########',
      '',
      '2.0 (2026-01-02)',
      '================',
      '',
      '- A.',
    );
    expect(summary(text)).toEqual([['2.0', 4, '- A.']]);
  });

  it('takes a title that names a series for a group, not a release (sphinx doc/changes/9.1.rst)', () => {
    const text = lines(
      '==========', // 1
      'Sphinx 9.1', // 2
      '==========', // 3
      '', // 4
      'Release 9.1.0 (released Dec 31, 2025)', // 5
      '=====================================', // 6
      '', // 7
      'Bugs fixed', // 8
      '----------', // 9
      '', // 10
      '* Fix.', // 11
    );
    const changelog = rst(text);
    // Before, "Sphinx 9.1" won the tie of one version per level and swallowed the whole file.
    expect(changelog.releases.map((r) => r.line)).toEqual([5]);
    expect(findRelease(changelog, '9.1.0')?.body).toBe('Bugs fixed\n----------\n\n* Fix.');
  });

  it('reads releases one level deeper under year groups; a release stops at the next group', () => {
    const text = lines(
      '=========', // 1
      'Changelog', // 2
      '=========', // 3
      '', // 4
      '2026', // 5
      '====', // 6
      '', // 7
      '1.2.0 (2026-01-02)', // 8
      '------------------', // 9
      '', // 10
      '- Two.', // 11
      '', // 12
      '2025', // 13
      '====', // 14
      '', // 15
      'The year of the first release.', // 16
      '', // 17
      '1.1.0 (2025-01-01)', // 18
      '------------------', // 19
      '', // 20
      '- One.', // 21
    );
    expect(summary(text)).toEqual([
      ['1.2.0', 8, '- Two.'],
      ['1.1.0', 18, '- One.'],
    ]);
  });

  it('takes series groups that name a version for groups (`1.2 series` over 1.2.1 and 1.2.0)', () => {
    const text = lines(
      '1.2 series', // 1
      '==========', // 2
      '', // 3
      '1.2.1 (2026-02-01)', // 4
      '------------------', // 5
      '', // 6
      '- Patch.', // 7
      '', // 8
      '1.2.0 (2026-01-01)', // 9
      '------------------', // 10
      '', // 11
      '- Minor.', // 12
      '', // 13
      '1.1 series', // 14
      '==========', // 15
      '', // 16
      '1.1.0 (2025-01-01)', // 17
      '------------------', // 18
      '', // 19
      '- Old.', // 20
    );
    expect(summary(text)).toEqual([
      ['1.2.1', 4, '- Patch.'],
      ['1.2.0', 9, '- Minor.'],
      ['1.1.0', 17, '- Old.'],
    ]);
  });

  it('finds releases at two levels: the newest under the title, the older under a group', () => {
    const text = lines(
      'Changelog', // 1
      '=========', // 2
      '', // 3
      '1.3.0 (2026-03-01)', // 4
      '------------------', // 5
      '', // 6
      '- New.', // 7
      '', // 8
      'Older releases', // 9
      '--------------', // 10
      '', // 11
      '1.2.0 (2026-01-01)', // 12
      '~~~~~~~~~~~~~~~~~~', // 13
      '', // 14
      '- Older.', // 15
      '', // 16
      '1.1.0 (2025-01-01)', // 17
      '~~~~~~~~~~~~~~~~~~', // 18
      '', // 19
      '- Oldest.', // 20
    );
    // Before, only the level with the most versions was read, and 1.3.0 was not found.
    expect(summary(text)).toEqual([
      ['1.3.0', 4, '- New.'],
      ['1.2.0', 12, '- Older.'],
      ['1.1.0', 17, '- Oldest.'],
    ]);
  });

  it('keeps a sub-heading that repeats its release version inside that release (virtualenv)', () => {
    const text = lines(
      'v20.28.0 (2024-11-25)', // 1
      '=====================', // 2
      '', // 3
      'Features - 20.28.0', // 4
      '------------------', // 5
      '', // 6
      '- Feature.', // 7
      '', // 8
      'v20.27.0 (2024-10-17)', // 9
      '=====================', // 10
      '', // 11
      'Features - 20.27.0', // 12
      '------------------', // 13
      '', // 14
      '- Older.', // 15
    );
    expect(summary(text).map(([version, line]) => [version, line])).toEqual([
      ['20.28.0', 1],
      ['20.27.0', 9],
    ]);
  });

  it('reads Markdown releases under `## 2.x` groups, each ending at the next group', () => {
    const text = lines(
      '# Changelog', // 1
      '', // 2
      '## 2.x', // 3
      '', // 4
      '### 2.1.0 (2026-01-02)', // 5
      '', // 6
      '- Two one.', // 7
      '', // 8
      '## 1.x', // 9
      '', // 10
      '### 1.0.0 (2025-01-01)', // 11
      '', // 12
      '- One.', // 13
    );
    expect(summary(text, 'markdown')).toEqual([
      ['2.1.0', 5, '- Two one.'],
      ['1.0.0', 11, '- One.'],
    ]);
  });

  it('does not take a version heading inside the Unreleased section for a release', () => {
    const text = lines(
      '## [Unreleased]', // 1
      '', // 2
      '### Notes for 2.0', // 3
      '', // 4
      '### 2.0.0-style migration', // 5
      '', // 6
      '## [1.0.0] - 2025-01-01', // 7
      '', // 8
      '- One.', // 9
    );
    expect(summary(text, 'markdown').map(([version]) => version)).toEqual(['1.0.0']);
  });

  it('stays linear with releases nested under many adornment levels', () => {
    const chars = '=-~^"+*#<>'.split('');
    const body = Array.from({ length: 4000 }, (_, n) => {
      const title = `${n}.0.0`;
      return `${title}\n${chars[n % chars.length]!.repeat(title.length)}\n\n- x\n`;
    }).join('\n');
    const start = performance.now();
    const changelog = rst(body);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(changelog.releases.length).toBeGreaterThan(0);
  });
});

// Releases written as the changelog Sphinx extension's `.. changelog::` directive (Alembic's
// docs/build/changelog.rst, SQLAlchemy's changelog_20.rst) rather than section titles.
import { describe, expect, it } from 'vitest';
import { headingForm } from '../../../../src/changelog/formats/index.js';
import { findRelease, headingMarkup, parseChangelog } from '../../../../src/changelog/parse.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

// Alembic's shape: an overlined document title, then one directive per release.
const ALEMBIC = lines(
  '', // 1
  '==========', // 2
  'Changelog', // 3
  '==========', // 4
  '', // 5
  '.. changelog::', // 6
  '    :version: 1.19.2', // 7
  '    :include_notes_from: unreleased', // 8
  '', // 9
  '.. changelog::', // 10
  '    :version: 1.19.1', // 11
  '    :released: August 8, 2026', // 12
  '', // 13
  '    .. change::', // 14
  '        :tags: bug, autogenerate', // 15
  '        :tickets: 1842', // 16
  '', // 17
  '        Placeholder entry.', // 18
  '', // 19
  '.. changelog::', // 20
  '    :version: 1.19.0', // 21
  '    :released: August 4, 2026', // 22
  '', // 23
  '    .. change::', // 24
  '        :tags: bug, commands', // 25
  '', // 26
  '        Another entry.', // 27
);

describe('changelog directives as release titles', () => {
  it('reads each release at its :version: line, with its date and notes (alembic)', () => {
    const changelog = parseChangelog(ALEMBIC, { format: 'rst' });
    expect(changelog.releases.map((r) => [r.version, r.date, r.pending, r.line, r.column])).toEqual(
      [
        ['1.19.2', undefined, true, 7, 15],
        ['1.19.1', 'August 8, 2026', false, 11, 15],
        ['1.19.0', 'August 4, 2026', false, 21, 15],
      ],
    );
    const release = findRelease(changelog, '1.19.1')!;
    expect(release.firstLine).toBe(10);
    expect(release.lastLine).toBe(12);
    expect(release.body).toBe(
      '.. change::\n        :tags: bug, autogenerate\n        :tickets: 1842\n\n        Placeholder entry.',
    );
    expect(headingMarkup(release)).toBe(':version: 1.19.1');
    expect(changelog.warnings).toEqual([]);
  });

  it('takes a section title over them that names a series for the document’s title (sqlalchemy)', () => {
    const changelog = parseChangelog(
      lines(
        '=============', // 1
        '2.0 Changelog', // 2
        '=============', // 3
        '', // 4
        '.. changelog::', // 5
        '    :version: 2.0.52', // 6
        '    :released: August 11, 2026', // 7
        '', // 8
        '    .. change::', // 9
        '', // 10
        '        Entry.', // 11
        '', // 12
        '.. changelog::', // 13
        '    :version: 2.0.51', // 14
        '    :released: June 15, 2026', // 15
      ),
      { format: 'rst' },
    );
    expect(changelog.releases.map((r) => [r.version, r.line])).toEqual([
      ['2.0.52', 6],
      ['2.0.51', 14],
    ]);
    expect(findRelease(changelog, '2.0.52')!.body).toBe('.. change::\n\n        Entry.');
    expect(findRelease(changelog, '2.0.0')).toBeUndefined();
  });

  it('takes no indented directive, and none without a version', () => {
    const changelog = parseChangelog(
      lines(
        'Notes',
        '=====',
        '',
        '  .. changelog::',
        '      :version: 1.0.0',
        '',
        '.. changelog::',
        '',
      ),
      { format: 'rst' },
    );
    expect(changelog.releases).toEqual([]);
  });

  it('writes a release as a directive with its options', () => {
    const style = { kind: 'directive' } as const;
    const form = headingForm(style);
    expect(form.lines(style, form.releaseTitle('1.19.2', '2026-09-01'))).toEqual([
      '.. changelog::',
      '    :version: 1.19.2',
      '    :released: 2026-09-01',
    ]);
    expect(form.lines(style, '1.19.3 (unreleased)')).toEqual([
      '.. changelog::',
      '    :version: 1.19.3',
    ]);
  });
});

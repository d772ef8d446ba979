// Each heading form writes headings its markup reads back, and says them in messages the same way
// whichever caller asks.
import { describe, expect, it } from 'vitest';
import {
  changelogMarkup,
  headingForm,
  markupOfFileName,
} from '../../../../src/changelog/formats/format-registry.js';
import type { ChangelogFormat, HeadingStyle } from '../../../../src/changelog/formats/markup.js';
import { parseChangelog } from '../../../../src/changelog/parse.js';

const ATX: HeadingStyle = { kind: 'atx', level: 3 };
const SETEXT: HeadingStyle = { kind: 'setext', char: '-' };
const RST: HeadingStyle = { kind: 'rst', char: '~', overline: false };
const RST_OVER: HeadingStyle = { kind: 'rst', char: '=', overline: true };
const STRONG: HeadingStyle = { kind: 'strong' };

describe('heading forms', () => {
  it.each<[HeadingStyle, ChangelogFormat]>([
    [ATX, 'markdown'],
    [SETEXT, 'markdown'],
    [RST, 'rst'],
    [RST_OVER, 'rst'],
    [STRONG, 'rst'],
    [STRONG, 'markdown'],
  ])('writes a release heading its markup reads back (%o in %s)', (style, format) => {
    const form = headingForm(style);
    const heading = form.lines(style, form.releaseTitle('1.2.0', '2026-01-02'));
    const text = [...heading, '', '- Entry.', ''].join('\n');
    const changelog = parseChangelog(text, { format });
    expect(changelog.releases.map((r) => [r.version, r.date, r.style])).toEqual([
      ['1.2.0', '2026-01-02', style],
    ]);
    expect(changelog.warnings).toEqual([]);
  });

  it('writes the examples and quotes of each form', () => {
    const said = (style: HeadingStyle) => {
      const form = headingForm(style);
      return [
        form.example(style, '1.2.0'),
        form.sectionExample(style, '1.2.0'),
        form.markup(style, 'Title'),
        form.quoted(style, 'Title'),
      ];
    };
    expect(said(ATX)).toEqual([
      '### [1.2.0] - YYYY-MM-DD',
      '"### [1.2.0] - YYYY-MM-DD"',
      '### Title',
      '"### Title"',
    ]);
    expect(said(SETEXT)).toEqual([
      '"1.2.0 (YYYY-MM-DD)"',
      'a section titled "1.2.0 (YYYY-MM-DD)"',
      'Title',
      '"Title"',
    ]);
    expect(said(RST)).toEqual(said(SETEXT));
    expect(said(STRONG)).toEqual([
      '"**1.2.0 (YYYY-MM-DD)**"',
      'a paragraph "**1.2.0 (YYYY-MM-DD)**"',
      '**Title**',
      '"Title"',
    ]);
  });

  it('spells a fresh Unreleased title as the rolled one', () => {
    const atx = headingForm(ATX);
    expect(atx.unreleasedTitle(undefined)).toBe('[Unreleased]');
    expect(atx.unreleasedTitle('[UNRELEASED]')).toBe('[UNRELEASED]');
    expect(atx.unreleasedTitle('Unreleased changes')).toBe('Unreleased');
    const rst = headingForm(RST);
    expect(rst.unreleasedTitle(undefined)).toBe('Unreleased');
    expect(rst.unreleasedTitle('Unreleased changes')).toBe('Unreleased changes');
    expect(rst.unreleasedTitle('Next')).toBe('Unreleased');
  });

  it('keeps an inset overlined title inset when retitling it', () => {
    const form = headingForm(RST_OVER);
    expect(form.retitled(RST_OVER, ' Unreleased ', '1.0 (d)')).toEqual([
      '=========',
      ' 1.0 (d) ',
      '=========',
    ]);
    expect(form.retitled(RST, 'Unreleased', '1.0 (d)')).toEqual(['1.0 (d)', '~~~~~~~']);
  });
});

describe('markups', () => {
  it('tells the markup from the file name, or leaves it to the text', () => {
    expect(markupOfFileName('docs/CHANGES.rst')).toBe('rst');
    expect(markupOfFileName('NEWS.REST')).toBe('rst');
    expect(markupOfFileName('CHANGELOG.md')).toBe('markdown');
    expect(markupOfFileName('a.rst/HISTORY.markdown')).toBe('markdown');
    expect(markupOfFileName('CHANGES')).toBeUndefined();
    expect(markupOfFileName('HISTORY.txt')).toBeUndefined();
  });

  it('writes a first release heading as Keep a Changelog in Markdown, a section in RST', () => {
    const example = (format: ChangelogFormat) => {
      const style = changelogMarkup(format).releaseStyle;
      return headingForm(style).sectionExample(style, '0.1.0');
    };
    expect(example('markdown')).toBe('"## [0.1.0] - YYYY-MM-DD"');
    expect(example('rst')).toBe('a section titled "0.1.0 (YYYY-MM-DD)"');
  });

  it('counts only notes, not sub-headings, as a section body', () => {
    const markdown = changelogMarkup('markdown');
    expect(markdown.isNoteLine('### Added', '')).toBe(false);
    expect(markdown.isNoteLine('Added', '-----')).toBe(false);
    expect(markdown.isNoteLine('- Entry.', '')).toBe(true);
    const rst = changelogMarkup('rst');
    expect(rst.isNoteLine('Features', '~~~~~~~~')).toBe(false);
    expect(rst.isNoteLine('### Not a heading here', '')).toBe(true);
  });
});

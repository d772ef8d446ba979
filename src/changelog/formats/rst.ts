// reStructuredText changelogs: sections titled over a line of one punctuation character, with the
// same line above when overlined (`pytest 8.3.4 (2024-12-01)` over `=====`). RST has no link
// reference definitions for a release to keep up to date.
import type { ChangelogMarkup, HeadingForm, StyleOf } from './markup.js';
import { scanRst } from './rst-scan.js';
import { standaloneTitles } from './titles.js';

const RST_ADORNMENT = /^([!-/:-@[-`{-~])\1+\s*$/;

export const rst: ChangelogMarkup = {
  name: 'rst',
  extensions: ['.rst', '.rest'],
  scan: scanRst,
  releaseStyle: { kind: 'rst', char: '-', overline: false },
  isNoteLine: (line, next) =>
    line.trim() !== '' && !RST_ADORNMENT.test(line) && !RST_ADORNMENT.test(next),
  unreleasedSection: 'an "Unreleased" section',
  notesHint: '',
  headingMark: '',
  linkReferences: false,
};

/** A section title with its adornment resized to the title, overline kept. */
export const rstSections: HeadingForm<StyleOf<'rst'>> = {
  kind: 'rst',
  lines: (style, title) => {
    const rule = style.char.repeat(Math.max(title.length, 1));
    return style.overline ? [rule, title, rule] : [title, rule];
  },
  retitled: (style, titleLine, title) => {
    if (!style.overline) return rstSections.lines(style, title);
    // Keep an inset title inset: ` Unreleased ` → ` 1.0.0 (date) `.
    const inset = /^\s*/.exec(titleLine)![0];
    const rule = style.char.repeat(title.length + 2 * inset.length);
    return [rule, inset + title + inset, rule];
  },
  ...standaloneTitles,
};

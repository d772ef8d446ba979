// Markdown changelogs: ATX headings (`## [1.2.0] - 2026-01-02`, Keep a Changelog) and setext
// headings (a title over `===` or `---`), with link reference definitions that a release keeps up
// to date (`[1.2.0]: …/compare/v1.1.0...v1.2.0`).
import type { ChangelogMarkup, HeadingForm, StyleOf } from './markup.js';
import { scanMarkdown } from './markdown-scan.js';
import { standaloneTitles } from './titles.js';

const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;

export const markdown: ChangelogMarkup = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  scan: scanMarkdown,
  releaseStyle: { kind: 'atx', level: 2 },
  isNoteLine: (line, next) =>
    line.trim() !== '' &&
    !SETEXT_UNDERLINE.test(line) &&
    !/^\s*#/.test(line) &&
    !SETEXT_UNDERLINE.test(next),
  unreleasedSection: 'a "## [Unreleased]" section',
  notesHint: ' (### Added, ### Fixed …)',
  headingMark: '# ',
  linkReferences: true,
};

/** `## Title`: the number of `#` is the level; releases are titled as Keep a Changelog does. */
export const atxHeadings: HeadingForm<StyleOf<'atx'>> = {
  kind: 'atx',
  lines: (style, title) => [atxHeadings.markup(style, title)],
  retitled: (style, _titleLine, title) => atxHeadings.lines(style, title),
  releaseTitle: (version, date) => `[${version}] - ${date}`,
  unreleasedTitle: (previous) => {
    const word = previous ? /unreleased/i.exec(previous)?.[0] : undefined;
    if (!word || !previous) return '[Unreleased]';
    return previous.trimStart().startsWith('[') ? `[${word}]` : word;
  },
  markup: (style, title) => `${'#'.repeat(style.level)} ${title}`,
  quoted: (style, title) => `"${atxHeadings.markup(style, title)}"`,
  example: (style, version) =>
    atxHeadings.markup(style, atxHeadings.releaseTitle(version, 'YYYY-MM-DD')),
  sectionExample: (style, version) => `"${atxHeadings.example(style, version)}"`,
};

/** A title over a line of `=` (level 1) or `-` (level 2), at least three long. */
export const setextHeadings: HeadingForm<StyleOf<'setext'>> = {
  kind: 'setext',
  lines: (style, title) => [title, style.char.repeat(Math.max(title.length, 3))],
  retitled: (style, _titleLine, title) => setextHeadings.lines(style, title),
  ...standaloneTitles,
};

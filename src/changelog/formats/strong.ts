// Release titles written as a paragraph of bold text instead of a heading: pypa/wheel's
// docs/news.rst has `**0.48.0 (2026-08-12)**` above each release's list, and no section titles
// below its document title. Read only when a file's real headings name no release, so a bold
// line inside a release's notes is never taken for one.
import type { TextLines } from '../../files/index.js';
import type { HeadingForm, HeadingStyle, RawHeading, StyleOf } from './markup.js';
import { unreleasedAsWritten, versionWithDate } from './titles.js';

const STRONG_LINE = /^\*\*([^*\s](?:[^*]*[^*\s])?)\*\*\s*$/;
const STRONG: HeadingStyle = { kind: 'strong' };

/**
 * Bold paragraphs of one line (a blank line or the file's edge above and below, in the first
 * column), as headings one level below the deepest real heading. `isRelease` says which titles
 * name a release or the Unreleased section; none is returned unless at least one does.
 */
export function scanStrongTitles(
  lines: TextLines,
  headings: readonly RawHeading[],
  isRelease: (title: string) => boolean,
): RawHeading[] {
  const level = headings.reduce((deepest, heading) => Math.max(deepest, heading.level), 0) + 1;
  const taken = new Set<number>();
  for (const heading of headings)
    for (let line = heading.firstLine; line <= heading.lastLine; line++) taken.add(line);
  const found: RawHeading[] = [];
  let fenced = false;
  for (let index = 0; index < lines.count; index++) {
    const line = lines.line(index);
    if (/^(?:```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || taken.has(index + 1) || !line.startsWith('**')) continue;
    const match = STRONG_LINE.exec(line);
    if (!match) continue;
    const above = index === 0 || lines.isBlank(index - 1) || taken.has(index);
    const below = index + 1 >= lines.count || lines.isBlank(index + 1);
    if (!above || !below) continue;
    found.push({
      line: index + 1,
      firstLine: index + 1,
      lastLine: index + 1,
      level,
      text: match[1]!,
      column: 3,
      style: STRONG,
    });
  }
  return found.some((heading) => isRelease(heading.text)) ? found : [];
}

/** `**0.48.0 (2026-08-12)**`: a release title as a bold paragraph alone on its line. */
export const strongTitles: HeadingForm<StyleOf<'strong'>> = {
  kind: 'strong',
  lines: (style, title) => [strongTitles.markup(style, title)],
  retitled: (style, _titleLine, title) => strongTitles.lines(style, title),
  releaseTitle: versionWithDate,
  unreleasedTitle: unreleasedAsWritten,
  markup: (_style, title) => `**${title}**`,
  quoted: (_style, title) => `"${title}"`,
  example: (style, version) =>
    `"${strongTitles.markup(style, versionWithDate(version, 'YYYY-MM-DD'))}"`,
  sectionExample: (style, version) => `a paragraph ${strongTitles.example(style, version)}`,
  titlesWhenNoRelease: scanStrongTitles,
};

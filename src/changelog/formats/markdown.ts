// Markdown headings as CommonMark reads them: ATX (`#` … `######`, up to three spaces before,
// an optional closing run of `#`) and setext (a one-line paragraph over `===` or `---`). Lines in
// fenced code blocks and multi-line HTML comments are not headings. Every test is a scan of the
// line or a regular expression without nested quantifiers, so no line makes it slow.
import type { TextLines } from '../../files/index.js';
import type { HeadingStyle, LinkReference, RawHeading, ScannedDocument } from './markup.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const LINK_REFERENCE = /^ {0,3}\[([^\]]+)\]:[ \t]*(\S+)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
// One style object for each, shared by every heading written in it.
const ATX_STYLES: readonly HeadingStyle[] = [0, 1, 2, 3, 4, 5, 6].map((level) => ({
  kind: 'atx',
  level,
}));
const SETEXT_1: HeadingStyle = { kind: 'setext', char: '=' };
const SETEXT_2: HeadingStyle = { kind: 'setext', char: '-' };

const isSpace = (char: string | undefined) => char === ' ' || char === '\t';

/** `## Title ##` → level 2, text `Title` and its 0-based start; undefined when not ATX. */
export function atxHeading(
  line: string,
): { level: number; text: string; start: number } | undefined {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  let j = i;
  while (line[j] === '#') j++;
  const level = j - i;
  if (level < 1 || level > 6 || (j < line.length && !isSpace(line[j]))) return undefined;
  let start = j;
  while (isSpace(line[start])) start++;
  let end = line.length;
  while (end > start && isSpace(line[end - 1])) end--;
  // A closing run of `#` counts only after a space (`## C#` keeps its `#`).
  let close = end;
  while (close > start && line[close - 1] === '#') close--;
  if (close < end && (close === start || isSpace(line[close - 1]))) {
    end = close;
    while (end > start && isSpace(line[end - 1])) end--;
  }
  return { level, text: line.slice(start, end), start };
}

const SPACE = 32;
const TAB = 9;

/** Whether line `index`, whose first text is at `at`, is a list item (`- x`, `1. x`). */
function isListItem(lines: TextLines, index: number, at: number): boolean {
  const body = lines.body;
  const end = lines.end(index);
  const first = body.charCodeAt(at);
  let after = at + 1;
  if (first >= 48 && first <= 57) {
    while (
      after < end &&
      after - at < 9 &&
      body.charCodeAt(after) >= 48 &&
      body.charCodeAt(after) <= 57
    )
      after++;
    const mark = body.charCodeAt(after);
    if (mark !== 46 && mark !== 41) return false; // `.` or `)`
    after++;
  } else if (first !== 45 && first !== 42 && first !== 43) {
    return false; // `-`, `*`, `+`
  }
  const next = body.charCodeAt(after);
  return after >= end || next === SPACE || next === TAB;
}

export function scanMarkdown(lines: TextLines): ScannedDocument {
  const { body } = lines;
  const headings: RawHeading[] = [];
  const links = new Map<string, LinkReference>();
  const linkLines = new Set<number>();
  // The opening run of the fenced code block we are in (CommonMark: it closes with a run of the
  // same character, at least as long, and nothing after it).
  let fence: string | undefined;
  let comment = false;
  // Whether the previous line may be the text of a setext heading: a one-line paragraph.
  let paragraphStart = -1;
  let previousBlank = true;
  // Most lines are prose or list items: their first character rules out every other test, and
  // only the few that may matter are cut out of the text as strings.
  for (let index = 0; index < lines.count; index++) {
    const start = lines.start(index);
    const end = lines.end(index);
    const at = lines.firstText(index);
    const blank = at === end;
    const first = blank ? '' : body[at]!;
    const indent = at - start;
    const wasBlank = previousBlank;
    previousBlank = blank;
    if (comment) {
      const close = body.indexOf('-->', start);
      if (close !== -1 && close < end) comment = false;
      paragraphStart = -1;
      continue;
    }
    const fenceLine =
      (first === '`' || first === '~') && indent < 4 ? FENCE.exec(lines.line(index)) : null;
    if (fence !== undefined) {
      const run = fenceLine?.[1] ?? '';
      const closes = run[0] === fence[0] && run.length >= fence.length;
      if (closes && fenceLine?.[2]?.trim() === '') fence = undefined;
      continue;
    }
    if (fenceLine?.[1] !== undefined) {
      fence = fenceLine[1];
      paragraphStart = -1;
      continue;
    }
    if (blank) {
      paragraphStart = -1;
      continue;
    }
    const atx = first === '#' ? atxHeading(lines.line(index)) : undefined;
    if (atx) {
      headings.push({
        line: index + 1,
        firstLine: index + 1,
        lastLine: index + 1,
        level: atx.level,
        text: atx.text,
        column: atx.start + 1,
        style: ATX_STYLES[atx.level]!,
      });
      paragraphStart = -1;
      continue;
    }
    if ((first === '=' || first === '-') && paragraphStart === index - 1) {
      const underline = SETEXT_UNDERLINE.exec(lines.line(index));
      if (underline?.[1] && underline[1].length >= 2) {
        const char = underline[1][0] as '=' | '-';
        headings.push({
          line: index,
          firstLine: index,
          lastLine: index + 1,
          level: char === '=' ? 1 : 2,
          text: lines.line(index - 1).trim(),
          column: lines.firstText(index - 1) - lines.start(index - 1) + 1,
          style: char === '=' ? SETEXT_1 : SETEXT_2,
        });
        paragraphStart = -1;
        continue;
      }
    }
    const link = first === '[' ? LINK_REFERENCE.exec(lines.line(index)) : null;
    if (link?.[1] !== undefined && link[2] !== undefined) {
      linkLines.add(index);
      const label = link[1].toLowerCase();
      if (!links.has(label)) links.set(label, { label: link[1], url: link[2], line: index + 1 });
      paragraphStart = -1;
      continue;
    }
    // An HTML comment block starts a line; until `-->` nothing in it is a heading.
    if (first === '<' && body.startsWith('<!--', at)) {
      const close = body.indexOf('-->', at + 4);
      if (close === -1 || close >= end) {
        comment = true;
        paragraphStart = -1;
        continue;
      }
    }
    // A paragraph's first line, when it is not indented code, a list item or a quote; a second
    // paragraph line makes the paragraph too long to be a heading we read.
    const startsParagraph = wasBlank || headings.at(-1)?.lastLine === index;
    const listOrQuote = first === '>' || isListItem(lines, index, at);
    paragraphStart = startsParagraph && indent < 4 && !listOrQuote ? index : -1;
  }
  return { headings, links, isLinkLine: (index) => linkLines.has(index) };
}

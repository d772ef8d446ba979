// Markdown headings as CommonMark reads them: ATX (`#` … `######`, up to three spaces before,
// an optional closing run of `#`) and setext (a one-line paragraph over `===` or `---`). Lines in
// fenced code blocks and multi-line HTML comments are not headings. Every test is a scan of the
// line or a regular expression without nested quantifiers, so no line makes it slow.
import type { LinkReference, RawHeading, ScannedDocument } from './changelog-markup.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const LINK_REFERENCE = /^ {0,3}\[([^\]]+)\]:[ \t]*(\S+)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

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

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

export function scanMarkdown(lines: readonly string[]): ScannedDocument {
  const headings: RawHeading[] = [];
  const links = new Map<string, LinkReference>();
  const linkLines = new Set<number>();
  // The opening run of the fenced code block we are in (CommonMark: it closes with a run of the
  // same character, at least as long, and nothing after it).
  let fence: string | undefined;
  let comment = false;
  // Whether the previous line may be the text of a setext heading: a one-line paragraph.
  let paragraphStart = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (comment) {
      if (line.includes('-->')) comment = false;
      paragraphStart = -1;
      continue;
    }
    const fenceLine = line.includes('```') || line.includes('~~~') ? FENCE.exec(line) : null;
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
    if (isBlank(line)) {
      paragraphStart = -1;
      continue;
    }
    const atx = line.includes('#') ? atxHeading(line) : undefined;
    if (atx) {
      headings.push({
        line: index + 1,
        firstLine: index + 1,
        lastLine: index + 1,
        level: atx.level,
        text: atx.text,
        column: atx.start + 1,
        style: { kind: 'atx', level: atx.level },
      });
      paragraphStart = -1;
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(line);
    if (underline?.[1] && paragraphStart === index - 1 && underline[1].length >= 2) {
      const textLine = lines[index - 1]!;
      const start = textLine.length - textLine.trimStart().length;
      const char = underline[1][0] as '=' | '-';
      headings.push({
        line: index,
        firstLine: index,
        lastLine: index + 1,
        level: char === '=' ? 1 : 2,
        text: textLine.trim(),
        column: start + 1,
        style: { kind: 'setext', char },
      });
      paragraphStart = -1;
      continue;
    }
    const link = line.includes(']:') ? LINK_REFERENCE.exec(line) : null;
    if (link?.[1] !== undefined && link[2] !== undefined) {
      linkLines.add(index);
      const label = link[1].toLowerCase();
      if (!links.has(label)) links.set(label, { label: link[1], url: link[2], line: index + 1 });
      paragraphStart = -1;
      continue;
    }
    if (line.includes('<!--') && !line.slice(line.indexOf('<!--')).includes('-->')) {
      comment = true;
      paragraphStart = -1;
      continue;
    }
    // A paragraph's first line, when it is not indented code, a list item or a quote; a second
    // paragraph line makes the paragraph too long to be a heading we read.
    const startsParagraph =
      isBlank(lines[index - 1]) || headings.at(-1)?.lastLine === index || index === 0;
    paragraphStart =
      startsParagraph && !line.startsWith('    ') && !LIST_ITEM.test(line) && !/^ {0,3}>/.test(line)
        ? index
        : -1;
  }
  return { headings, links, isLinkLine: (index) => linkLines.has(index) };
}

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

/**
 * One pass over the lines, a rule per kind of line. Most lines are prose or list items: their
 * first character rules out every other test, and only the few that may matter are cut out of the
 * text as strings.
 */
class MarkdownScanner {
  readonly headings: RawHeading[] = [];
  readonly links = new Map<string, LinkReference>();
  readonly linkLines = new Set<number>();
  // The opening run of the fenced code block we are in (CommonMark: it closes with a run of the
  // same character, at least as long, and nothing after it).
  private fence: string | undefined;
  private comment = false;
  // Whether the previous line may be the text of a setext heading: a one-line paragraph.
  private paragraphStart = -1;
  private previousBlank = true;

  constructor(private readonly lines: TextLines) {}

  read(index: number): void {
    const { lines } = this;
    const start = lines.start(index);
    const end = lines.end(index);
    const at = lines.firstText(index);
    const blank = at === end;
    const first = blank ? '' : lines.body[at]!;
    const indent = at - start;
    const wasBlank = this.previousBlank;
    this.previousBlank = blank;
    if (this.comment) {
      this.comment = !this.closesComment(start, end);
      this.paragraphStart = -1;
      return;
    }
    if (this.readFence(index, first, indent)) return;
    if (
      blank ||
      this.readAtx(index, first) ||
      this.readSetext(index, first) ||
      this.readLinkReference(index, first) ||
      this.opensComment(at, end, first)
    ) {
      this.paragraphStart = -1;
      return;
    }
    // A paragraph's first line, when it is not indented code, a list item or a quote; a second
    // paragraph line makes the paragraph too long to be a heading we read.
    const startsParagraph = wasBlank || this.headings.at(-1)?.lastLine === index;
    const listOrQuote = first === '>' || isListItem(lines, index, at);
    this.paragraphStart = startsParagraph && indent < 4 && !listOrQuote ? index : -1;
  }

  private closesComment(start: number, end: number): boolean {
    const close = this.lines.body.indexOf('-->', start);
    return close !== -1 && close < end;
  }

  /** A line inside a fenced code block, or one that opens or closes it. */
  private readFence(index: number, first: string, indent: number): boolean {
    const fenceLine =
      (first === '`' || first === '~') && indent < 4 ? FENCE.exec(this.lines.line(index)) : null;
    if (this.fence !== undefined) {
      const run = fenceLine?.[1] ?? '';
      const closes = run[0] === this.fence[0] && run.length >= this.fence.length;
      if (closes && fenceLine?.[2]?.trim() === '') this.fence = undefined;
      return true;
    }
    if (fenceLine?.[1] === undefined) return false;
    this.fence = fenceLine[1];
    this.paragraphStart = -1;
    return true;
  }

  private readAtx(index: number, first: string): boolean {
    const atx = first === '#' ? atxHeading(this.lines.line(index)) : undefined;
    if (!atx) return false;
    this.headings.push({
      line: index + 1,
      firstLine: index + 1,
      lastLine: index + 1,
      level: atx.level,
      text: atx.text,
      column: atx.start + 1,
      style: ATX_STYLES[atx.level]!,
    });
    return true;
  }

  /** An underline of `=` or `-` under a one-line paragraph makes that paragraph a heading. */
  private readSetext(index: number, first: string): boolean {
    if ((first !== '=' && first !== '-') || this.paragraphStart !== index - 1) return false;
    const underline = SETEXT_UNDERLINE.exec(this.lines.line(index));
    if (!underline?.[1] || underline[1].length < 2) return false;
    const char = underline[1][0] as '=' | '-';
    const { lines } = this;
    this.headings.push({
      line: index,
      firstLine: index,
      lastLine: index + 1,
      level: char === '=' ? 1 : 2,
      text: lines.line(index - 1).trim(),
      column: lines.firstText(index - 1) - lines.start(index - 1) + 1,
      style: char === '=' ? SETEXT_1 : SETEXT_2,
    });
    return true;
  }

  private readLinkReference(index: number, first: string): boolean {
    const link = first === '[' ? LINK_REFERENCE.exec(this.lines.line(index)) : null;
    if (link?.[1] === undefined || link[2] === undefined) return false;
    this.linkLines.add(index);
    const label = link[1].toLowerCase();
    if (!this.links.has(label)) {
      this.links.set(label, { label: link[1], url: link[2], line: index + 1 });
    }
    return true;
  }

  /** An HTML comment block starts a line; until `-->` nothing in it is a heading. */
  private opensComment(at: number, end: number, first: string): boolean {
    if (first !== '<' || !this.lines.body.startsWith('<!--', at)) return false;
    const close = this.lines.body.indexOf('-->', at + 4);
    if (close !== -1 && close < end) return false;
    this.comment = true;
    return true;
  }
}

export function scanMarkdown(lines: TextLines): ScannedDocument {
  const scanner = new MarkdownScanner(lines);
  for (let index = 0; index < lines.count; index++) scanner.read(index);
  const { headings, links, linkLines } = scanner;
  return { headings, links, isLinkLine: (index) => linkLines.has(index) };
}

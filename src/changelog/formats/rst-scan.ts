// reStructuredText section titles as docutils reads them: a title line with a line of one
// punctuation character under it (at least as long as the title, or four characters), or the same
// line above and below. Levels follow the order in which the styles first appear in the file.
// Titles start in the first column, so indented literal and directive blocks hold none.
import type { TextLines } from '../../files/index.js';
import type { HeadingStyle, RawHeading, ScannedDocument } from './markup.js';

const ADORNMENT = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
const BULLET = /^[-*+•‣⁃] /;

/** The character of an adornment line (`=====`), or undefined. */
export function adornmentChar(line: string | undefined): string | undefined {
  if (line === undefined) return undefined;
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  if (end < 2) return undefined;
  const char = line[0]!;
  if (!ADORNMENT.has(char)) return undefined;
  for (let i = 1; i < end; i++) if (line[i] !== char) return undefined;
  return char;
}

function adornmentLength(line: string): number {
  return line.trimEnd().length;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Text that can be a title under an underline: unindented, not a comment, list item or marker. */
export function titleText(line: string | undefined): boolean {
  if (line === undefined || isBlank(line) || line[0] === ' ' || line[0] === '\t') return false;
  return !line.startsWith('..') && !BULLET.test(line) && adornmentChar(line) === undefined;
}

/** Lines as an array would give them, cut from the text when asked for. */
export function lineAt(text: TextLines) {
  return (index: number) => (index >= 0 && index < text.count ? text.line(index) : undefined);
}

export function scanRst(text: TextLines): ScannedDocument {
  const headings: RawHeading[] = [];
  const levels = new Map<string, { level: number; style: HeadingStyle }>();
  const styleOf = (char: string, overline: boolean) => {
    const key = `${overline ? 'over' : 'under'}${char}`;
    let found = levels.get(key);
    if (found === undefined) {
      found = { level: levels.size + 1, style: { kind: 'rst', char, overline } };
      levels.set(key, found);
    }
    return found;
  };
  const lines = lineAt(text);
  let next = lines(0);
  for (let index = 0; index < text.count; index++) {
    const line = next!;
    next = lines(index + 1);
    const char = adornmentChar(line);
    if (char !== undefined) {
      // Overline, title (may be inset), underline of the same character.
      const title = next;
      if (
        title !== undefined &&
        !isBlank(title) &&
        adornmentChar(title) === undefined &&
        adornmentChar(lines(index + 2)) === char &&
        (text.isBlank(index - 1) || headings.at(-1)?.lastLine === index)
      ) {
        const start = title.length - title.trimStart().length;
        const { level, style } = styleOf(char, true);
        headings.push({
          line: index + 2,
          firstLine: index + 1,
          lastLine: index + 3,
          level,
          text: title.trim(),
          column: start + 1,
          style,
        });
        index += 2;
        next = lines(index + 1);
      }
      continue;
    }
    const underline = adornmentChar(next);
    if (
      underline !== undefined &&
      titleText(line) &&
      (text.isBlank(index - 1) || headings.at(-1)?.lastLine === index)
    ) {
      const title = line.trim();
      const length = adornmentLength(next!);
      // docutils reads a short underline as a title only from four characters on.
      if (length < title.length && length < 4) continue;
      const { level, style } = styleOf(underline, false);
      headings.push({
        line: index + 1,
        firstLine: index + 1,
        lastLine: index + 2,
        level,
        text: title,
        column: 1,
        style,
      });
      index += 1;
      next = lines(index + 1);
    }
  }
  return { headings, links: new Map(), isLinkLine: () => false };
}

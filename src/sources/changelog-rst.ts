// reStructuredText section titles as docutils reads them: a title line with a line of one
// punctuation character under it (at least as long as the title, or four characters), or the same
// line above and below. Levels follow the order in which the styles first appear in the file.
// Titles start in the first column, so indented literal and directive blocks hold none.
import type { RawHeading, ScannedDocument } from './changelog-markup.js';

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
function titleText(line: string | undefined): boolean {
  if (line === undefined || isBlank(line) || line[0] === ' ' || line[0] === '\t') return false;
  return !line.startsWith('..') && !BULLET.test(line) && adornmentChar(line) === undefined;
}

export function scanRst(lines: readonly string[]): ScannedDocument {
  const headings: RawHeading[] = [];
  const levels = new Map<string, number>();
  const levelOf = (key: string) => {
    let level = levels.get(key);
    if (level === undefined) levels.set(key, (level = levels.size + 1));
    return level;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const char = adornmentChar(line);
    const next = lines[index + 1];
    if (char !== undefined) {
      // Overline, title (may be inset), underline of the same character.
      const title = lines[index + 2] !== undefined ? next : undefined;
      if (
        title !== undefined &&
        !isBlank(title) &&
        adornmentChar(title) === undefined &&
        adornmentChar(lines[index + 2]) === char &&
        (isBlank(lines[index - 1]) || headings.at(-1)?.lastLine === index)
      ) {
        const start = title.length - title.trimStart().length;
        headings.push({
          line: index + 2,
          firstLine: index + 1,
          lastLine: index + 3,
          level: levelOf(`over${char}`),
          text: title.trim(),
          column: start + 1,
          style: { kind: 'rst', char, overline: true },
        });
        index += 2;
      }
      continue;
    }
    const underline = adornmentChar(next);
    if (
      underline !== undefined &&
      titleText(line) &&
      (index === 0 || isBlank(lines[index - 1]) || headings.at(-1)?.lastLine === index)
    ) {
      const text = line.trim();
      const length = adornmentLength(next!);
      // docutils reads a short underline as a title only from four characters on.
      if (length < text.length && length < 4) continue;
      headings.push({
        line: index + 1,
        firstLine: index + 1,
        lastLine: index + 2,
        level: levelOf(`under${underline}`),
        text,
        column: 1,
        style: { kind: 'rst', char: underline, overline: false },
      });
      index += 1;
    }
  }
  return { headings, links: new Map(), isLinkLine: () => false };
}

/**
 * Markdown or reStructuredText, for a file without a telling extension (`CHANGES`, `HISTORY.txt`):
 * ATX headings mean Markdown; overlines, other adornment characters, directives and roles mean
 * RST; plain `===`/`---` underlines read the same either way and are taken as RST, the usual
 * markup of Python projects' CHANGES files.
 */
export function sniffFormat(lines: readonly string[]): 'markdown' | 'rst' {
  let markdown = 0;
  let rst = 0;
  let underlined = 0;
  const limit = Math.min(lines.length, 5000);
  for (let index = 0; index < limit; index++) {
    const line = lines[index]!;
    if (/^#{1,6} \S/.test(line)) markdown++;
    else if (/^```|^\[[^\]]+\]: \S|\]\(https?:/.test(line)) markdown++;
    if (/^\.\. \S|:(?:issue|pr|ref|doc|func|class|meth|user|gh):`|`_\b|``\S/.test(line)) rst++;
    const char = adornmentChar(lines[index + 1]);
    if (char !== undefined && titleText(line)) {
      if (char === '=' || char === '-') underlined++;
      else rst++;
    }
  }
  if (markdown > 0 && markdown >= rst) return 'markdown';
  if (rst > 0 || underlined > 0) return 'rst';
  return 'markdown';
}

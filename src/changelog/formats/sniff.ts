// Which markup a changelog is in when its file name does not say (`CHANGES`, `HISTORY.txt`): the
// signs of each in its first lines, weighed.
import type { TextLines } from '../../files/index.js';
import type { ChangelogFormat } from './markup.js';
import { adornmentChar, lineAt, titleText } from './rst-scan.js';

/**
 * Markdown or reStructuredText, for a file without a telling extension (`CHANGES`, `HISTORY.txt`):
 * ATX headings mean Markdown; overlines, other adornment characters, directives and roles mean
 * RST; plain `===`/`---` underlines read the same either way and are taken as RST, the usual
 * markup of Python projects' CHANGES files.
 */
export function sniffFormat(text: TextLines): ChangelogFormat {
  let markdown = 0;
  let rst = 0;
  let underlined = 0;
  const lines = lineAt(text);
  const limit = Math.min(text.count, 5000);
  for (let index = 0; index < limit; index++) {
    const line = lines(index)!;
    if (/^#{1,6} \S/.test(line)) markdown++;
    else if (/^```|^\[[^\]]+\]: \S|\]\(https?:/.test(line)) markdown++;
    if (/^\.\. \S|:(?:issue|pr|ref|doc|func|class|meth|user|gh):`|`_\b|``\S/.test(line)) rst++;
    const char = adornmentChar(lines(index + 1));
    if (char !== undefined && titleText(line)) {
      if (char === '=' || char === '-') underlined++;
      else rst++;
    }
  }
  if (markdown > 0 && markdown >= rst) return 'markdown';
  if (rst > 0 || underlined > 0) return 'rst';
  return 'markdown';
}

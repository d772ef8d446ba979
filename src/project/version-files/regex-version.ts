// Version patterns written for Python's `re` (hatchling's `[tool.hatch.version] pattern`,
// scikit-build-core's regex provider), run the way those backends run them: `re.search` over the
// whole file with MULTILINE, the version in a named group. Translated to a JavaScript RegExp once.
import { UserError, type Location } from '../../errors.js';
import type { Located } from '../../files/index.js';

/** Translates the Python-only parts: leading inline flags, `(?P<name>…)` and `(?P=name)`. */
export function pythonRegex(pattern: string): RegExp | undefined {
  let body = pattern;
  let flags = 'dm';
  const inline = /^\(\?([aiLmsux]+)\)/.exec(body);
  if (inline?.[1]) {
    if (/[xL]/.test(inline[1])) return undefined;
    if (inline[1].includes('i')) flags += 'i';
    if (inline[1].includes('s')) flags += 's';
    body = body.slice(inline[0].length);
  }
  body = body
    .replace(/\(\?P<(\w+)>/g, '(?<$1>')
    .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
    .replace(/\\A/g, '^')
    .replace(/\\Z/g, '$');
  try {
    return new RegExp(body, flags);
  } catch {
    return undefined;
  }
}

/** The 1-based line and column of an offset in a text (a BOM is not counted). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  let lineStart = start;
  for (let index = text.indexOf('\n', start); index !== -1 && index < offset;) {
    line++;
    lineStart = index + 1;
    index = text.indexOf('\n', lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The first match of a backend's version pattern in a file, with the group's position.
 * `setting` names where the pattern is configured, for the error when it is unusable or finds
 * nothing.
 */
export function readRegexVersion(
  text: string,
  file: string,
  pattern: string,
  group: string,
  setting: { describe: string; location: Location },
): Located {
  const regex = pythonRegex(pattern);
  if (!regex) {
    throw new UserError(
      `${setting.describe} is ${JSON.stringify(pattern)}, which is not a regular expression pyrelease can run. Simplify it (no verbose or locale flags).`,
      'Unusable version pattern',
      setting.location,
    );
  }
  const match = regex.exec(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text);
  const indices = match?.indices?.groups?.[group];
  const value = match?.groups?.[group];
  if (!match || value === undefined || !indices) {
    throw new UserError(
      `${setting.describe} ${JSON.stringify(pattern)} matches nothing in ${file}${match && value === undefined ? ` (it has no group named "${group}")` : ''}, so the build cannot read the version either. Fix the pattern or the file.`,
      'Version pattern matches nothing',
      setting.location,
    );
  }
  // The BOM was replaced by one character above, so offsets equal those in the file.
  return { value, ...positionOf(text, indices[0]) };
}

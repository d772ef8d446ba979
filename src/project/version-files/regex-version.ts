// Version patterns written for Python's `re` (hatchling's `[tool.hatch.version] pattern`,
// scikit-build-core's regex provider), run the way those backends run them: `re.search` over the
// whole file with MULTILINE, the version in a named group. A pull request writes the pattern, so
// it runs on RE2 (re2js), whose time is linear in the text whatever the pattern: `(a+)+$` over a
// line of `a`s backtracks for minutes in Python's and JavaScript's engines. The few features
// RE2 lacks (backreferences, lookaround, verbose mode) are refused with what to write instead.
import { RE2JS } from 're2js';
import { UserError, type Location } from '../../errors.js';
import type { Located } from '../../files/index.js';
import { parsePep440 } from '../../version/index.js';

export type TranslatedPattern =
  { readonly ok: true; readonly regex: RE2JS } | { readonly ok: false; readonly reason: string };

const LOOKAROUND: Readonly<Record<string, string>> = {
  '(?=': 'a lookahead (?=…)',
  '(?!': 'a negative lookahead (?!…)',
  '(?<=': 'a lookbehind (?<=…)',
  '(?<!': 'a negative lookbehind (?<!…)',
};

/** What RE2 cannot run at `index` of a pattern (outside a character class), if anything. */
function unsupportedAt(pattern: string, index: number): string | undefined {
  for (const [opener, what] of Object.entries(LOOKAROUND)) {
    if (pattern.startsWith(opener, index)) return `it uses ${what}`;
  }
  if (pattern.startsWith('(?P=', index)) return 'it uses a backreference (?P=name)';
  const flags = /^\(\?([a-zA-Z-]+)[:)]/.exec(pattern.slice(index, index + 16))?.[1];
  if (flags?.includes('x')) return 'it uses the verbose flag (?x)';
  if (flags?.includes('L')) return 'it uses the locale flag (?L)';
  return undefined;
}

/**
 * The pattern in RE2's syntax: Python's `\Z` is RE2's `\z`, and the flags `a` and `u` (ASCII
 * and Unicode classes) are dropped; `(?P<name>…)`, `(?i)`, `(?m)`, `(?s)` and `\A` are the same.
 */
function toRe2(pattern: string): { source: string } | { reason: string } {
  let source = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '\\') {
      const next = pattern[index + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return { reason: `it uses a backreference (\\${next})` };
      source += next === 'Z' && !inClass ? '\\z' : char + next;
      index++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      source += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      source += char;
      // A `]` first in a class (or after `^`) is a literal.
      const literal = /^\^?\]/.exec(pattern.slice(index + 1))?.[0] ?? '';
      source += literal;
      index += literal.length;
      continue;
    }
    const unsupported = char === '(' ? unsupportedAt(pattern, index) : undefined;
    if (unsupported) return { reason: unsupported };
    const flags =
      char === '(' ? /^\(\?([a-zA-Z-]+)([:)])/.exec(pattern.slice(index, index + 16)) : null;
    if (flags) {
      const kept = flags[1]!.replace(/[au]/g, '');
      source +=
        kept === '' || kept === '-' ? (flags[2] === ':' ? '(?:' : '') : `(?${kept}${flags[2]}`;
      index += flags[0].length - 1;
      continue;
    }
    source += char;
  }
  return { source };
}

/** A Python version pattern compiled for RE2 with MULTILINE, or why it cannot run there. */
export function pythonRegex(pattern: string): TranslatedPattern {
  const translated = toRe2(pattern);
  if ('reason' in translated) return { ok: false, reason: translated.reason };
  try {
    return { ok: true, regex: RE2JS.compile(translated.source, RE2JS.MULTILINE) };
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, '');
    return { ok: false, reason: `RE2 cannot compile it (${reason})` };
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

/** A pattern that RE2 cannot run: refused at the setting, with what to write instead. */
function unusable(pattern: string, reason: string, setting: PatternSetting): UserError {
  return new UserError(
    `${setting.describe} is ${JSON.stringify(pattern)}, which pyrelease cannot run: ${reason}. pyrelease runs the patterns a repository gives with a linear-time engine (RE2), which has no backreferences, lookaround, or verbose and locale flags: match the quote with ['"] instead of a backreference, and write the version's surroundings literally instead of lookaround.`,
    'Unusable version pattern',
    setting.location,
  );
}

interface PatternSetting {
  readonly describe: string;
  readonly location: Location;
}

/**
 * The first match of a backend's version pattern in a file, with the group's position.
 * `setting` names where the pattern is configured, for the error when it is unusable or finds
 * nothing. What the group holds is returned only when it is a PEP 440 version: any other text of
 * the file (a pattern can match anything in it) is never quoted.
 */
export function readRegexVersion(
  text: string,
  file: string,
  pattern: string,
  group: string,
  setting: PatternSetting,
): Located {
  const compiled = pythonRegex(pattern);
  if (!compiled.ok) throw unusable(pattern, compiled.reason, setting);
  const hasGroup = Object.hasOwn(compiled.regex.namedGroups(), group);
  // The BOM is replaced by one character, so offsets equal those in the file.
  const matcher = compiled.regex.matcher(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text);
  const found = matcher.find();
  const value = found && hasGroup ? matcher.group(group) : null;
  if (!found || value === null) {
    throw new UserError(
      `${setting.describe} ${JSON.stringify(pattern)} matches nothing in ${file}${found && !hasGroup ? ` (it has no group named "${group}")` : ''}, so the build cannot read the version either. Fix the pattern or the file.`,
      'Version pattern matches nothing',
      setting.location,
    );
  }
  const at = positionOf(text, matcher.start(group));
  if (!parsePep440(value)) {
    throw new UserError(
      `${setting.describe} matches ${file} at line ${at.line}, but its group "${group}" holds text that is not a PEP 440 version there (not shown: a pattern can match any text of the file). Fix the pattern so the group holds only the version, such as 1.2.3, or write the version there.`,
      'Invalid version',
      { file, ...at },
    );
  }
  return { value, ...at };
}

// Releases written as the changelog Sphinx extension's directive (SQLAlchemy, Alembic, Mako):
//
//   .. changelog::
//       :version: 1.19.1
//       :released: August 8, 2026
//
// The directive and its :version: and :released: options are the heading (its title reads
// `1.19.1 (August 8, 2026)`, or `1.19.2 (unreleased)` without a date); the `.. change::` entries
// below are the notes. Where one names a release, the directives are the releases: a section
// title over them ("2.0 Changelog") is the document's title.
import type { TextLines } from '../../files/index.js';
import type { HeadingForm, HeadingStyle, RawHeading, StyleOf } from './markup.js';
import { versionWithDate } from './titles.js';

const DIRECTIVE_LINE = /^\.\. changelog::\s*$/;
// `    :version: 1.19.1`: an option of the directive, indented below it.
const OPTION_LINE = /^[ \t]+:(version|released):[ \t]*(.*?)\s*$/;
const DIRECTIVE: HeadingStyle = { kind: 'directive' };
const INDENT = '    ';

/** The heading a directive at 0-based `index` makes, or undefined when it names no version. */
function directiveHeading(lines: TextLines, index: number, level: number): RawHeading | undefined {
  let version: { text: string; line: number; column: number } | undefined;
  let released = '';
  let last = index;
  // Only the :version: and :released: options right below the directive belong to the heading;
  // any other option (`:include_notes_from:`) stays in the body, so a rewrite keeps it.
  for (let next = index + 1; next < lines.count; next++) {
    const option = OPTION_LINE.exec(lines.line(next));
    if (!option) break;
    last = next;
    if (option[1] === 'released') released = option[2]!;
    else
      version = {
        text: option[2]!,
        line: next + 1,
        column: lines.line(next).length - lines.line(next).trimStart().length + 11,
      };
  }
  if (!version || version.text === '') return undefined;
  return {
    line: version.line,
    firstLine: index + 1,
    lastLine: last + 1,
    level,
    text: versionWithDate(version.text, released || 'unreleased'),
    column: version.column,
    style: DIRECTIVE,
  };
}

/**
 * Every `.. changelog::` directive in the first column with a :version: option, one level below
 * the deepest real heading; none unless one of them names a release.
 */
export function scanChangelogDirectives(
  lines: TextLines,
  headings: readonly RawHeading[],
  isRelease: (title: string) => boolean,
): RawHeading[] {
  const level = headings.reduce((deepest, heading) => Math.max(deepest, heading.level), 0) + 1;
  const found: RawHeading[] = [];
  for (let index = 0; index < lines.count; index++) {
    if (!lines.line(index).startsWith('.. changelog::') || !DIRECTIVE_LINE.test(lines.line(index)))
      continue;
    const heading = directiveHeading(lines, index, level);
    if (heading) found.push(heading);
  }
  return found.some((heading) => isRelease(heading.text)) ? found : [];
}

/** `1.19.1 (August 8, 2026)` → the version and the date, as the options write them. */
function optionsOf(title: string): { version: string; released: string | undefined } {
  const match = /^(\S+) \((.*)\)$/.exec(title);
  if (!match) return { version: title, released: undefined };
  return { version: match[1]!, released: match[2] === 'unreleased' ? undefined : match[2] };
}

export const changelogDirectives: HeadingForm<StyleOf<'directive'>> = {
  kind: 'directive',
  lines: (_style, title) => {
    const { version, released } = optionsOf(title);
    return [
      '.. changelog::',
      `${INDENT}:version: ${version}`,
      ...(released === undefined ? [] : [`${INDENT}:released: ${released}`]),
    ];
  },
  retitled: (style, _titleLine, title) => changelogDirectives.lines(style, title),
  releaseTitle: versionWithDate,
  unreleasedTitle: () => 'unreleased',
  markup: (_style, title) => `:version: ${optionsOf(title).version}`,
  quoted: (_style, title) => `".. changelog::" with ":version: ${optionsOf(title).version}"`,
  example: (_style, version) =>
    `".. changelog::" with ":version: ${version}" and ":released: YYYY-MM-DD"`,
  sectionExample: (style, version) => `a directive ${changelogDirectives.example(style, version)}`,
  releasesOverTitles: scanChangelogDirectives,
};

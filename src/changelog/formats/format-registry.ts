// Every changelog format pyrelease reads and writes, by name: the markups a file can be in, and
// the forms a heading can take in them. A new form is a file in this folder and a line here.
import type { TextLines } from '../../files/index.js';
import type {
  ChangelogFormat,
  ChangelogMarkup,
  HeadingForm,
  HeadingStyle,
  RawHeading,
  StyleKind,
  StyleOf,
} from './markup.js';
import { atxHeadings, markdown, setextHeadings } from './markdown.js';
import { rst, rstSections } from './rst.js';
import { changelogDirectives } from './directive.js';
import { strongTitles } from './strong.js';

const MARKUPS: { readonly [Name in ChangelogFormat]: ChangelogMarkup } = { markdown, rst };

const HEADING_FORMS: { readonly [Kind in StyleKind]: HeadingForm<StyleOf<Kind>> } = {
  atx: atxHeadings,
  setext: setextHeadings,
  rst: rstSections,
  strong: strongTitles,
  directive: changelogDirectives,
};

export function changelogMarkup(format: ChangelogFormat): ChangelogMarkup {
  return MARKUPS[format];
}

/** The markup a file name says (`.md`, `.rst`), or undefined when it does not say. */
export function markupOfFileName(file: string): ChangelogFormat | undefined {
  const name = file.split('/').pop()!.toLowerCase();
  return Object.values(MARKUPS).find((markup) =>
    markup.extensions.some((extension) => name.endsWith(extension)),
  )?.name;
}

/** The form of headings written in `style`; its methods are given that same style. */
export function headingForm(style: HeadingStyle): HeadingForm {
  // The table pairs each kind with its form, so the form of `style.kind` takes `style`.
  return HEADING_FORMS[style.kind];
}

type TitleScan = (
  lines: TextLines,
  headings: readonly RawHeading[],
  isRelease: (title: string) => boolean,
) => RawHeading[];

/** What every form's `hook` finds, in line order. */
function titlesBy(hook: 'titlesWhenNoRelease' | 'releasesOverTitles'): TitleScan {
  return (lines, headings, isRelease) =>
    Object.values(HEADING_FORMS)
      .flatMap((form) => form[hook]?.(lines, headings, isRelease) ?? [])
      .sort((a, b) => a.line - b.line);
}

/** Titles in the forms read only when no heading names a release, in line order. */
export const titlesWhenNoRelease = titlesBy('titlesWhenNoRelease');

/** Titles in the forms that are the releases over any real heading (see HeadingForm). */
export const releasesOverTitles = titlesBy('releasesOverTitles');

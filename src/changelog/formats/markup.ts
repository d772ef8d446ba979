// The vocabulary of changelog formats. A markup (Markdown, reStructuredText) is the language a
// file is written in: its reader hands the changelog model the headings of the document with their
// level and the exact style they were written in. A heading form (ATX, setext, RST section, bold
// paragraph) is one way a heading is written: it answers everything the model, its edits and its
// messages need to know about headings in that style, so none of them asks which style it is.
import type { TextLines } from '../../files/index.js';

/** The name of a markup. */
export type ChangelogFormat = 'markdown' | 'rst';

export type HeadingStyle =
  /** `## Title`: the number of `#` is the level. */
  | { readonly kind: 'atx'; readonly level: number }
  /** `Title` over a line of `=` (level 1) or `-` (level 2). */
  | { readonly kind: 'setext'; readonly char: '=' | '-' }
  /** RST: a line of one punctuation character under the title, and maybe the same above it. */
  | { readonly kind: 'rst'; readonly char: string; readonly overline: boolean }
  /** A paragraph of bold text alone on its line, `**0.48.0 (2026-08-12)**`, used as a title. */
  | { readonly kind: 'strong' }
  /** The changelog Sphinx extension's `.. changelog::` directive with a `:version:` option. */
  | { readonly kind: 'directive' };

export type StyleKind = HeadingStyle['kind'];
export type StyleOf<K extends StyleKind> = Extract<HeadingStyle, { readonly kind: K }>;

export interface RawHeading {
  /** 1-based line of the title text. */
  readonly line: number;
  /** 1-based lines the heading occupies, overline and underline included. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** 1 is the outermost; RST levels follow the order in which adornment styles first appear. */
  readonly level: number;
  /** The title text, without markup around it and trimmed. */
  readonly text: string;
  /** 1-based column of `text` in its line. */
  readonly column: number;
  readonly style: HeadingStyle;
}

export interface LinkReference {
  readonly label: string;
  readonly url: string;
  readonly line: number;
}

export interface ScannedDocument {
  readonly headings: readonly RawHeading[];
  /** Markdown link reference definitions, keyed by lower-cased label (first one wins). */
  readonly links: ReadonlyMap<string, LinkReference>;
  /** Whether a 0-based line index is a link reference definition (kept out of section bodies). */
  readonly isLinkLine: (index: number) => boolean;
}

/** How headings of one style kind are read and written. `S` is that kind's style. */
export interface HeadingForm<S extends HeadingStyle = HeadingStyle> {
  readonly kind: S['kind'];
  /** The lines of a heading with this title: `## Title`, or the title with its adornment. */
  lines(style: S, title: string): string[];
  /**
   * The lines of a heading retitled in place, keeping what its title line (`titleLine`, as it
   * stands in the file) does beyond the style: an inset RST title stays inset.
   */
  retitled(style: S, titleLine: string, title: string): string[];
  /** The title of a release's heading: `[1.2.0] - 2026-01-02`, or `1.2.0 (2026-01-02)`. */
  releaseTitle(version: string, date: string): string;
  /** The title of a fresh Unreleased heading, spelled as `previous` (the rolled one) spells it. */
  unreleasedTitle(previous: string | undefined): string;
  /** The heading as written on its title line: `## [Unreleased]`, `**1.0 (date)**`. */
  markup(style: S, title: string): string;
  /** The heading quoted in a message about it. */
  quoted(style: S, title: string): string;
  /** A release heading for `version` to copy from a message: `## [1.2.0] - YYYY-MM-DD`. */
  example(style: S, version: string): string;
  /** The same, named as something to add: `a section titled "1.2.0 (YYYY-MM-DD)"`. */
  sectionExample(style: S, version: string): string;
  /**
   * Titles in this form that are read only when no heading of the document names a release, so
   * the same markup inside a release's notes is never taken for one (bold paragraphs).
   */
  /**
   * Titles in this form that, when one of them names a release, are the releases whatever the
   * real headings say: a section title over them ("2.0 Changelog") is the document's own title.
   */
  readonly releasesOverTitles?: (
    lines: TextLines,
    headings: readonly RawHeading[],
    isRelease: (title: string) => boolean,
  ) => RawHeading[];
  readonly titlesWhenNoRelease?: (
    lines: TextLines,
    headings: readonly RawHeading[],
    isRelease: (title: string) => boolean,
  ) => RawHeading[];
}

/** A language a changelog file is written in, and what follows from it for the whole file. */
export interface ChangelogMarkup {
  readonly name: ChangelogFormat;
  /** Lower-case endings of the file names that are in this markup (`.md`). */
  readonly extensions: readonly string[];
  scan(lines: TextLines): ScannedDocument;
  /** The style of a release heading in a file that has none to copy. */
  readonly releaseStyle: HeadingStyle;
  /** Whether a line of a section's body is a note: not blank and no part of a sub-heading. */
  isNoteLine(line: string, next: string): boolean;
  /** A missing Unreleased section, as messages name it: `a "## [Unreleased]" section`. */
  readonly unreleasedSection: string;
  /** Sub-headings to suggest for a new Unreleased section's notes (` (### Added, …)`), or ''. */
  readonly notesHint: string;
  /** What a heading is written with before its title, as messages show one: `# `, or ''. */
  readonly headingMark: string;
  /** Whether a release updates link reference definitions (Markdown's compare links). */
  readonly linkReferences: boolean;
}

// What the two changelog readers (Markdown, reStructuredText) hand to the changelog model: the
// headings of the document with their level and the exact markup they were written in, so an edit
// can write a new heading the same way.

export type ChangelogFormat = 'markdown' | 'rst';

export type HeadingStyle =
  /** `## Title`: the number of `#` is the level. */
  | { readonly kind: 'atx'; readonly level: number }
  /** `Title` over a line of `=` (level 1) or `-` (level 2). */
  | { readonly kind: 'setext'; readonly char: '=' | '-' }
  /** RST: a line of one punctuation character under the title, and maybe the same above it. */
  | { readonly kind: 'rst'; readonly char: string; readonly overline: boolean }
  /** A paragraph of bold text alone on its line, `**0.48.0 (2026-08-12)**`, used as a title. */
  | { readonly kind: 'strong' };

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

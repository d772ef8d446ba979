// Titles written the way every heading form but Keep a Changelog's writes them: the version, then
// its date in parentheses, and "Unreleased" as the file already spells it.

/** The release's title: `1.2.0 (2026-01-02)`. */
export function versionWithDate(version: string, date: string): string {
  return `${version} (${date})`;
}

/**
 * What every form whose title stands alone on its line (an underline or an overline marks the
 * level: Markdown's setext headings, reStructuredText's sections) writes alike.
 */
export const standaloneTitles = {
  releaseTitle: versionWithDate,
  unreleasedTitle: unreleasedAsWritten,
  markup: (_style: unknown, title: string) => title,
  quoted: (_style: unknown, title: string) => `"${title}"`,
  example: (_style: unknown, version: string) => `"${versionWithDate(version, 'YYYY-MM-DD')}"`,
  sectionExample: (_style: unknown, version: string) =>
    `a section titled "${versionWithDate(version, 'YYYY-MM-DD')}"`,
} as const;

/** The rolled heading's own title when it says "Unreleased" (`Unreleased changes`), else `Unreleased`. */
export function unreleasedAsWritten(previous: string | undefined): string {
  return previous !== undefined && /unreleased/i.test(previous) ? previous : 'Unreleased';
}

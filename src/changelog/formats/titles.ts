// Titles written the way every heading form but Keep a Changelog's writes them: the version, then
// its date in parentheses, and "Unreleased" as the file already spells it.

/** The release's title: `1.2.0 (2026-01-02)`. */
export function versionWithDate(version: string, date: string): string {
  return `${version} (${date})`;
}

/** The rolled heading's own title when it says "Unreleased" (`Unreleased changes`), else `Unreleased`. */
export function unreleasedAsWritten(previous: string | undefined): string {
  return previous !== undefined && /unreleased/i.test(previous) ? previous : 'Unreleased';
}

// What `twine check --strict` printed, judged. --strict fails on any warning, and one of them is
// no reason to refuse: metadata without a content type, which PyPI accepts and renders as
// reStructuredText (twine still rendered it as such, and a long description that fails to
// render is an error it reports apart). Every other warning, error or unknown line still fails.
// The texts are twine's own (twine/commands/check.py, the same in 4.x to 7.x).

/** twine's warning, as `_check_file` words it. */
export const CONTENT_TYPE_WARNING =
  '`long_description_content_type` missing. defaulting to `text/x-rst`.';

export interface TwineCheckVerdict {
  readonly ok: boolean;
  /** The files checked that passed but for the missing content type. */
  readonly defaultedToRst: readonly string[];
}

// eslint-disable-next-line no-control-regex -- the escape character is what is removed
const COLOUR = /\x1b\[[0-9;]*m/g;

/** Colour codes out, and every run of whitespace as one space: rich wraps long lines. */
function plainText(output: string): string {
  return output.replace(COLOUR, '').replace(/\s+/g, ' ').trim();
}

/** Output without colour codes, for a message. */
export function withoutColour(output: string): string {
  return output.replace(COLOUR, '');
}

const PASSED = ': PASSED';
const DEFAULTED = `: FAILED due to warnings WARNING ${CONTENT_TYPE_WARNING}`;

/**
 * twine prints `Checking <file>: <status>` for each file, then its errors (`ERROR <text>`, which
 * may quote the long description) and warnings (`WARNING <text>`). With --strict, a failure is
 * accepted only when there is one report per file checked, no error, and every file either
 * passed or failed for the missing content type alone.
 */
export function judgeTwineCheck(
  exitCode: number,
  output: string,
  files: readonly string[],
): TwineCheckVerdict {
  if (exitCode === 0) return { ok: true, defaultedToRst: [] };
  const text = plainText(output);
  const refused = { ok: false, defaultedToRst: [] };
  if (!text.startsWith('Checking ') || text.includes('ERROR')) return refused;
  const reports = text.slice('Checking '.length).split(' Checking ');
  if (reports.length !== files.length) return refused;
  const defaulted = new Set<string>();
  for (const report of reports) {
    if (report.endsWith(PASSED)) continue;
    if (!report.endsWith(DEFAULTED)) return refused;
    // rich may break a long path anywhere: compared without whitespace.
    const shown = report.slice(0, -DEFAULTED.length).replace(/ /g, '');
    const file = files.find((candidate) => candidate.replace(/\s/g, '') === shown);
    if (file === undefined) return refused;
    defaulted.add(file);
  }
  const defaultedToRst = files.filter((file) => defaulted.has(file));
  // Exit code 1 with nothing to account for it is a failure of its own.
  return { ok: defaultedToRst.length > 0, defaultedToRst };
}

export interface UnreadableMetadata {
  /** The newest Metadata-Version this twine reads, when its error lists them (twine < 6.1). */
  readonly upTo: string | undefined;
  /** The version it could not read, when its error names it (twine 6.1+). */
  readonly found: string | undefined;
}

/**
 * twine failed because it cannot read the files' Metadata-Version, not because the metadata is
 * wrong: twine < 6.1 reads with pkginfo, which gives back nothing for a version it does not know
 * ("Metadata is missing required fields: Name, Version. … supported Metadata-Version: 1.0, …,
 * 2.2."); twine 6.1+ says "'2.5' is not a valid metadata version". (The inspection has already
 * read Name and Version from every file, so "missing" means unread.)
 */
export function unreadableMetadataVersion(output: string): UnreadableMetadata | undefined {
  const text = plainText(output);
  const listed = /supported Metadata-Version: ([\d., ]+)/.exec(text);
  if (/Metadata is missing required fields: Name, Version/.test(text)) {
    const versions =
      listed?.[1]
        ?.split(/[,\s]+/)
        .map((item) => item.replace(/\.$/, ''))
        .filter((item) => /^\d+\.\d+$/.test(item)) ?? [];
    return { upTo: versions.at(-1), found: undefined };
  }
  const invalid = /'(\d+\.\d+)' is not a valid metadata version/.exec(text);
  if (invalid) return { upTo: undefined, found: invalid[1] };
  return undefined;
}

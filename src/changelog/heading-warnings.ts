// The warnings a changelog's headings give: what is untidy about a release heading, said with an
// example written in the file's own style so the fix can be copied. Pure.
import { headingForm, type RawHeading } from './formats/index.js';
import type { HeadingMeaning, SettledDate } from './headings.js';

export type ChangelogWarningKind =
  'no-date' | 'odd-date' | 'unreadable' | 'duplicate' | 'second-unreleased';

export interface ChangelogWarning {
  readonly line: number;
  readonly message: string;
  readonly kind?: ChangelogWarningKind;
  /** The version the heading names, as written (also for unreadable ones). */
  readonly version?: string;
  /** versionKey of that version, when it is one (so no reader parses it again). */
  readonly key?: string;
  /** What is wrong in a few words, for a summary of many. */
  readonly short?: string;
}

type ReleaseMeaning = Extract<HeadingMeaning, { kind: 'release' }>;
type UnreadableMeaning = Extract<HeadingMeaning, { kind: 'unreadable' }>;

/** How many of the newest releases, all undated, make a file's convention dateless. */
const DATELESS_WINDOW = 5;

/** A release heading for `version` written as `heading` is, for the message to show. */
function headingExample(heading: RawHeading, version: string): string {
  return headingForm(heading.style).example(heading.style, version);
}

export function secondUnreleasedWarning(heading: RawHeading): ChangelogWarning {
  return {
    line: heading.line,
    kind: 'second-unreleased',
    message: 'A second [Unreleased] section; only the first is used.',
    short: 'a second Unreleased section',
  };
}

/** A typo in a release heading would otherwise only surface as "no section for X.Y.Z". */
export function unreadableWarning(
  heading: RawHeading,
  meaning: UnreadableMeaning,
): ChangelogWarning {
  const quoted = headingForm(heading.style).quoted(heading.style, heading.text);
  return {
    line: heading.line,
    kind: 'unreadable',
    version: meaning.written,
    message: `The heading ${quoted} looks like a release but is not read as one: ${JSON.stringify(meaning.written)} is not a PEP 440 version. Write it as ${headingExample(heading, 'X.Y.Z')} with a PEP 440 version.`,
    short: `unreadable version "${meaning.written}"`,
  };
}

export function duplicateWarning(
  heading: RawHeading,
  meaning: ReleaseMeaning,
  key: string,
  firstLine: number,
): ChangelogWarning {
  return {
    line: heading.line,
    kind: 'duplicate',
    version: meaning.written,
    key,
    message: `Version ${meaning.written} has a second heading here (the first is on line ${firstLine}); the first one is used.`,
    short: `second heading for ${meaning.written} (first on line ${firstLine})`,
  };
}

/** The warning about a release's date as settled: none when it has a readable one. */
export function dateWarning(
  heading: RawHeading,
  meaning: ReleaseMeaning,
  key: string,
  settled: SettledDate,
): ChangelogWarning | undefined {
  const example = () => headingExample(heading, meaning.written);
  if (settled.dateProblem === 'missing') {
    return {
      line: heading.line,
      kind: 'no-date',
      version: meaning.written,
      key,
      message: `The heading for ${meaning.written} has no date (${example()}).`,
      short: 'no date',
    };
  }
  if (settled.dateProblem === 'odd') {
    return {
      line: heading.line,
      kind: 'odd-date',
      version: meaning.written,
      key,
      message: `The heading for ${meaning.written} has a date that is not read as one (${JSON.stringify(settled.dateText)}): write it YYYY-MM-DD (${example()}).`,
      short: `odd date "${settled.dateText}"`,
    };
  }
  return undefined;
}

/**
 * The warnings without the missing dates, when the file leaves dates out on purpose: its newest
 * releases all carry none (black, meson-python; jupyter_server since its release tool stopped
 * writing them), so a missing date is untidy only where the headings around it have one.
 */
export function withoutDatelessConvention(
  releases: readonly { readonly line: number; readonly date: string | undefined }[],
  warnings: readonly ChangelogWarning[],
): ChangelogWarning[] {
  const newest = releases.slice(0, DATELESS_WINDOW);
  const dateless =
    newest.length >= 2 &&
    newest.every((release) => release.date === undefined) &&
    !warnings.some((warning) => warning.kind === 'odd-date' && warning.line <= newest.at(-1)!.line);
  return dateless ? warnings.filter((warning) => warning.kind !== 'no-date') : [...warnings];
}

// The version check as a pure decision: what the sources say, the tag, the base branch and the
// changelog go in; rows for the table and findings for annotations come out. Each rule decides one
// thing (version-rules.ts holds those about the version numbers, this file those about the
// changelog), and checkVersions puts their rows and findings together in order.
import type { VersionSource } from '../project/index.js';
import {
  countEntries,
  findRelease,
  headingMarkup,
  versionKey,
  type Changelog,
  type ChangelogWarning,
  type ReleaseSection,
} from '../changelog/index.js';
import type { LoadedChangelog, PerVersionNotes } from '../changelog/index.js';
import { changelogMarkup, headingForm } from '../changelog/index.js';
import { parsePep440, samePep440, type Pep440 } from '../version/index.js';
import type { CheckResult, Finding } from '../report.js';
import { NOTHING, type CheckFacts, type Verdict } from './check-facts.js';
import { sourcesAgree, tagIsNewer, validVersions, versionChange } from './version-rules.js';

/** How a release heading for `version` is written in this changelog, for messages. */
function sectionExample(changelog: Changelog, version: string): string {
  const style =
    (changelog.releases[0] ?? changelog.unreleased)?.style ??
    changelogMarkup(changelog.format).releaseStyle;
  return headingForm(style).sectionExample(style, version);
}

/** The release numbers without trailing zeros (`1.2` of `1.2.0rc1`), from a version's start. */
function releaseDigits(text: string): string {
  const digits = (/^\d+(?:\.\d+)*/.exec(text)?.[0] ?? '').split('.');
  while (digits.length > 1 && digits[digits.length - 1] === '0') digits.pop();
  return digits.join('.');
}

/** Whether a changelog warning is about the version being checked (never summarised away). */
function aboutVersion(warning: ChangelogWarning, key: string, version: Pep440): boolean {
  if (warning.version === undefined) return true;
  if (warning.key !== undefined) return warning.key === key;
  return releaseDigits(warning.version) === releaseDigits(version.normalized);
}

const SUMMARY_LINES = 3;

/**
 * The changelog's own warnings: each one about the version being checked (or about the file as a
 * whole) on its line, and the untidiness of older headings in one warning, however many there are.
 * With no version known yet, every one is about older headings.
 */
function changelogWarnings(changelog: LoadedChangelog, version: Pep440 | undefined): Verdict {
  const findings: Finding[] = [];
  const older: ChangelogWarning[] = [];
  const place = (warning: ChangelogWarning) => ({ file: changelog.file, line: warning.line });
  for (const warning of changelog.parsed.warnings) {
    if (version && aboutVersion(warning, versionKey(version), version)) {
      findings.push({
        level: 'warning',
        title: 'Untidy changelog',
        message: warning.message,
        location: place(warning),
      });
    } else {
      older.push(warning);
    }
  }
  const first = older[0];
  if (older.length === 1 && first) {
    findings.push({
      level: 'warning',
      title: 'Untidy changelog',
      message: first.message,
      location: place(first),
    });
  } else if (first) {
    const named = older
      .slice(0, SUMMARY_LINES)
      .map((warning) => `line ${warning.line} (${warning.short ?? warning.message})`);
    const more = older.length - named.length;
    findings.push({
      level: 'warning',
      title: 'Untidy changelog',
      message: `${older.length} older headings in ${changelog.file} are untidy or unreadable: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}. They do not affect this release; tidy them when convenient (dates as YYYY-MM-DD, PEP 440 versions).`,
      location: place(first),
    });
  }
  return { rows: [], findings };
}

/** Why a project that keeps one notes file per version has none for this one. */
function perVersionMissing(
  changelog: LoadedChangelog,
  perVersion: PerVersionNotes,
  reference: string,
  normalized: string,
  tagged: boolean,
): string {
  const kept = `This project keeps one release notes file per version (${perVersion.pattern}, ${perVersion.source})`;
  const towncrier = changelog.towncrier;
  if (perVersion.exists) {
    return `${changelog.file} names no ${reference} in a heading. ${kept}: give it a title with the version ("${changelogMarkup(changelog.parsed.format).headingMark}${normalized}"), so it is known for this release's notes.`;
  }
  const fragments =
    towncrier && !tagged ? `, and ${towncrier.directory}/ holds no news fragment` : '';
  const how =
    towncrier &&
    perVersion.pattern.includes('{version}') &&
    changelog.towncrier?.filename?.includes('{version}')
      ? `run \`towncrier build --version ${normalized}\` and commit ${changelog.file}`
      : `write ${changelog.file} with the release notes${towncrier ? ` (\`towncrier build --draft --version ${normalized}\` prints them from the news fragments)` : ''} and commit it`;
  return `There are no release notes for ${reference}: ${changelog.file} does not exist${fragments}. ${kept}: ${how}${tagged ? ', then tag that commit' : ''}.`;
}

/** What the section of the version says about it: whose notes it is, yanked, still unreleased. */
function sectionRemarks(
  changelog: LoadedChangelog,
  release: ReleaseSection,
  version: Pep440,
  tagged: boolean,
): Finding[] {
  const findings: Finding[] = [];
  const location = { file: changelog.file, line: release.line };
  const servedBy = changelog.perVersion?.servedBy;
  if (servedBy) {
    findings.push({
      level: 'notice',
      title: 'Release notes',
      message: `${changelog.file} (the notes of ${servedBy}) serves as the notes of ${version.raw}.`,
      location,
    });
  }
  if (release.yanked) {
    findings.push({
      level: 'warning',
      title: 'Yanked version',
      message: `${changelog.file} marks ${release.version} as [YANKED].`,
      location,
    });
  }
  if (tagged && release.pending) {
    findings.push({
      level: 'warning',
      title: 'Release marked unreleased',
      message: `${changelog.file} still says ${release.version} is unreleased (line ${release.line}). Put the release date in its place.`,
      location,
    });
  }
  return findings;
}

/**
 * The changelog has a section for the version being checked; before a release, towncrier's news
 * fragments stand for it. A version known only after the build has no section to look for: only
 * [Unreleased] can be checked.
 */
function changelogSection(
  changelog: LoadedChangelog,
  version: Pep440 | undefined,
  tagged: boolean,
): Verdict {
  if (!version) return NOTHING;
  const release = findRelease(changelog.parsed, version.raw);
  const towncrier = changelog.towncrier;
  if (release) {
    const location = { file: changelog.file, line: release.line, column: release.column };
    return {
      rows: [{ source: `${changelog.file} heading`, value: release.version, location, ok: true }],
      findings: sectionRemarks(changelog, release, version, tagged),
    };
  }
  if (towncrier && !tagged && towncrier.fragments.length > 0) {
    // towncrier writes the section from the fragments when the release is prepared.
    const fragments = `${towncrier.fragments.length} for ${version.normalized}`;
    const location = { file: towncrier.directory };
    return {
      rows: [
        { source: `${towncrier.directory}/ news fragments`, value: fragments, location, ok: true },
      ],
      findings: [],
    };
  }
  const location = { file: changelog.file, line: changelog.parsed.unreleased?.line ?? 1 };
  return {
    rows: [{ source: `${changelog.file} heading`, value: '(missing)', location, ok: false }],
    findings: [
      {
        level: 'error',
        title: 'Changelog has no section for this version',
        message: missingSection(changelog, version, tagged),
        location,
      },
    ],
  };
}

/** What to do about a changelog that has no section for the version, the way the project keeps it. */
function missingSection(changelog: LoadedChangelog, version: Pep440, tagged: boolean): string {
  const { perVersion, towncrier } = changelog;
  const reference = version.raw;
  if (perVersion) {
    return perVersionMissing(changelog, perVersion, reference, version.normalized, tagged);
  }
  if (towncrier) {
    return `${changelog.file} has no section for ${reference}${tagged ? '' : `, and ${towncrier.directory}/ holds no news fragment`}. This project writes its changelog with towncrier: ${tagged ? `run \`towncrier build --version ${version.normalized}\`, commit ${changelog.file}, and tag that commit` : `add a fragment (${towncrier.directory}/<issue>.<type>, e.g. 123.bugfix.rst), or run \`towncrier build --version ${version.normalized}\``}.`;
  }
  return `${changelog.file} has no heading for ${reference}. Add ${sectionExample(changelog.parsed, version.normalized)} with the release notes (rename the Unreleased heading when it holds them), or set changelog: none for a project without a changelog.`;
}

/**
 * A pull request that leaves the version as it is describes its change for the next release: an
 * entry in the Unreleased section, or a towncrier news fragment. Without a version in the files,
 * every pull request is a change to the next release; notes kept one file per version have no
 * Unreleased section to count entries in.
 */
function changelogEntry(
  changelog: LoadedChangelog,
  pullRequest: CheckFacts['pullRequest'],
  primary: VersionSource | undefined,
  required: boolean,
): Verdict {
  const { towncrier, perVersion } = changelog;
  const unreleased = changelog.parsed.unreleased;
  const versionUnchanged =
    primary === undefined ||
    (pullRequest?.baseVersion !== undefined && samePep440(pullRequest.baseVersion, primary.value));
  if (!pullRequest || !versionUnchanged || (perVersion && !towncrier)) return NOTHING;
  const entries = towncrier
    ? towncrier.fragments.length
    : unreleased
      ? countEntries(unreleased)
      : 0;
  if (entries > 0) return NOTHING;
  return {
    rows: [],
    findings: [
      {
        level: required ? 'error' : 'warning',
        title: 'No changelog entry',
        message: towncrier
          ? `${towncrier.directory}/ has no news fragment. Add one that describes this change (${towncrier.directory}/<issue>.<type>, e.g. 123.bugfix.rst); towncrier builds ${changelog.file} from them.`
          : unreleased
            ? `${changelog.file} has an empty "${headingMarkup(unreleased)}" section. Add an entry that describes this change${changelogMarkup(changelog.parsed.format).notesHint}.`
            : `${changelog.file} has no ${changelogMarkup(changelog.parsed.format).unreleasedSection.replace(/^an? /, '')}. Add one above the releases with an entry that describes this change.`,
        location: towncrier
          ? { file: towncrier.directory }
          : { file: changelog.file, line: unreleased?.line ?? 1 },
      },
    ],
  };
}

/** The project's notes, as notices. */
function projectNotes(notes: readonly string[]): Verdict {
  return {
    rows: [],
    findings: notes.map((note) => ({ level: 'notice', title: 'Note', message: note })),
  };
}

export function checkVersions(facts: CheckFacts): CheckResult {
  const { project, tag, pullRequest } = facts;
  const { primary, changelog } = project;
  // Everything is compared with the tag when there is one, otherwise with the primary source.
  const reference = tag ? tag.versionText : primary?.value;
  const parsedReference =
    reference === undefined ? undefined : (parsePep440(reference) ?? undefined);
  const valid = validVersions(project.sources);
  // In this order, the table lists the tag, the sources, the changelog heading and the base branch.
  const verdicts: Verdict[] = [
    projectNotes(project.notes),
    valid,
    sourcesAgree(project, tag, reference, valid.invalid),
    tagIsNewer(tag, project.origin, facts.earlierTags),
    ...(changelog
      ? [
          changelogWarnings(changelog, parsedReference),
          changelogSection(changelog, parsedReference, tag !== undefined),
          changelogEntry(changelog, pullRequest, primary, facts.requireChangelogEntry),
        ]
      : []),
    versionChange(pullRequest, primary, valid.invalid),
  ];
  const findings = verdicts.flatMap((verdict) => verdict.findings);

  const version = primary?.value ?? tag?.versionText;
  const parsedVersion = version === undefined ? null : parsePep440(version);
  return {
    version,
    pep440: parsedVersion?.normalized ?? version,
    prerelease: parsedVersion?.isPrerelease ?? false,
    tag: tag?.name ?? (version === undefined ? undefined : `${facts.tagPrefix}${version}`),
    rows: verdicts.flatMap((verdict) => verdict.rows),
    findings,
    ok: !findings.some((finding) => finding.level === 'error'),
  };
}

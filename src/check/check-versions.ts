// The version check as a pure decision: what the sources say, the tag, the base branch and the
// changelog go in; rows for the table and findings for annotations come out. Each rule decides one
// thing (version-rules.ts holds those about the version numbers, this file those about the
// changelog), and checkVersions puts their rows and findings together in order.
import type { Project, VersionSource } from '../project/index.js';
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
import { changelogMarkup, headingForm, stoppedChangelog } from '../changelog/index.js';
import { comparePep440, parsePep440, samePep440, type Pep440 } from '../version/index.js';
import type { Location } from '../errors.js';
import type { CheckResult, Finding } from '../report.js';
import { NOTHING, type CheckFacts, type Verdict } from './check-facts.js';
import { sourcesAgree, tagIsNewer, validVersions, versionChange } from './version-rules.js';
import { changeScope } from './change-scope.js';
import { patchInSeries } from './series-patch.js';
import { setting, theOption } from '../vocabulary/index.js';

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

function olderHeadingsSummary(changelog: LoadedChangelog, older: ChangelogWarning[]): Finding {
  const named = older
    .slice(0, SUMMARY_LINES)
    .map((warning) => `line ${warning.line} (${warning.short ?? warning.message})`);
  const more = older.length - named.length;
  return {
    level: 'info',
    title: 'Untidy changelog',
    message: `${older.length === 1 ? 'An older heading' : `${older.length} older headings`} in ${changelog.file} ${older.length === 1 ? 'is' : 'are'} untidy or unreadable: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}. They do not affect this release; tidy them when convenient (dates as YYYY-MM-DD, PEP 440 versions).`,
    location: { file: changelog.file, line: older[0]!.line },
  };
}

/**
 * The changelog's own warnings: each one about the version being checked (or about the file as a
 * whole) on its line. Older headings are history: one line in the summary for all of them, and a
 * notice on each line a pull request edits. With no version known yet, every one is older.
 */
function changelogWarnings(
  changelog: LoadedChangelog,
  version: Pep440 | undefined,
  before: {
    readonly editedLines: ReadonlySet<number> | undefined;
    /** Before a tag, the version is one already released: its own heading is history too. */
    readonly released: boolean;
  },
): Verdict {
  const { editedLines, released } = before;
  const findings: Finding[] = [];
  const older: ChangelogWarning[] = [];
  const place = (warning: ChangelogWarning) => ({ file: changelog.file, line: warning.line });
  for (const warning of changelog.parsed.warnings) {
    const history = released && warning.version !== undefined;
    const current =
      version !== undefined && !history && aboutVersion(warning, versionKey(version), version);
    if (current || editedLines?.has(warning.line)) {
      findings.push({
        level: current ? 'warning' : 'notice',
        title: 'Untidy changelog',
        message: warning.message,
        location: place(warning),
      });
    } else {
      older.push(warning);
    }
  }
  if (older.length > 0) findings.push(olderHeadingsSummary(changelog, older));
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

/** Where the check stands: on a release tag, or before one (a pull request, a push, a laptop). */
interface SectionContext {
  readonly tagged: boolean;
  /** A pull request that changes the version: it must bring the version's section along. */
  readonly versionChanged: boolean;
  readonly releasedVersions: readonly string[];
}

/**
 * Before a tag, what stands in for the version's missing section: nothing is needed for a
 * development version or one already released; the Unreleased section or towncrier's news
 * fragments hold the notes until the release is prepared. Undefined when nothing does.
 */
function beforeTheTag(
  changelog: LoadedChangelog,
  version: Pep440,
  context: SectionContext,
): Verdict | undefined {
  const row = (value: string, location: Location) => ({
    rows: [{ source: `${changelog.file} heading`, value, location, ok: true }],
    findings: [],
  });
  const file = { file: changelog.file };
  if (version.isDevrelease || version.local !== null) return row('(development version)', file);
  // By PEP 440 meaning: 2.2.0 was released by the tag v2.2.
  if (context.releasedVersions.some((done) => samePep440(done, version.normalized)))
    return row('(already released)', file);
  const towncrier = changelog.towncrier;
  if (towncrier && towncrier.fragments.length > 0) {
    // towncrier writes the section from the fragments when the release is prepared.
    const fragments = `${towncrier.fragments.length} for ${version.normalized}`;
    return {
      rows: [
        {
          source: `${towncrier.directory}/ news fragments`,
          value: fragments,
          location: { file: towncrier.directory },
          ok: true,
        },
      ],
      findings: [],
    };
  }
  if (context.versionChanged) return undefined;
  const unreleased = changelog.parsed.unreleased;
  if (unreleased) {
    return row(headingMarkup(unreleased), { file: changelog.file, line: unreleased.line });
  }
  return {
    rows: [],
    findings: [
      {
        level: 'info',
        title: 'Changelog section',
        message: `${changelog.file} has no section for ${version.raw} yet. Add ${sectionExample(changelog.parsed, version.normalized)} before tagging ${version.raw}: the release takes its notes from there.`,
        location: file,
      },
    ],
  };
}

/**
 * A changelog found without the input in which no heading is a release, and none is Unreleased
 * (release lines written as plain text): nothing in it can be checked or taken as notes.
 */
function unreadable(changelog: LoadedChangelog): Verdict | undefined {
  const { parsed } = changelog;
  if (!changelog.discovered || changelog.perVersion || changelog.towncrier) return undefined;
  if (parsed.releases.length > 0 || parsed.unreleased) return undefined;
  return {
    rows: [],
    findings: [
      {
        level: 'notice',
        title: 'Changelog not read',
        message: `${changelog.file} has no heading pyrelease reads as a release, so it is not checked, and the GitHub release takes the notes GitHub generates instead. Write each release as a heading (such as ${sectionExample(parsed, '1.2.3')}), or set ${theOption('changelog')} to the file that has them, or ${setting('changelog', 'none')}.`,
        location: { file: changelog.file, line: 1 },
      },
    ],
  };
}

/**
 * A changelog whose newest release is older than the last few release tags is one the project
 * stopped writing (its notes are kept elsewhere now): a tag needs no section in it.
 */
function stoppedWriting(
  changelog: LoadedChangelog,
  version: Pep440,
  context: SectionContext,
): Verdict | undefined {
  const unreleased = changelog.parsed.unreleased;
  // Entries waiting in [Unreleased] show a changelog still written.
  if (changelog.perVersion || (unreleased && countEntries(unreleased) > 0)) return undefined;
  const others = context.releasedVersions
    .filter((released) => released !== version.normalized)
    .sort((a, b) => comparePep440(b, a));
  const { stopped, newest, behind } = stoppedChangelog(changelog.parsed, others);
  if (!stopped || !newest || behind === undefined) return undefined;
  const location = { file: changelog.file, line: newest.line };
  return {
    rows: [
      {
        source: `${changelog.file} heading`,
        value: `(stopped at ${newest.version})`,
        location,
        ok: true,
      },
    ],
    findings: [
      {
        level: 'notice',
        title: 'Changelog no longer kept',
        message: `${changelog.file} stops at ${newest.version} (line ${newest.line}), older than the release ${behind} and those after it, so it is taken for a changelog this project no longer writes: ${version.raw} needs no section in it. The GitHub release takes the notes GitHub generates from the pull requests merged since the previous tag. Set ${theOption('changelog')} to the file you keep, or ${setting('changelog', 'none')} to stop this notice.`,
        location,
      },
    ],
  };
}

/**
 * The changelog has a section for the version being checked. On a tag it must; before one, a
 * pull request that changes the version must bring it along, and the rest is said in the summary.
 * A version known only after the build has no section to look for.
 */
function changelogSection(
  changelog: LoadedChangelog,
  version: Pep440 | undefined,
  context: SectionContext,
): Verdict {
  if (!version) return NOTHING;
  const release = findRelease(changelog.parsed, version.raw);
  if (release) {
    const location = { file: changelog.file, line: release.line, column: release.column };
    return {
      rows: [{ source: `${changelog.file} heading`, value: release.version, location, ok: true }],
      findings: sectionRemarks(changelog, release, version, context.tagged),
    };
  }
  const standIn =
    unreadable(changelog) ??
    (context.tagged
      ? (stoppedWriting(changelog, version, context) ?? patchInSeries(changelog, version))
      : beforeTheTag(changelog, version, context));
  if (standIn) return standIn;
  const location = { file: changelog.file, line: changelog.parsed.unreleased?.line ?? 1 };
  return {
    rows: [{ source: `${changelog.file} heading`, value: '(missing)', location, ok: false }],
    findings: [
      {
        level: 'error',
        title: 'Changelog has no section for this version',
        message: missingSection(changelog, version, context.tagged),
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
  return `${changelog.file} has no heading for ${reference}. Add ${sectionExample(changelog.parsed, version.normalized)} with the release notes (rename the Unreleased heading when it holds them), or set ${setting('changelog', 'none')} for a project without a changelog.`;
}

/** What to add for the change a pull request makes, the way the project keeps its changelog. */
function entryMissing(changelog: LoadedChangelog, filesKnown: boolean): string {
  const { towncrier } = changelog;
  const unreleased = changelog.parsed.unreleased;
  const markup = changelogMarkup(changelog.parsed.format);
  if (towncrier) {
    return `${towncrier.directory}/ has no news fragment from this pull request. Add one that describes this change (${towncrier.directory}/<issue>.<type>, e.g. 123.bugfix.rst); towncrier builds ${changelog.file} from them.`;
  }
  if (unreleased && !filesKnown) {
    return `${changelog.file} has an empty "${headingMarkup(unreleased)}" section. Add an entry that describes this change${markup.notesHint}.`;
  }
  if (unreleased) {
    return `This pull request changes the package but not ${changelog.file}: add an entry that describes the change to its "${headingMarkup(unreleased)}" section${markup.notesHint}.`;
  }
  return `${changelog.file} has no ${markup.unreleasedSection.replace(/^an? /, '')}. Add one above the releases with an entry that describes this change.`;
}

/**
 * A pull request that leaves the version as it is and changes what users get describes its
 * change for the next release: an entry in the Unreleased section, or a towncrier news fragment.
 * Only a project that keeps one is asked (or one that requires an entry); a pull request of
 * tests, docs or CI alone needs none. Without the changed files, an entry anywhere will do.
 */
function changelogEntry(
  changelog: LoadedChangelog,
  pullRequest: CheckFacts['pullRequest'],
  project: Project,
  required: boolean,
): Verdict {
  const primary = project.primary;
  const { towncrier, perVersion } = changelog;
  const unreleased = changelog.parsed.unreleased;
  const versionUnchanged =
    primary === undefined ||
    (pullRequest?.baseVersion !== undefined && samePep440(pullRequest.baseVersion, primary.value));
  if (!pullRequest || !versionUnchanged || (perVersion && !towncrier)) return NOTHING;
  if (!towncrier && !unreleased && !required) return NOTHING;
  const places = [changelog.file, ...(towncrier ? [towncrier.directory] : [])];
  const scope = changeScope(pullRequest.changedFiles, places, project.dir);
  if (!scope.userVisible || scope.touchesChangelog) return NOTHING;
  const known = pullRequest.changedFiles !== undefined;
  const entries = towncrier
    ? towncrier.fragments.length
    : unreleased
      ? countEntries(unreleased)
      : 0;
  if (!known && entries > 0) return NOTHING;
  return {
    rows: [],
    findings: [
      {
        level: required ? 'error' : 'warning',
        title: 'No changelog entry',
        message: entryMissing(changelog, known),
        location: towncrier
          ? { file: towncrier.directory }
          : { file: changelog.file, line: unreleased?.line ?? 1 },
      },
    ],
  };
}

/** Whether a pull request changes the version written in the files (known on both sides). */
function versionChanged(
  pullRequest: CheckFacts['pullRequest'],
  primary: VersionSource | undefined,
): boolean {
  const base = pullRequest?.baseVersion;
  return primary !== undefined && base !== undefined && !samePep440(base, primary.value);
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
  // Before a tag, a version already released has a heading that is history: its untidiness goes
  // in the summary with the older ones, unless the pull request edits it.
  const released =
    !tag &&
    parsedReference !== undefined &&
    (facts.releasedVersions ?? []).some((done) => samePep440(done, parsedReference.normalized));
  // In this order, the table lists the tag, the sources, the changelog heading and the base branch.
  const verdicts: Verdict[] = [
    projectNotes(project.notes),
    valid,
    sourcesAgree(project, tag, reference, valid.invalid),
    tagIsNewer(tag, project.origin, facts.earlierTags),
    ...(changelog
      ? [
          changelogWarnings(changelog, parsedReference, {
            editedLines: pullRequest?.changedChangelogLines,
            released,
          }),
          changelogSection(changelog, parsedReference, {
            tagged: tag !== undefined,
            versionChanged: versionChanged(pullRequest, primary),
            releasedVersions: facts.releasedVersions ?? [],
          }),
          changelogEntry(changelog, pullRequest, project, facts.requireChangelogEntry),
        ]
      : []),
    versionChange(pullRequest, primary, valid.invalid),
  ];
  const findings = verdicts.flatMap((verdict) => verdict.findings);

  // An invalid primary is no version: it is not quoted, nor made the outputs' version.
  const stated = primary && !valid.invalid.has(primary) ? primary.value : undefined;
  const version = stated ?? tag?.versionText;
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

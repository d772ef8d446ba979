// The version check as a pure decision: what the sources say, the tag, the base branch and the
// changelog go in; rows for the table and findings for annotations come out.
import type { Location } from '../errors.js';
import type { Project } from '../project/index.js';
import type { VersionSource } from '../project/index.js';
import {
  countEntries,
  findRelease,
  headingMarkup,
  versionKey,
  type Changelog,
  type ChangelogWarning,
} from '../changelog/index.js';
import type { LoadedChangelog, PerVersionNotes } from '../changelog/index.js';
import { changelogMarkup, headingForm } from '../changelog/index.js';
import { comparePep440, parsePep440, samePep440, type Pep440 } from '../version/index.js';
import type { VersionTag } from '../version/index.js';
import type { CheckResult, Finding, Row } from '../report.js';

export interface CheckFacts {
  readonly project: Project;
  readonly tag?: VersionTag & { readonly annotated: boolean | undefined };
  readonly pullRequest?: {
    readonly baseRef: string;
    /** The version on the base branch; undefined when it could not be read. */
    readonly baseVersion: string | undefined;
    readonly baseProblem?: string;
  };
  readonly requireChangelogEntry: boolean;
  /** The prefix a tag for this version gets (see prefixForNewTag). */
  readonly tagPrefix: string;
  /**
   * Version tags already in the tagged commit's history (the releases before it). When the tag is
   * the version, it must be greater than each of them.
   */
  readonly earlierTags?: readonly { readonly name: string; readonly version: string }[];
}

function where(source: VersionSource): Location {
  return { file: source.file, line: source.line, column: source.column };
}

function describe(source: VersionSource): string {
  return `${source.label} (${source.file}:${source.line})`;
}

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
 */
/** Warnings about the changelog; with no version known yet, every one is about older headings. */
function changelogWarnings(changelog: LoadedChangelog, version: Pep440 | undefined): Finding[] {
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
  return findings;
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
    return `${changelog.file} names no ${reference} in a heading. ${kept}: give it a title with the version ("${changelog.parsed.format === 'markdown' ? '# ' : ''}${normalized}"), so it is known for this release's notes.`;
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

export function checkVersions(facts: CheckFacts): CheckResult {
  const { project, tag } = facts;
  const findings: Finding[] = [];
  const rows: Row[] = [];
  const primary = project.primary;

  for (const note of project.notes)
    findings.push({ level: 'notice', title: 'Note', message: note });

  const invalid = new Set<VersionSource>();
  for (const source of project.sources) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(source.value)) {
      invalid.add(source);
      findings.push({
        level: 'error',
        title: 'Invalid version',
        message: `${source.label} is ${JSON.stringify(source.value)}, which holds a line break or a control character and is not a PEP 440 version. Write the version alone, such as "1.2.3".`,
        location: where(source),
      });
    } else if (!parsePep440(source.value)) {
      invalid.add(source);
      findings.push({
        level: 'error',
        title: 'Invalid version',
        message: `${source.label} is "${source.value}", which is not a PEP 440 version (pip and PyPI would refuse it). Write it as X.Y.Z, X.Y.ZrcN, X.Y.Z.postN or X.Y.Z.devN.`,
        location: where(source),
      });
    }
  }

  // Everything is compared with the tag when there is one, otherwise with the primary source.
  const reference = tag ? tag.versionText : primary?.value;
  const referenceText = tag ? `the tag ${tag.name}` : primary ? describe(primary) : '';
  // An invalid primary is reported once; comparing with it would ask to copy a bad value.
  const referenceInvalid = !tag && primary !== undefined && invalid.has(primary);
  for (const source of project.sources) {
    const isReference = !tag && source === primary;
    const ok =
      !invalid.has(source) && (reference === undefined || samePep440(source.value, reference));
    rows.push({ source: source.label, value: source.value, location: where(source), ok });
    if (ok || invalid.has(source) || isReference || referenceInvalid || reference === undefined)
      continue;
    if (source.kind === 'uv-lock') {
      findings.push({
        level: 'warning',
        title: 'uv.lock out of date',
        message: `${source.file} records ${source.value} for this project, but ${referenceText} says ${reference}. Run \`uv lock\` and commit ${source.file}, or \`uv sync --locked\` will fail.`,
        location: where(source),
      });
      continue;
    }
    findings.push({
      level: 'error',
      title: 'Version mismatch',
      message: tag
        ? `${source.label} says ${source.value}, but the tag ${tag.name} is ${tag.versionText}. Every version must equal the tag: set it to ${tag.versionText} and tag that commit, or delete the tag (git push origin --delete ${tag.name}).`
        : `${source.label} says ${source.value}, but ${referenceText} says ${reference}. Set it to ${reference} so every location agrees.`,
      location: where(source),
    });
  }
  const origin = project.origin;
  if (tag && origin.kind === 'tag') {
    const newer = (facts.earlierTags ?? []).find(
      (earlier) => comparePep440(earlier.version, tag.version.normalized) >= 0,
    );
    if (newer) {
      findings.push({
        level: 'error',
        title: 'Tag not newer',
        message: `The tag ${tag.name} (${tag.version.normalized}) is not greater than ${newer.name}, which is already in its history; ${origin.backend} would build ${tag.version.normalized} after ${newer.version}. Tag a greater version, and delete this one (git push origin --delete ${tag.name}).`,
      });
    }
  }
  if (tag) {
    rows.unshift({ source: `tag ${tag.name}`, value: tag.versionText, ok: true });
    if (tag.annotated === false) {
      findings.push({
        level: 'warning',
        title: 'Lightweight tag',
        message: `${tag.name} is a lightweight tag; the release guide asks for annotated tags, which record who tagged and why: git tag -a ${tag.name} -m "Release ${tag.versionText}".`,
      });
    }
  }

  const parsedReference = reference === undefined ? null : parsePep440(reference);
  const changelog = project.changelog;
  if (changelog) {
    findings.push(...changelogWarnings(changelog, parsedReference ?? undefined));
    const release = reference === undefined ? undefined : findRelease(changelog.parsed, reference);
    const unreleased = changelog.parsed.unreleased;
    const towncrier = changelog.towncrier;
    const perVersion = changelog.perVersion;
    if (!parsedReference) {
      // The version is not known before the build: only [Unreleased] can be checked.
    } else if (release) {
      rows.push({
        source: `${changelog.file} heading`,
        value: release.version,
        location: { file: changelog.file, line: release.line, column: release.column },
        ok: true,
      });
      if (perVersion?.servedBy) {
        findings.push({
          level: 'notice',
          title: 'Release notes',
          message: `${changelog.file} (the notes of ${perVersion.servedBy}) serves as the notes of ${reference}.`,
          location: { file: changelog.file, line: release.line },
        });
      }
      if (release.yanked) {
        findings.push({
          level: 'warning',
          title: 'Yanked version',
          message: `${changelog.file} marks ${release.version} as [YANKED].`,
          location: { file: changelog.file, line: release.line },
        });
      }
      if (tag && release.pending) {
        findings.push({
          level: 'warning',
          title: 'Release marked unreleased',
          message: `${changelog.file} still says ${release.version} is unreleased (line ${release.line}). Put the release date in its place.`,
          location: { file: changelog.file, line: release.line },
        });
      }
    } else if (towncrier && !tag && towncrier.fragments.length > 0) {
      // towncrier writes the section from the fragments when the release is prepared.
      rows.push({
        source: `${towncrier.directory}/ news fragments`,
        value: `${towncrier.fragments.length} for ${parsedReference.normalized}`,
        location: { file: towncrier.directory },
        ok: true,
      });
    } else {
      const line = unreleased?.line ?? 1;
      rows.push({
        source: `${changelog.file} heading`,
        value: '(missing)',
        location: { file: changelog.file, line },
        ok: false,
      });
      findings.push({
        level: 'error',
        title: 'Changelog has no section for this version',
        message: perVersion
          ? perVersionMissing(
              changelog,
              perVersion,
              reference!,
              parsedReference.normalized,
              tag !== undefined,
            )
          : towncrier
            ? `${changelog.file} has no section for ${reference}${tag ? '' : `, and ${towncrier.directory}/ holds no news fragment`}. This project writes its changelog with towncrier: ${tag ? `run \`towncrier build --version ${parsedReference.normalized}\`, commit ${changelog.file}, and tag that commit` : `add a fragment (${towncrier.directory}/<issue>.<type>, e.g. 123.bugfix.rst), or run \`towncrier build --version ${parsedReference.normalized}\``}.`
            : `${changelog.file} has no heading for ${reference}. Add ${sectionExample(changelog.parsed, parsedReference.normalized)} with the release notes (rename the Unreleased heading when it holds them), or set changelog: none for a project without a changelog.`,
        location: { file: changelog.file, line },
      });
    }

    const pr = facts.pullRequest;
    // Without a version in the files, every pull request is a change to the next release.
    const versionUnchanged =
      primary === undefined ||
      (pr?.baseVersion !== undefined && samePep440(pr.baseVersion, primary.value));
    // Notes kept one file per version have no Unreleased section to count entries in.
    if (pr && versionUnchanged && (towncrier || !perVersion)) {
      const entries = towncrier
        ? towncrier.fragments.length
        : unreleased
          ? countEntries(unreleased)
          : 0;
      if (entries === 0) {
        findings.push({
          level: facts.requireChangelogEntry ? 'error' : 'warning',
          title: 'No changelog entry',
          message: towncrier
            ? `${towncrier.directory}/ has no news fragment. Add one that describes this change (${towncrier.directory}/<issue>.<type>, e.g. 123.bugfix.rst); towncrier builds ${changelog.file} from them.`
            : unreleased
              ? `${changelog.file} has an empty "${headingMarkup(unreleased)}" section. Add an entry that describes this change${changelog.parsed.format === 'markdown' ? ' (### Added, ### Changed, ### Fixed …)' : ''}.`
              : `${changelog.file} has no ${changelog.parsed.format === 'rst' ? '"Unreleased"' : '"## [Unreleased]"'} section. Add one above the releases with an entry that describes this change.`,
          location: towncrier
            ? { file: towncrier.directory }
            : { file: changelog.file, line: unreleased?.line ?? 1 },
        });
      }
    }
  }

  const pr = facts.pullRequest;
  // Without a version in the files (tags, build) the project's note says so; nothing to compare.
  if (pr && primary) {
    if (pr.baseVersion === undefined) {
      findings.push({
        level: 'notice',
        title: 'Base branch not compared',
        message: `The version on ${pr.baseRef} could not be read (${pr.baseProblem ?? 'unknown reason'}), so it was not compared.`,
      });
    } else if (!invalid.has(primary) && parsePep440(pr.baseVersion)) {
      const order = comparePep440(primary.value, pr.baseVersion);
      rows.push({ source: `base branch ${pr.baseRef}`, value: pr.baseVersion, ok: order >= 0 });
      if (order < 0) {
        findings.push({
          level: 'error',
          title: 'Version goes backwards',
          message: `This pull request changes the version to ${primary.value}, which is lower than ${pr.baseVersion} on ${pr.baseRef}. A new version must be greater than the released one.`,
          location: where(primary),
        });
      }
    }
  }

  const version = primary?.value ?? tag?.versionText;
  const parsedVersion = version === undefined ? null : parsePep440(version);
  return {
    version,
    pep440: parsedVersion?.normalized ?? version,
    prerelease: parsedVersion?.isPrerelease ?? false,
    tag: tag?.name ?? (version === undefined ? undefined : `${facts.tagPrefix}${version}`),
    rows,
    findings,
    ok: !findings.some((finding) => finding.level === 'error'),
  };
}

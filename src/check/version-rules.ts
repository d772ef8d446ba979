// The rules of the version check about the version numbers: each one written in a file is a
// PEP 440 version, they all agree with the tag (or the primary source), a tag that is the version
// is newer than the releases before it, and a pull request does not take the
// version backwards.
import type { Location } from '../errors.js';
import type { Project, VersionSource } from '../project/index.js';
import { comparePep440, parsePep440, samePep440 } from '../version/index.js';
import type { Finding, Row } from '../report.js';
import { NOTHING, type CheckFacts, type Verdict } from './check-facts.js';

/** What the table shows for a value that is not a version. */
export const NOT_A_VERSION = '(not a version)';

function where(source: VersionSource): Location {
  return { file: source.file, line: source.line, column: source.column };
}

function describe(source: VersionSource): string {
  return `${source.label} (${source.file}:${source.line})`;
}

/**
 * Every version written in a file is a PEP 440 version; `invalid` holds those that are not. What
 * is not a version is never quoted (here, in the rows or in the outputs): a setting of the
 * repository can make a version source any text of a file, a token among them.
 */
export function validVersions(
  sources: readonly VersionSource[],
): Verdict & { readonly invalid: ReadonlySet<VersionSource> } {
  const findings: Finding[] = [];
  const invalid = new Set<VersionSource>();
  for (const source of sources) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(source.value)) {
      invalid.add(source);
      findings.push({
        level: 'error',
        title: 'Invalid version',
        message: `${source.label} holds a line break or a control character, so it is not a PEP 440 version. Write the version alone there, such as "1.2.3".`,
        location: where(source),
      });
    } else if (!parsePep440(source.value)) {
      invalid.add(source);
      findings.push({
        level: 'error',
        title: 'Invalid version',
        message: `${source.label} is not a PEP 440 version (pip and PyPI would refuse it). Write it as X.Y.Z, X.Y.ZrcN, X.Y.Z.postN or X.Y.Z.devN.`,
        location: where(source),
      });
    }
  }
  return { rows: [], findings, invalid };
}

/**
 * Every source says the reference version: the tag's when there is one, otherwise the primary
 * source's. The rows are the check's table of versions: the tag first, then each source.
 */
export function sourcesAgree(
  project: Project,
  tag: CheckFacts['tag'],
  reference: string | undefined,
  invalid: ReadonlySet<VersionSource>,
): Verdict {
  const primary = project.primary;
  const rows: Row[] = tag ? [{ source: `tag ${tag.name}`, value: tag.versionText, ok: true }] : [];
  const findings: Finding[] = [];
  const referenceText = tag ? `the tag ${tag.name}` : primary ? describe(primary) : '';
  // An invalid primary is reported once; comparing with it would ask to copy a bad value.
  const referenceInvalid = !tag && primary !== undefined && invalid.has(primary);
  for (const source of project.sources) {
    const isReference = !tag && source === primary;
    const ok =
      !invalid.has(source) && (reference === undefined || samePep440(source.value, reference));
    const value = invalid.has(source) ? NOT_A_VERSION : source.value;
    rows.push({ source: source.label, value, location: where(source), ok });
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
  return { rows, findings };
}

/**
 * When the version comes from the tag, the tag is greater than every version tag already in its
 * history: the backend would build it after a newer release.
 */
export function tagIsNewer(
  tag: CheckFacts['tag'],
  origin: Project['origin'],
  earlierTags: CheckFacts['earlierTags'] = [],
): Verdict {
  if (!tag || origin.kind !== 'tag') return NOTHING;
  // A final release is what pip installs over any pre-release: an old pre-release line that
  // sorts higher (OpenStack's 2013.1b1 before 1.0) is not newer than it for a user.
  const newer = earlierTags.find(
    (earlier) =>
      comparePep440(earlier.version, tag.version.normalized) >= 0 &&
      (tag.version.isPrerelease || !parsePep440(earlier.version)?.isPrerelease),
  );
  if (!newer) return NOTHING;
  return {
    rows: [],
    findings: [
      {
        level: 'error',
        title: 'Tag not newer',
        message: `The tag ${tag.name} (${tag.version.normalized}) is not greater than ${newer.name}, which is already in its history; ${origin.backend} would build ${tag.version.normalized} after ${newer.version}. Tag a greater version, and delete this one (git push origin --delete ${tag.name}).`,
      },
    ],
  };
}

/**
 * A pull request does not lower the version on its base branch. Without a version in the files
 * (tags, build) the project's note says so, and there is nothing to compare.
 */
export function versionChange(
  pullRequest: CheckFacts['pullRequest'],
  primary: VersionSource | undefined,
  invalid: ReadonlySet<VersionSource>,
): Verdict {
  if (!pullRequest || !primary) return NOTHING;
  const { baseRef, baseVersion } = pullRequest;
  if (baseVersion === undefined) {
    return {
      rows: [],
      findings: [
        {
          level: 'notice',
          title: 'Base branch not compared',
          message: `The version on ${baseRef} could not be read (${pullRequest.baseProblem ?? 'unknown reason'}), so it was not compared.`,
        },
      ],
    };
  }
  if (invalid.has(primary) || !parsePep440(baseVersion)) return NOTHING;
  const order = comparePep440(primary.value, baseVersion);
  return {
    rows: [{ source: `base branch ${baseRef}`, value: baseVersion, ok: order >= 0 }],
    findings:
      order >= 0
        ? []
        : [
            {
              level: 'error',
              title: 'Version goes backwards',
              message: `This pull request changes the version to ${primary.value}, which is lower than ${baseVersion} on ${baseRef}. A new version must be greater than the released one.`,
              location: where(primary),
            },
          ],
  };
}

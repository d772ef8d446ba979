// A patch release of a changelog that writes each series' patches inside the series' section
// (mypy: "### Mypy 1.19.1" under "## Mypy 1.19"), tagged before its own heading is written: the
// series section stands for it, and the GitHub release takes the notes GitHub generates. Pure.
import type { LoadedChangelog } from '../changelog/index.js';
import { headingMarkup, type ReleaseSection } from '../changelog/index.js';
import { parsePep440, type Pep440 } from '../version/index.js';
import type { Verdict } from './check-facts.js';

function releaseNumbers(section: ReleaseSection): readonly number[] {
  return parsePep440(section.version)?.release ?? [];
}

/** A patch heading written below the level of `series`' heading (mypy's `### Mypy 1.19.1`). */
function patchBelow(
  releases: readonly ReleaseSection[],
  series: ReleaseSection,
): ReleaseSection | undefined {
  return releases.find(
    (section) => section.level > series.level && (releaseNumbers(section)[2] ?? 0) > 0,
  );
}

/**
 * The section of `version`'s series (`2.3` for 2.3.1), with a patch the file writes a level below
 * its series' section; undefined for a version that is no patch, or a file that does not do so.
 */
export function seriesSectionOf(
  changelog: LoadedChangelog,
  version: Pep440,
): { series: ReleaseSection; patch: ReleaseSection } | undefined {
  const [major, minor, patch] = version.release;
  if (version.release.length !== 3 || !patch || version.pre || version.dev !== null)
    return undefined;
  const { releases } = changelog.parsed;
  const series = releases.find((section) => {
    const numbers = releaseNumbers(section);
    return numbers.length === 2 && numbers[0] === major && numbers[1] === minor;
  });
  const example = series && patchBelow(releases, series);
  return series && example ? { series, patch: example } : undefined;
}

export function patchInSeries(changelog: LoadedChangelog, version: Pep440): Verdict | undefined {
  const found = seriesSectionOf(changelog, version);
  if (!found) return undefined;
  const { series, patch } = found;
  const location = { file: changelog.file, line: series.line };
  return {
    rows: [
      {
        source: `${changelog.file} heading`,
        value: `(in the ${series.version} series)`,
        location,
        ok: true,
      },
    ],
    findings: [
      {
        level: 'notice',
        title: 'Release notes',
        message: `${changelog.file} has no heading for ${version.raw} yet: it writes each patch inside its series' section (${headingMarkup(patch)} at line ${patch.line}), and the section for ${series.version} is at line ${series.line}. The GitHub release takes the notes GitHub generates; add the patch's heading there for the next one.`,
        location,
      },
    ],
  };
}

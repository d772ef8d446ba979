// Which headings of a document are its releases, wherever the versions are: under a title at any
// level, one level deeper under year or series groups, or some at one level and the rest under an
// "Older releases" heading. A heading that holds releases of other versions (a title "Sphinx 9.0"
// over "Release 9.0.4", a group "1.2 series") is a group, not a release; a heading inside a
// release (virtualenv's `Features - 20.28.0`) belongs to that release. Pure and linear: one pass
// per question with a stack of the open headings, whose depth is bounded by the number of levels.
import type { RawHeading } from './formats/index.js';
import type { HeadingMeaning } from './headings.js';
import { comparePep440 } from '../version/index.js';

/** The positions of the headings that enclose each heading, outermost first, as a walk sees them. */
function walkOpen(
  headings: readonly RawHeading[],
  visit: (position: number, open: readonly number[]) => void,
): void {
  const open: number[] = [];
  for (let position = 0; position < headings.length; position++) {
    const level = headings[position]!.level;
    while (open.length > 0 && headings[open.at(-1)!]!.level >= level) open.pop();
    visit(position, open);
    open.push(position);
  }
}

function normalizedOf(meaning: HeadingMeaning): string | undefined {
  return meaning.kind === 'release' ? meaning.version.normalized : undefined;
}

/**
 * Whether the inner heading's version is of the outer one's series (`9.0.4` in `9.0`), or is
 * newer than it; a release of an older series (psycopg-pool's `3.2.8` written one level below
 * `3.3.0`) is one more release, written a level too deep.
 */
function heldBy(outer: HeadingMeaning, inner: HeadingMeaning): boolean {
  if (outer.kind !== 'release' || inner.kind !== 'release') return true;
  const series = outer.version.release;
  if (series.every((part, index) => part === (inner.version.release[index] ?? 0))) return true;
  return comparePep440(inner.version.normalized, outer.version.normalized) > 0;
}

/**
 * Release headings whose section holds a release heading of another version of their series (or
 * a newer one): titles, groups.
 */
export function groupHeadings(
  headings: readonly RawHeading[],
  meanings: readonly HeadingMeaning[],
): boolean[] {
  const group = new Array<boolean>(headings.length).fill(false);
  walkOpen(headings, (position, open) => {
    const version = normalizedOf(meanings[position]!);
    if (version === undefined) return;
    for (const outer of open) {
      const outerVersion = normalizedOf(meanings[outer]!);
      if (outerVersion === undefined || outerVersion === version) continue;
      if (heldBy(meanings[outer]!, meanings[position]!)) group[outer] = true;
    }
  });
  return group;
}

/**
 * The release headings: every release heading that is no group and lies in no other release nor
 * in the Unreleased section at the level most releases are at (`releaseLevel`).
 */
export function releaseHeadings(
  headings: readonly RawHeading[],
  meanings: readonly HeadingMeaning[],
  group: readonly boolean[],
  releaseLevel: number | undefined,
): boolean[] {
  const release = new Array<boolean>(headings.length).fill(false);
  walkOpen(headings, (position, open) => {
    const meaning = meanings[position]!;
    if (meaning.kind !== 'release' || group[position]) return;
    const holds = (outer: number) =>
      (release[outer] && heldBy(meanings[outer]!, meaning)) ||
      (meanings[outer]!.kind === 'unreleased' && headings[outer]!.level === releaseLevel);
    release[position] = !open.some(holds);
  });
  return release;
}

// Which milestone the open issues of a closing release milestone move to: pure, no calls. The
// next one is the open milestone with the lowest version above the release's, named the same
// way (`v0.1.16` after `v0.1.15`, `pkg-v1.3` after `pkg-v1.2`); when there is none, its title is
// the next patch version, written the way the closing one is.
import { comparePep440, nextVersion, parsePep440 } from '../version/index.js';
import type { Milestone } from './releaser.js';

/** A milestone title as the text before its version and the version (`v`, `0.1.15`). */
export function splitTitle(title: string): { prefix: string; version: string } | undefined {
  const text = title.trim();
  // The version is the title's last word from its first digit on; the rest is its naming.
  const space = text.lastIndexOf(' ');
  const word = text.slice(space + 1);
  const digit = word.search(/\d/);
  if (digit < 0) return undefined;
  const version = word.slice(digit);
  if (!parsePep440(version)) return undefined;
  return { prefix: text.slice(0, space + 1 + digit), version };
}

/** The title of the milestone after `version`, named like `closing`. */
export function nextTitle(closing: Milestone, version: string): string {
  const naming = splitTitle(closing.title);
  const next = nextVersion(version, 'patch', { style: 'pep440' }).pep440;
  return `${naming ? naming.prefix : /^v/.test(closing.title.trim()) ? 'v' : ''}${next}`;
}

/** The open milestone to move to, or the title of the one to create. */
export function chooseNextMilestone(
  closing: Milestone,
  version: string,
  open: readonly Milestone[],
): { readonly milestone: Milestone } | { readonly create: string } {
  const prefix = splitTitle(closing.title)?.prefix ?? '';
  const above = open
    .filter((candidate) => candidate.number !== closing.number)
    .map((candidate) => ({ candidate, split: splitTitle(candidate.title) }))
    .filter(
      ({ split }) =>
        split !== undefined && split.prefix === prefix && comparePep440(split.version, version) > 0,
    )
    .sort(
      (a, b) =>
        comparePep440(a.split!.version, b.split!.version) ||
        a.candidate.number - b.candidate.number,
    );
  const lowest = above[0]?.candidate;
  return lowest ? { milestone: lowest } : { create: nextTitle(closing, version) };
}

// Keep a Changelog 1.1, read the way real changelogs are written: release headings in several
// spellings, other `##` headings between them, `[Unreleased]` anywhere, link references with
// labels in any case, CRLF. Pure: text in, structure out; untidiness becomes warnings.
import { parsePep440, samePep440 } from '../version/pep440.js';
import { splitText } from './text.js';

export interface ChangelogSection {
  /** The heading's text after `## `. */
  readonly heading: string;
  /** 1-based line of the heading. */
  readonly line: number;
  /** 1-based lines of the body: from `bodyStart` to `bodyEnd` inclusive (empty when end < start). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly body: string;
}

export interface ReleaseSection extends ChangelogSection {
  /** The version as written in the heading (`0.1.15`, `v1.0.0`). */
  readonly version: string;
  readonly normalized: string;
  /** Column of the version text within the heading line. */
  readonly column: number;
  readonly date: string | undefined;
  readonly yanked: boolean;
}

export interface LinkReference {
  readonly label: string;
  readonly url: string;
  readonly line: number;
}

export interface ChangelogWarning {
  readonly line: number;
  readonly message: string;
}

export interface Changelog {
  readonly releases: readonly ReleaseSection[];
  readonly unreleased: ChangelogSection | undefined;
  /** Keyed by lower-cased label. */
  readonly links: ReadonlyMap<string, LinkReference>;
  readonly warnings: readonly ChangelogWarning[];
}

const SECTION_HEADING = /^(#{1,2})\s+(.*?)\s*#*\s*$/;
// `[1.0.0] - 2025-01-01`, `[1.0.0](url) - 2025-01-01`, `1.0.0 (2025-01-01)`, `v1.0.0 – 2025-01-01`,
// optionally followed by `[YANKED]`.
const RELEASE_HEADING =
  /^(\[?)v?([0-9][^\]\s()]*)\]?(?:\([^)]*\))?(?:\s*[-–—:]?\s*\(?(\d{4}-\d{2}-\d{2})\)?)?(\s*\[YANKED\])?\s*$/i;
const LOOKS_LIKE_RELEASE = /^\[?v?\d+\.\d/i;
const UNRELEASED_HEADING = /^\[?unreleased\]?(?:\([^)]*\))?\s*$/i;
const LINK_REFERENCE = /^\s{0,3}\[([^\]]+)\]:\s*(\S+)/;
const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
const ENTRY = /^\s*(?:[-*+]|\d+[.)])\s+\S/;

export function parseChangelog(text: string): Changelog {
  const { lines } = splitText(text);
  const headings: { line: number; level: number; text: string }[] = [];
  const links = new Map<string, LinkReference>();
  const warnings: ChangelogWarning[] = [];
  // The opening run of the fenced code block we are in (CommonMark: it closes with a run of the
  // same character, at least as long, and nothing after it).
  let fence: string | undefined;
  for (const [index, line] of lines.entries()) {
    const fenceLine = FENCE.exec(line);
    if (fence !== undefined) {
      const run = fenceLine?.[1] ?? '';
      const closes = run[0] === fence[0] && run.length >= fence.length;
      if (closes && fenceLine?.[2]?.trim() === '') fence = undefined;
      continue;
    }
    if (fenceLine?.[1] !== undefined) {
      fence = fenceLine[1];
      continue;
    }
    const heading = SECTION_HEADING.exec(line);
    if (heading?.[1] !== undefined && heading[2] !== undefined) {
      headings.push({ line: index + 1, level: heading[1].length, text: heading[2] });
      continue;
    }
    const link = LINK_REFERENCE.exec(line);
    if (link?.[1] !== undefined && link[2] !== undefined) {
      const label = link[1].toLowerCase();
      if (!links.has(label)) links.set(label, { label: link[1], url: link[2], line: index + 1 });
    }
  }

  const section = (position: number): Omit<ChangelogSection, 'heading' | 'line'> => {
    const start = headings[position]!.line + 1;
    const next = headings[position + 1];
    let end = next ? next.line - 1 : lines.length;
    // Link references at the bottom belong to the file, not to the last section.
    while (
      end >= start &&
      (lines[end - 1]!.trim() === '' || LINK_REFERENCE.test(lines[end - 1]!))
    ) {
      end--;
    }
    return {
      bodyStart: start,
      bodyEnd: end,
      body: lines
        .slice(start - 1, end)
        .join('\n')
        .trim(),
    };
  };

  const releases: ReleaseSection[] = [];
  let unreleased: ChangelogSection | undefined;
  for (const [position, heading] of headings.entries()) {
    if (heading.level !== 2) continue;
    if (UNRELEASED_HEADING.test(heading.text)) {
      if (unreleased) {
        warnings.push({
          line: heading.line,
          message: 'A second [Unreleased] section; only the first is used.',
        });
      } else {
        unreleased = { heading: heading.text, line: heading.line, ...section(position) };
      }
      continue;
    }
    const match = RELEASE_HEADING.exec(heading.text);
    const written = match?.[2];
    const version = written !== undefined ? parsePep440(written) : null;
    if (!match || written === undefined || !version) {
      // A typo in a release heading would otherwise only surface as "no section for X.Y.Z".
      if (LOOKS_LIKE_RELEASE.test(heading.text)) {
        warnings.push({
          line: heading.line,
          message: `The heading "## ${heading.text}" looks like a release but is not read as one: write it as ## [X.Y.Z] - YYYY-MM-DD with a PEP 440 version.`,
        });
      }
      continue;
    }
    const raw = lines[heading.line - 1]!;
    const duplicate = releases.find((release) => samePep440(release.version, written));
    if (duplicate) {
      warnings.push({
        line: heading.line,
        message: `Version ${written} has a second heading here (the first is on line ${duplicate.line}); the first one is used.`,
      });
      continue;
    }
    if (match[3] === undefined) {
      warnings.push({
        line: heading.line,
        message: `The heading for ${written} has no date (## [${written}] - YYYY-MM-DD).`,
      });
    }
    releases.push({
      heading: heading.text,
      line: heading.line,
      version: written,
      normalized: version.normalized,
      column: raw.indexOf(written) + 1,
      date: match[3],
      yanked: match[4] !== undefined,
      ...section(position),
    });
  }
  return { releases, unreleased, links, warnings };
}

export function findRelease(changelog: Changelog, version: string): ReleaseSection | undefined {
  return changelog.releases.find((release) => samePep440(release.version, version));
}

/** The number of list entries in a section's body. */
export function countEntries(section: ChangelogSection): number {
  return section.body.split('\n').filter((line) => ENTRY.test(line)).length;
}

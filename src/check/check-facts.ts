// What the version check decides on, and what each of its rules adds to the decision.
import type { Project } from '../project/index.js';
import type { VersionTag } from '../version/index.js';
import type { Finding, Row } from '../report.js';

export interface CheckFacts {
  readonly project: Project;
  readonly tag?: VersionTag;
  readonly pullRequest?: {
    readonly baseRef: string;
    /** The version on the base branch; undefined when it could not be read. */
    readonly baseVersion: string | undefined;
    readonly baseProblem?: string;
    /** Repository-relative paths the pull request changes; undefined when git cannot tell. */
    readonly changedFiles?: readonly string[];
    /** The changelog's lines the pull request adds or changes; undefined when unknown. */
    readonly changedChangelogLines?: ReadonlySet<number>;
  };
  /**
   * Versions (normalised) of the version tags the repository has, for a check without a tag: a
   * version already released needs nothing new in the changelog.
   */
  readonly releasedVersions?: readonly string[];
  readonly requireChangelogEntry: boolean;
  /** The prefix a tag for this version gets (see prefixForNewTag). */
  readonly tagPrefix: string;
  /**
   * Version tags already in the tagged commit's history (the releases before it). When the tag is
   * the version, it must be greater than each of them.
   */
  readonly earlierTags?: readonly { readonly name: string; readonly version: string }[];
}

/** What one rule of the check contributes: rows of the table and findings to annotate. */
export interface Verdict {
  readonly rows: readonly Row[];
  readonly findings: readonly Finding[];
}

/** The verdict of a rule that does not apply, or finds nothing to say. */
export const NOTHING: Verdict = { rows: [], findings: [] };

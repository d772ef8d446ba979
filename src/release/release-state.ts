// What the release steps share: the run's inputs, and the results each step writes for the steps
// that need it. A step reads another's result with `need`, which the graph's order guarantees.
import path from 'node:path';
import type { ArtifactInfo } from '../artifacts/index.js';
import type { FolderRelease } from '../artifacts/index.js';
import type { CheckResult } from '../report.js';
import type { RunContext } from '../run/index.js';
import type { Release, Releaser } from '../github/index.js';
import type { Inputs } from '../run/index.js';
import type { Project } from '../project/index.js';
import type { AttestationDecision } from '../provenance/index.js';
import type { TwineCommand } from '../tools/index.js';
import type { ResolvedUv } from '../tools/index.js';
import type { Attestor } from '../provenance/index.js';
import type { BumpLanding } from '../bump/index.js';
import type { GithubAttestPreflight } from '../provenance/index.js';
import type { GithubReleaseResult } from '../github/index.js';
import type { PublishOutcome, PublishTarget } from '../publish/index.js';

/** What the version check established: the release's tag, version and project. */
export interface Validated {
  readonly check: CheckResult;
  readonly project: Project;
  readonly tag: string;
  /** PEP 440, normalised. */
  readonly version: string;
  readonly name: string;
  /**
   * An untagged dry run of a project whose version is its tag or computed by its build: `tag` is
   * empty, and `version` is what the build computed once the artifacts are inspected.
   */
  readonly fromBuild: boolean;
}

export interface Inspection {
  readonly wheel: ArtifactInfo;
  /** Undefined only for a dist-dir without one (a warning). */
  readonly sdist: ArtifactInfo | undefined;
  /** Every file released: the sdist and the wheel, or all that dist-dir holds. */
  readonly files: readonly ArtifactInfo[];
  readonly importNames: readonly string[];
  /** The version the wheel's METADATA says. */
  readonly builtVersion: string;
  readonly fromFolders: FolderRelease | undefined;
}

export interface ReleaseState {
  readonly context: RunContext;
  readonly inputs: Inputs;
  /** Undefined for a local dry run of the version the files carry. */
  readonly requestedTag: string | undefined;
  /** The project folder, absolute; known once validated. */
  projectDir?: string;
  /** A dry run's build folder, of its own: the project's dist/ and build/ may hold the user's files. */
  readonly dryRunBuildDir: string | undefined;
  /** Where the run goes, uploads first (TestPyPI before PyPI). */
  readonly targets: readonly PublishTarget[];
  readonly releaser: Releaser | undefined;
  /** A bump's local commit and tag, pushed before the first upload. */
  readonly landing: BumpLanding | undefined;
  /** What a dry run would do, in order. */
  readonly plan: string[];
  /** Filled as the run goes, so the summary of a failed run can show what was found. */
  readonly observed: { check?: CheckResult };

  validated?: Validated;
  /** The bump's commit and tag are on origin. */
  pushed?: boolean;
  releaseBranch?: string;
  uv?: ResolvedUv;
  twine?: TwineCommand;
  inspection?: Inspection;
  attestations?: AttestationDecision;
  attest?: Attestor;
  /** github-attestations: what the preflight decided. */
  githubAttest?: GithubAttestPreflight;
  /** Every release of the repository, read before anything is uploaded. */
  releases?: readonly Release[];
  published: Map<string, PublishOutcome>;
  pypiUrl?: string;
  draft?: GithubReleaseResult & { readonly makeLatest: boolean };
  release?: Release;
}

/** Where the build writes: the project's dist/, or a folder of its own in a dry run. */
export function buildDir(state: ReleaseState): string {
  return state.dryRunBuildDir ?? path.join(need(state.projectDir, 'the project folder'), 'dist');
}

/** A result a step needs; missing only when the graph forgot a `needs`. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`The release step graph ran a step before ${what} was known (a missing need)`);
  return value;
}

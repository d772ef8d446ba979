// What the release steps share: the run's inputs, and the results each step writes for the steps
// that need it. Each step declares the results it reads and writes (releaseStep), and the graph is
// refused when a step reads what no step it needs writes.
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
import type { GithubReleaseResult, MilestoneClosed } from '../github/index.js';
import type { PublishOutcome, PublishTarget } from '../publish/index.js';
import type { Step, StepNote } from './step-graph.js';

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
  /** The names the project's release tags may start with when tag-prefix is not set. */
  readonly tagNames: readonly string[];
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

/** What every step is given when the release starts. */
export interface ReleaseGiven {
  readonly context: RunContext;
  readonly inputs: Inputs;
  /** Undefined for a local dry run of the version the files carry. */
  readonly requestedTag: string | undefined;
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
}

/**
 * What steps find out for each other; beside each, the steps that write it (their `writes`). A
 * step reads only what it declares in `reads` (or `mayRead`), written by a step it needs.
 */
export interface ReleaseResults {
  /** The project folder, absolute. Validate. */
  projectDir: string;
  /** Validate; Inspect artifacts sets the version an untagged build computed. */
  validated: Validated;
  /** The bump's commit and tag are on origin. Push. */
  pushed: true;
  /** Release branch. */
  releaseBranch: string;
  /** Set up uv. */
  uv: ResolvedUv;
  /** Set up twine. */
  twine: TwineCommand;
  /** Inspect artifacts. */
  inspection: Inspection;
  /** Attestations: which uploads carry PEP 740 attestations. */
  attestations: AttestationDecision;
  /** Attestations, when an upload carries them. */
  attest: Attestor;
  /** Attestations: what github-attestations will do. */
  githubAttest: GithubAttestPreflight;
  /** Every release of the repository, read before anything is uploaded. GitHub access. */
  releases: readonly Release[];
  /** What each index's upload did, by the index's label. Publish to <index>. */
  published: ReadonlyMap<string, PublishOutcome>;
  /** Publish to <the last index>. */
  pypiUrl: string;
  /** GitHub release (draft). */
  draft: GithubReleaseResult & { readonly makeLatest: boolean };
  /** GitHub release (draft), then Publish GitHub release. */
  release: Release;
  /** Close milestone: what it closed and moved. */
  milestone: MilestoneClosed;
}

export type ResultName = keyof ReleaseResults;

/** Every result, for the graph's guard (a key missing here fails to compile). */
const RESULT_NAMES: Record<ResultName, true> = {
  projectDir: true,
  validated: true,
  pushed: true,
  releaseBranch: true,
  uv: true,
  twine: true,
  inspection: true,
  attestations: true,
  attest: true,
  githubAttest: true,
  releases: true,
  published: true,
  pypiUrl: true,
  draft: true,
  release: true,
  milestone: true,
};
export const RESULTS: ReadonlySet<string> = new Set(Object.keys(RESULT_NAMES));

/** The whole state: given at the start, results as the steps write them. */
export type ReleaseState = ReleaseGiven & Partial<ReleaseResults>;

/**
 * The state as a step sees it: what it reads is there (the graph guarantees it), what it may read
 * or writes may not be yet.
 */
export type StepView<
  R extends ResultName,
  M extends ResultName,
  W extends ResultName,
> = ReleaseGiven &
  Readonly<Pick<ReleaseResults, Exclude<R, W>>> &
  Pick<ReleaseResults, R & W> &
  Readonly<Partial<Pick<ReleaseResults, Exclude<M, W>>>> &
  Partial<Pick<ReleaseResults, W>>;

export interface ReleaseStepDefinition<
  R extends ResultName,
  M extends ResultName,
  W extends ResultName,
> {
  readonly name: string;
  readonly sideEffect: boolean;
  readonly reads?: readonly R[];
  readonly mayRead?: readonly M[];
  readonly writes?: readonly W[];
  note?(state: StepView<R, M, W>): StepNote | undefined;
  run?(state: StepView<R, M, W>): Promise<string>;
}

/**
 * A release step, typed by what it declares: `reads: ['inspection']` makes `state.inspection`
 * present in its `run`. Its needs are given where the graph is declared (release.ts).
 */
export function releaseStep<
  R extends ResultName = never,
  M extends ResultName = never,
  W extends ResultName = never,
>(definition: ReleaseStepDefinition<R, M, W>): Step<ReleaseState> {
  // The runner checks the reads before the step starts and guards the rest (guardedState).
  return { needs: [], ...definition } as Step<ReleaseState>;
}

/** Where the build writes: the project's dist/, or a folder of its own in a dry run. */
export function buildDir(
  state: Pick<ReleaseGiven, 'dryRunBuildDir'> & { projectDir: string },
): string {
  return state.dryRunBuildDir ?? path.join(state.projectDir, 'dist');
}

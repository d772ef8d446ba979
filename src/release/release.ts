// The release as a graph of steps, declared for each way a release runs: from a tag (pyrelease
// builds), from prebuilt files (dist-dir), after a bump (the checks run on the bump's local commit
// and tag, and pushing them is the first side effect), and as a dry run (the same checks, then
// the plan of what the side effects would do). Each step is a module of src/release/steps/; the runner (src/release/step-graph.ts)
// starts a step as soon as its needs have passed and holds every side effect until all checks
// have passed.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArtifactInfo } from '../artifacts/index.js';
import type { CheckResult } from '../report.js';
import type { RunContext } from '../run/index.js';
import { deferredReleaser } from '../github/index.js';
import { timeoutFromEnvironment } from '../github/index.js';
import type { MilestoneClosed } from '../github/index.js';
import type { Inputs } from '../run/index.js';
import * as log from '../log.js';
import { Pipeline } from '../pipeline.js';
import { annotate } from '../report.js';
import type { Project } from '../project/index.js';
import { runGraph, type Step } from './step-graph.js';
import { refuseNonVersionTag } from '../version/index.js';
import { undoBump, type BumpLanding } from '../bump/index.js';
import { publishTargets } from '../publish/index.js';
import { build } from './steps/index.js';
import { testTheWheel, twineCheckStep } from './steps/index.js';
import { githubReleasePlan, publishPlan } from './steps/index.js';
import { exactTag } from './steps/index.js';
import {
  closeMilestone,
  draftRelease,
  githubAccess,
  nextCyclePullRequest,
  publishRelease,
} from './steps/index.js';
import { inspectArtifacts } from './steps/index.js';
import {
  attestationPlan,
  githubAttestation,
  installFromIndex,
  publishToIndex,
  verifyOnIndex,
} from './steps/index.js';
import { mayRunRepositoryCode, publishingSecrets } from '../run/index.js';
import { pushBumpStep } from './steps/index.js';
import { pypiRulesStep, pypiStateStep } from './steps/index.js';
import { releaseBranch } from './steps/index.js';
import { setupTwine, setupUv } from './steps/index.js';
import {
  buildFolder,
  verifyHandover,
  wheelTestedInBuildJob,
  writeHandoverStep,
} from './steps/index.js';
import { buildDir, RESULTS, type ReleaseState } from './release-state.js';
import type { Landed } from './verify-files.js';
import { secretReachFinding } from './secret-reach.js';
import { HANDOVER_FILE } from '../artifacts/index.js';
import { validate } from './steps/index.js';
import { pipCanTargetOtherPython } from '../artifacts/index.js';

export interface ReleaseOutcome {
  readonly check: CheckResult;
  readonly project: Project;
  readonly wheel: ArtifactInfo;
  /** Undefined only for a dist-dir without one (a warning). */
  readonly sdist: ArtifactInfo | undefined;
  /** Every file released: the sdist and the wheel, or all that dist-dir holds. */
  readonly files: readonly ArtifactInfo[];
  readonly releaseUrl?: string;
  readonly releaseId?: number;
  readonly pypiUrl?: string;
  /** Each file as the last index lists and serves it, once verified there. */
  readonly landed?: Landed;
  readonly plan: readonly string[];
  /** mode: build: the sha256 of the hand-over manifest. */
  readonly handover?: string;
  readonly pipeline: Pipeline;
  /** The milestone closed, and the issues and pull requests moved off it. */
  readonly milestone?: MilestoneClosed;
}

type ReleaseStep = Step<ReleaseState>;

/** The names of the steps declared (an undefined one is not in this graph). */
function names(steps: readonly (ReleaseStep | undefined)[]): string[] {
  return steps.filter((step): step is ReleaseStep => step !== undefined).map((step) => step.name);
}

/** The step, run after the given ones. */
function after(step: ReleaseStep, ...needs: (ReleaseStep | undefined)[]): ReleaseStep {
  return { ...step, needs: names(needs) };
}

/** A step recorded as skipped, with the reason. */
function skipped(
  name: string,
  detail: string,
  sideEffect: boolean,
  ...needs: (ReleaseStep | undefined)[]
): ReleaseStep {
  return {
    name,
    needs: names(needs),
    sideEffect,
    note: () => ({ status: 'skipped', detail }),
  };
}

export type ReleaseMode = 'tag' | 'prebuilt' | 'bump' | 'dry run' | 'build' | 'publish';

export function releaseMode(
  inputs: Pick<Inputs, 'dryRun' | 'distDir' | 'mode'>,
  landing: BumpLanding | undefined,
): ReleaseMode {
  // mode: build has no side effect to hold back: a dry run of it builds and hands over the same.
  if (inputs.mode === 'build') return 'build';
  if (inputs.dryRun) return 'dry run';
  if (landing) return 'bump';
  if (inputs.mode === 'publish') return 'publish';
  return inputs.distDir ? 'prebuilt' : 'tag';
}

/** How the files come: built here (into an empty folder in mode: build), or handed over. */
function buildSteps(
  mode: ReleaseMode,
  state: ReleaseState,
  validated: ReleaseStep,
  uv: ReleaseStep | undefined,
) {
  const { inputs } = state;
  if (inputs.mode === 'publish') {
    const verified = after(verifyHandover, validated);
    const built = skipped('Build', 'mode: publish: built by the build job', false, verified);
    return { steps: [verified, built], built, verified };
  }
  if (inputs.distDir) {
    const built = skipped('Build', `dist-dir: ${inputs.distDir}`, false, validated);
    return { steps: [built], built, verified: undefined };
  }
  const folder = mode === 'build' ? after(buildFolder, validated) : undefined;
  const built = after(build, validated, uv, folder);
  return { steps: [...(folder ? [folder] : []), built], built, verified: undefined };
}

/** Everything local that proves the release fit to publish; nothing here changes anything. */
function checkSteps(mode: ReleaseMode, state: ReleaseState): ReleaseStep[] {
  const { inputs, requestedTag } = state;
  // mode: publish runs none of the repository's code: no uv for a build or a wheel test.
  const publishing = inputs.mode === 'publish';
  const tagged = requestedTag !== undefined ? exactTag : undefined;
  const validated = after(validate, tagged);
  const uv = inputs.builder === 'uv' && !publishing ? after(setupUv, validated) : undefined;
  const { steps: building, built, verified } = buildSteps(mode, state, validated, uv);
  const twine = after(setupTwine, uv ?? validated);
  const inspected = after(inspectArtifacts, built);
  // Before twine check: an uploader too old for the metadata is said as such, not as bad metadata.
  const rules = after(pypiRulesStep, inspected, twine);
  const twineChecked = after(twineCheckStep, inspected, twine, rules);
  return [
    ...(tagged ? [tagged] : []),
    validated,
    // A bump checked its branch before committing; its commit reaches origin with the push.
    ...(tagged && mode !== 'bump' ? [after(releaseBranch, validated)] : []),
    ...(uv ? [uv] : []),
    ...building,
    twine,
    inspected,
    rules,
    twineChecked,
    // The wheel test installs with uv when that is the builder: after uv is set up.
    verified ? after(wheelTestedInBuildJob, verified) : after(testTheWheel, inspected, uv),
    // After twine check, beside the longer wheel test: one Python process fewer at a time.
    ...(mode === 'build' ? [] : [after(attestationPlan, twineChecked)]),
  ];
}

/** The uploads in order, TestPyPI's install check after its upload; the last step returned. */
function uploadSteps(state: ReleaseState, pushed: ReleaseStep | undefined): ReleaseStep[] {
  if (!state.inputs.publish) return [skipped('Publish', 'repository-url: none', true, pushed)];
  const steps: ReleaseStep[] = [];
  let last = pushed;
  for (const [i, target] of state.targets.entries()) {
    last = after(publishToIndex(target, i), last);
    steps.push(last);
    if (target.verifyInstall) {
      // Installing it imports the package: its code, which mode: publish never runs.
      last =
        state.inputs.mode === 'publish'
          ? skipped(
              `Install from ${target.index.label}`,
              'mode: publish runs no code of the package; the build job tested the wheel',
              true,
              last,
            )
          : after(installFromIndex(target), last);
      steps.push(last);
    }
  }
  return steps;
}

/**
 * After the last upload, and beside the draft whose asset digests it compares: the files as the
 * index lists and serves them. Then the same wheel test against the index, where this job may run
 * the package's code; where it holds a publishing secret, the sha256 checks stand in for it.
 */
function verifySteps(
  state: ReleaseState,
  uploaded: ReleaseStep,
  drafted: ReleaseStep | undefined,
): ReleaseStep[] {
  const main = state.targets.at(-1)!;
  const verified = after(verifyOnIndex(main), uploaded, drafted);
  const code = mayRunRepositoryCode({
    mode: state.inputs.mode,
    secrets: publishingSecrets(state.inputs, process.env),
  });
  const installed = code.allowed
    ? after(installFromIndex(main), verified)
    : skipped(
        `Install from ${main.index.label}`,
        `not run: ${code.reason}; verified by sha256 instead`,
        true,
        verified,
      );
  return [verified, installed];
}

/** Uploads, then the GitHub release once the upload is verified and the draft is done. */
function sideEffectSteps(mode: ReleaseMode, state: ReleaseState): ReleaseStep[] {
  const { inputs, context } = state;
  const pushed = mode === 'bump' ? pushBumpStep : undefined;
  const uploads = uploadSteps(state, pushed);
  const steps: ReleaseStep[] = [...(pushed ? [pushed] : []), ...uploads];
  // The provenance is made beside the uploads; the release that tells how to verify it waits.
  const provenance = inputs.githubAttestations ? after(githubAttestation, pushed) : undefined;
  if (provenance) steps.push(provenance);
  // The draft names the tag, so after a bump it waits for the push.
  const drafted = state.releaser ? after(draftRelease, githubAccess, pushed) : undefined;
  if (drafted) steps.push(drafted);
  const verified = inputs.publish ? verifySteps(state, uploads.at(-1)!, drafted) : [];
  steps.push(...verified);
  if (!drafted) {
    steps.push(skipped('GitHub release', 'no github-token or repository', true, pushed));
    return steps;
  }
  const released = after(publishRelease, drafted, verified.at(-1) ?? uploads.at(-1), provenance);
  steps.push(released);
  let latest = released;
  if (inputs.closeMilestone) {
    latest = after(closeMilestone, released);
    steps.push(latest);
  }
  // After a bump the changelog already has its fresh [Unreleased]; this is for tag pushes.
  if (inputs.openNextCyclePr && state.requestedTag && context.eventName === 'push')
    steps.push(after(nextCyclePullRequest, latest));
  return steps;
}

export function releaseGraph(mode: ReleaseMode, state: ReleaseState): ReleaseStep[] {
  const local = checkSteps(mode, state);
  if (mode === 'build') return [...local, writeHandoverStep];
  // The index and GitHub are first asked once everything local has passed: a refused release
  // makes no request. The index's state is read in a dry run too: it is what PyPI would answer.
  const indexState = after(pypiStateStep, ...local);
  const checks = [...local, indexState];
  if (mode === 'dry run') {
    const plan = after(publishPlan, attestationPlan, indexState);
    return [...checks, plan, after(githubReleasePlan, plan)];
  }
  const access = state.releaser ? [after(githubAccess, ...checks)] : [];
  return [...checks, ...access, ...sideEffectSteps(mode, state)];
}

/** What the log says last: what a build job hands over, or what a dry run would have done. */
function logClosing(mode: ReleaseMode, state: ReleaseState): void {
  if (mode === 'build') {
    const dir = buildDir({ ...state, projectDir: state.projectDir! });
    log.info(
      `Built and checked; nothing was uploaded or released. Hand ${path.relative(state.context.workspace, dir) || '.'} (with ${HANDOVER_FILE}) to a job with mode: publish, and the handover output ${state.handoverDigest} to its handover input.`,
    );
  }
  if (mode === 'dry run') {
    log.info(
      `Dry run: nothing was uploaded, tagged or released. The rest would be:\n  ${state.plan.join('\n  ')}`,
    );
  }
}

export async function runRelease(
  context: RunContext,
  inputs: Inputs,
  /** Undefined for a local dry run of the version the files carry. */
  requestedTag: string | undefined,
  pipeline: Pipeline = new Pipeline(),
  /** Filled as the run goes, so the summary of a failed run can show what was found. */
  observed: { check?: CheckResult } = {},
  /** A bump's local commit and tag, pushed once the checks pass. */
  landing?: BumpLanding,
): Promise<ReleaseOutcome> {
  // A tag no project could release (shell syntax, no version) is refused before git is asked
  // about it; the rest, the name before the version, is judged with the project's name in
  // Validate, which every side effect waits for.
  if (requestedTag !== undefined) refuseNonVersionTag(requestedTag, inputs.tagPrefix);
  const mode = releaseMode(inputs, landing);
  const state: ReleaseState = {
    context,
    inputs,
    requestedTag,
    // A dry run is often on a maintainer's machine; mode: build hands over dist/ under working-directory, in a dry run too.
    dryRunBuildDir:
      inputs.dryRun && mode !== 'build'
        ? await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-dist-'))
        : undefined,
    targets: publishTargets(inputs),
    releaser:
      mode !== 'dry run' && mode !== 'build' && inputs.githubToken && context.repository
        ? deferredReleaser({
            token: inputs.githubToken,
            repository: context.repository,
            apiUrl: context.apiUrl,
            timeout: timeoutFromEnvironment(),
            warn: (message) => annotate({ level: 'warning', title: 'GitHub rate limit', message }),
          })
        : undefined,
    landing,
    plan: [],
    observed,
    passed: () => pipeline.records.filter((record) => record.status === 'passed'),
  };
  const reach = secretReachFinding(inputs, process.env);
  if (reach) annotate(reach);
  // Asked now so the wheel test does not wait for it later (the probe never rejects).
  if (inputs.builder === 'build') void pipCanTargetOtherPython(inputs.python);

  try {
    await runGraph(releaseGraph(mode, state), state, pipeline, RESULTS);
  } catch (error) {
    // A bump refused before its push leaves the checkout as it found it.
    if (landing && !state.pushed) await undoBump(context.workspace, landing);
    throw error;
  }

  const { check, project } = state.validated!;
  const inspection = state.inspection!;
  logClosing(mode, state);
  return {
    check,
    project,
    wheel: inspection.wheel,
    sdist: inspection.sdist,
    files: inspection.files,
    releaseUrl: state.release?.htmlUrl,
    releaseId: state.release?.id,
    pypiUrl: state.pypiUrl,
    landed: state.landed,
    plan: state.plan,
    handover: state.handoverDigest,
    pipeline,
    ...(state.milestone && { milestone: state.milestone }),
  };
}

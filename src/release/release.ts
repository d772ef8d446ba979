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
} from './steps/index.js';
import { pushBumpStep } from './steps/index.js';
import { pypiRulesStep, pypiStateStep } from './steps/index.js';
import { releaseBranch } from './steps/index.js';
import { setupTwine, setupUv } from './steps/index.js';
import { RESULTS, type ReleaseState } from './release-state.js';
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
  readonly plan: readonly string[];
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

export type ReleaseMode = 'tag' | 'prebuilt' | 'bump' | 'dry run';

export function releaseMode(
  inputs: Pick<Inputs, 'dryRun' | 'distDir'>,
  landing: BumpLanding | undefined,
): ReleaseMode {
  if (inputs.dryRun) return 'dry run';
  if (landing) return 'bump';
  return inputs.distDir ? 'prebuilt' : 'tag';
}

/** Everything local that proves the release fit to publish; nothing here changes anything. */
function checkSteps(mode: ReleaseMode, state: ReleaseState): ReleaseStep[] {
  const { inputs, requestedTag } = state;
  const tagged = requestedTag !== undefined ? exactTag : undefined;
  const validated = after(validate, tagged);
  const uv = inputs.builder === 'uv' ? after(setupUv, validated) : undefined;
  const built = inputs.distDir
    ? skipped('Build', `dist-dir: ${inputs.distDir}`, false, validated)
    : after(build, validated, uv);
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
    built,
    twine,
    inspected,
    rules,
    twineChecked,
    // The wheel test installs with uv when that is the builder: after uv is set up.
    after(testTheWheel, inspected, uv),
    // After twine check, beside the longer wheel test: one Python process fewer at a time.
    after(attestationPlan, twineChecked),
  ];
}

/** Uploads, then the GitHub release once both the upload and the draft are done. */
function sideEffectSteps(mode: ReleaseMode, state: ReleaseState): ReleaseStep[] {
  const { inputs, context } = state;
  const pushed = mode === 'bump' ? pushBumpStep : undefined;
  const steps: ReleaseStep[] = pushed ? [pushed] : [];
  let last: ReleaseStep | undefined = pushed;
  if (!inputs.publish) {
    last = skipped('Publish', 'publish: false', true, pushed);
    steps.push(last);
  } else {
    for (const [i, target] of state.targets.entries()) {
      last = after(publishToIndex(target, i), last);
      steps.push(last);
      if (target.verifyInstall) {
        last = after(installFromIndex(target), last);
        steps.push(last);
      }
    }
  }
  // The provenance is made beside the uploads; the release that tells how to verify it waits.
  const provenance = inputs.githubAttestations ? after(githubAttestation, pushed) : undefined;
  if (provenance) steps.push(provenance);
  if (!state.releaser) {
    steps.push(skipped('GitHub release', 'no github-token or repository', true, pushed));
    return steps;
  }
  // The draft names the tag, so after a bump it waits for the push.
  const drafted = after(draftRelease, githubAccess, pushed);
  const released = after(publishRelease, drafted, last, provenance);
  steps.push(drafted, released);
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
    // A dry run is often on a maintainer's machine.
    dryRunBuildDir: inputs.dryRun
      ? await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-dist-'))
      : undefined,
    targets: publishTargets(inputs),
    releaser:
      mode !== 'dry run' && inputs.githubToken && context.repository
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
  };
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
  if (mode === 'dry run') {
    log.info(
      `Dry run: nothing was uploaded, tagged or released. The rest would be:\n  ${state.plan.join('\n  ')}`,
    );
  }
  return {
    check,
    project,
    wheel: inspection.wheel,
    sdist: inspection.sdist,
    files: inspection.files,
    releaseUrl: state.release?.htmlUrl,
    releaseId: state.release?.id,
    pypiUrl: state.pypiUrl,
    plan: state.plan,
    pipeline,
    ...(state.milestone && { milestone: state.milestone }),
  };
}

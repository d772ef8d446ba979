// The release in two jobs (docs/two-jobs.md). mode: build checks, builds into an empty dist/,
// tests the wheel, and writes the hand-over manifest beside the files once every check has
// passed; mode: publish verifies that manifest against the files and this run before anything
// else reads them, and never runs the repository's code (its wheel test is the build job's).
import path from 'node:path';
import {
  HANDOVER_FILE,
  handoverProblems,
  readHandover,
  refuseFilledFolder,
  writeHandover,
} from '../../artifacts/index.js';
import { UserError } from '../../errors.js';
import { buildDir, releaseStep } from '../release-state.js';

/** A folder as the user names it: relative to the repository. */
function shownDir(workspace: string, dir: string): string {
  const relative = path.relative(workspace, dir).split(path.sep).join('/');
  return relative === '' ? '.' : relative.startsWith('..') ? dir : relative;
}

/** mode: build: what the build writes is handed over whole, so it starts empty. */
export const buildFolder = releaseStep({
  name: 'Build folder',
  sideEffect: false,
  reads: ['projectDir'],
  async run(state) {
    const dir = buildDir(state);
    const shown = shownDir(state.context.workspace, dir);
    await refuseFilledFolder(dir, shown);
    return `${shown} is empty`;
  },
});

/** mode: build: the manifest, written once every check has passed (a side effect waits). */
export const writeHandoverStep = releaseStep({
  name: 'Hand-over',
  sideEffect: true,
  reads: ['validated', 'inspection', 'projectDir', 'wheelTest'],
  writes: ['handoverDigest'],
  async run(state) {
    const { context, inputs, validated, inspection } = state;
    const dir = buildDir(state);
    const shown = shownDir(context.workspace, dir);
    const env = process.env;
    const written = await writeHandover(dir, shown, inspection.files, {
      schema: 1,
      project: validated.name,
      version: validated.version,
      tag: validated.tag,
      commit: context.sha ?? '',
      repository: context.repository ?? '',
      runId: env.GITHUB_RUN_ID ?? '',
      runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
      dryRun: inputs.dryRun,
      checks: (state.passed?.() ?? []).map(({ name, detail }) => ({ name, detail })),
      wheelTest: state.wheelTest,
    });
    state.handoverDigest = written.digest;
    return `${shown}/${HANDOVER_FILE} sha256 ${written.digest}: ${inspection.files.length} files`;
  },
});

/** mode: publish: the files are the build job's, for this tag, commit and run, or nothing starts. */
export const verifyHandover = releaseStep({
  name: 'Verify hand-over',
  sideEffect: false,
  reads: ['validated', 'projectDir'],
  writes: ['handover'],
  async run(state) {
    const { context, inputs, validated } = state;
    const dir = path.resolve(state.projectDir, inputs.distDir);
    const shown = shownDir(context.workspace, dir);
    const read = await readHandover(dir, shown);
    const problems = handoverProblems(read.manifest, read.entries, {
      digest: read.digest,
      given: inputs.handover,
      tag: context.tag,
      commit: context.sha,
      repository: context.repository,
      runId: process.env.GITHUB_RUN_ID,
      project: validated.name,
      version: validated.version,
      dryRun: inputs.dryRun,
    });
    if (problems.length > 0) {
      throw new UserError(
        `The hand-over in ${shown} is refused: ${problems.join('; ')}. mode: publish releases only the files the build job of this workflow run built and checked, unchanged. Nothing was uploaded or released.`,
        'Hand-over refused',
      );
    }
    state.handover = read.manifest;
    const { manifest } = read;
    const bound = inputs.handover ? 'the handover input' : 'no handover input given';
    return `${HANDOVER_FILE} sha256 ${read.digest} (${bound}): ${manifest.files.length} files from run ${manifest.runId} attempt ${manifest.runAttempt}, commit ${manifest.commit.slice(0, 12)}`;
  },
});

/** mode: publish runs none of the package's code: the wheel test is the build job's. */
export const wheelTestedInBuildJob = releaseStep({
  name: 'Test the wheel',
  sideEffect: false,
  reads: ['handover'],
  note: ({ handover }) => ({
    status: 'skipped',
    detail: `ran in the build job (run ${handover.runId}): ${handover.wheelTest}`,
  }),
});

// Picks the mode from the event, runs it, and turns every failure into one clear error.
import * as core from '@actions/core';
import { readContext, type RunContext } from './context.js';
import { UserError } from './errors.js';
import * as log from './log.js';
import { environmentInputs, readInputs, type Inputs, type Mode } from './inputs.js';
import {
  addBumpSummary,
  addCheckStopped,
  addCheckSummary,
  annotate,
  annotateUserError,
  setCheckOutputs,
  writeSummary,
} from './report.js';
import { runCheck } from './steps/check.js';

export function pickMode(mode: Mode, context: RunContext, bump = ''): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode;
  // `on: release: types: [published]`: GITHUB_REF is the release's tag.
  if (context.eventName === 'release') return 'release';
  if (context.tag !== undefined && !context.eventName.startsWith('pull_request')) return 'release';
  if (context.eventName === 'workflow_dispatch' && (bump || context.dispatchInputs.bump))
    return 'bump';
  return 'check';
}

async function check(context: RunContext, inputs: Inputs): Promise<void> {
  const { result } = await runCheck(context, inputs, context.tag).catch(async (error: unknown) => {
    // A check that cannot start (a pyproject that is no TOML) still says why in the summary.
    if (error instanceof UserError)
      await writeSummary((summary) => addCheckStopped(summary, error));
    throw error;
  });
  core.startGroup(
    `Version ${result.version ?? '(from the tag or the build)'}: ${result.rows.length} sources compared`,
  );
  for (const row of result.rows) {
    log.info(`${row.ok ? '✓' : '✗'} ${row.source}: ${log.shown(row.value)}`);
  }
  core.endGroup();
  for (const finding of result.findings) annotate(finding);
  // A failed check writes no outputs: later steps must not act on a version that is wrong.
  if (result.ok) setCheckOutputs(result);
  await writeSummary((summary) => addCheckSummary(summary, result));
  if (!result.ok) {
    const errors = result.findings.filter((finding) => finding.level === 'error').length;
    core.setFailed(
      `Version check failed with ${errors} error${errors === 1 ? '' : 's'}; see the annotations above.`,
    );
  }
}

async function release(context: RunContext, inputs: Inputs): Promise<void> {
  if (context.tag === undefined) {
    throw new UserError(
      `mode: release needs a tag push (GITHUB_REF is ${JSON.stringify(context.ref)}). Run it on \`push: tags: ['${inputs.tagPrefix || 'v'}*']\`, or use mode: bump from workflow_dispatch.`,
      'No tag to release',
    );
  }
  // The release pipeline is loaded only when a release runs, keeping pull-request checks light.
  const { runReleaseAndReport } = await import('./release-report.js');
  await runReleaseAndReport(context, inputs, context.tag);
}

async function bump(context: RunContext, inputs: Inputs): Promise<void> {
  const { runBump } = await import('./steps/bump.js');
  const bumped = await runBump(context, inputs);
  await writeSummary((summary) => addBumpSummary(summary, bumped, inputs.dryRun));
  if (!bumped.pushed) {
    core.setOutput('version', bumped.version);
    core.setOutput('tag', bumped.tag);
    return;
  }
  // A tag pushed with GITHUB_TOKEN starts no workflow run, so the release continues here.
  const tagged: RunContext = { ...context, tag: bumped.tag, ref: `refs/tags/${bumped.tag}` };
  const { runReleaseAndReport } = await import('./release-report.js');
  await runReleaseAndReport(tagged, inputs, bumped.tag);
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs(environmentInputs());
    const context = readContext();
    const mode = pickMode(inputs.mode, context, inputs.bump);
    if (mode === 'release') await release(context, inputs);
    else if (mode === 'bump') await bump(context, inputs);
    else await check(context, inputs);
  } catch (error) {
    if (error instanceof UserError) {
      // One annotation, on the file and line when there is one; setFailed would repeat it.
      annotateUserError(error);
      process.exitCode = core.ExitCode.Failure;
    } else {
      core.setFailed(
        `Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
}

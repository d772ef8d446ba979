// Picks the mode from the event, runs it, and turns every failure into one clear error.
import * as core from '@actions/core';
import { readContext, type RunContext } from './context.js';
import { UserError } from './errors.js';
import { environmentInputs, readInputs, type Inputs, type Mode } from './inputs.js';
import {
  addCheckSummary,
  annotate,
  annotateUserError,
  setCheckOutputs,
  writeSummary,
} from './report.js';
import { runCheck } from './steps/check.js';

export function pickMode(mode: Mode, context: RunContext): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode;
  if (context.eventName.startsWith('pull_request')) return 'check';
  return 'check';
}

async function check(context: RunContext, inputs: Inputs): Promise<void> {
  const { result } = await runCheck(context, inputs, context.tag);
  core.startGroup(`Version ${result.version}: ${result.rows.length} sources compared`);
  for (const row of result.rows) {
    core.info(`${row.ok ? '✓' : '✗'} ${row.source}: ${row.value}`);
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

export async function run(): Promise<void> {
  try {
    const inputs = readInputs(environmentInputs());
    const context = readContext();
    const mode = pickMode(inputs.mode, context);
    await check(context, inputs);
    void mode;
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

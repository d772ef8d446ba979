// Picks the mode from the event, runs it, and turns every failure into one clear error.
import * as core from '@actions/core';
import type { CheckResult } from '../report.js';
import { ignoredReleaseAction, readContext, type RunContext } from '../run/index.js';
import { UserError } from '../errors.js';
import * as log from '../log.js';
import { environmentInputs, readInputs, type Inputs, type Mode } from '../run/index.js';
import { inputsForPackage, packagesForRun, type PackageEntry } from '../run/index.js';
import {
  addBumpSummary,
  addCheckStopped,
  addCheckSummary,
  annotate,
  annotateUserError,
  setCheckOutputs,
  summaryText,
  writeSummary,
} from '../report.js';
import { runCheck } from '../check/index.js';
import { describeFound, runPackages } from '../project/index.js';
import { fileSystemReader } from '../files/index.js';

/** The packages a run may be for; those found with no inputs are listed in the log. */
async function packagesOf(context: RunContext, inputs: Inputs): Promise<readonly PackageEntry[]> {
  const packages = await runPackages(fileSystemReader(context.workspace), inputs, context);
  if (packages.some((entry) => entry.dir === '.')) {
    log.info(
      `The tag ${context.tag ?? ''} names a package in a folder of the repository, not the project at its root: ${describeFound(packages)}.`,
    );
  } else if (packages.some((entry) => entry.found)) {
    log.info(
      `No Python project at the repository root; the packages in its folders are: ${describeFound(packages)}. Set the packages input to name them yourself.`,
    );
  }
  return packages;
}

export function pickMode(mode: Mode, context: RunContext, bump = ''): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode;
  // `on: release: types: [published]`: GITHUB_REF is the release's tag.
  if (context.eventName === 'release') return 'release';
  if (context.tag !== undefined && !context.eventName.startsWith('pull_request')) return 'release';
  if (context.eventName === 'workflow_dispatch' && (bump || context.dispatchInputs.bump))
    return 'bump';
  return 'check';
}

async function check(
  context: RunContext,
  inputs: Inputs,
  packages: readonly PackageEntry[],
): Promise<void> {
  const runs: { entry: PackageEntry | undefined; result: CheckResult }[] = [];
  for (const entry of packages.length > 0 ? packages : [undefined]) {
    const { result } = await runCheck(context, inputsForPackage(inputs, entry), context.tag).catch(
      async (error: unknown) => {
        // A check that cannot start (a pyproject that is no TOML) still says why in the summary.
        if (error instanceof UserError)
          await writeSummary((summary) => addCheckStopped(summary, error));
        throw error;
      },
    );
    runs.push({ entry, result });
  }
  for (const { entry, result } of runs) {
    log.startGroup(
      `${entry ? `${entry.dir}: v` : 'V'}ersion ${result.version ?? '(from the tag or the build)'}: ${result.rows.length} sources compared`,
    );
    for (const row of result.rows) {
      log.info(`${row.ok ? '✓' : '✗'} ${row.source}: ${log.shown(row.value)}`);
    }
    log.endGroup();
    for (const finding of result.findings) annotate(finding);
  }
  const ok = runs.every(({ result }) => result.ok);
  // A failed check writes no outputs: later steps must not act on a version that is wrong. The
  // outputs name one version, so a check of several packages writes none.
  const only = runs.length === 1 ? runs[0] : undefined;
  if (only?.result.ok) setCheckOutputs(only.result);
  await writeSummary((summary) => {
    for (const { entry, result } of runs) {
      if (entry)
        summary.addHeading(
          summaryText(
            `Package ${entry.dir} (${entry.found ? (entry.found.name ?? 'no name') : `tags ${entry.prefix}…`})`,
          ),
          2,
        );
      addCheckSummary(summary, result);
    }
  });
  if (!ok) {
    const errors = runs
      .flatMap(({ result }) => result.findings)
      .filter((finding) => finding.level === 'error').length;
    log.setFailed(
      `Version check failed with ${errors} error${errors === 1 ? '' : 's'}; see the annotations above.`,
    );
  }
}

async function release(
  context: RunContext,
  runInputs: Inputs,
  entry: PackageEntry | undefined,
  monorepo: boolean,
): Promise<void> {
  const inputs = inputsForPackage(runInputs, entry);
  if (context.tag === undefined && !inputs.dryRun) {
    throw new UserError(
      `mode: release needs a tag push (GITHUB_REF is ${JSON.stringify(context.ref)}). Run it on \`push: tags: ['${inputs.tagPrefix || 'v'}*']\`, or use mode: bump from workflow_dispatch.`,
      'No tag to release',
    );
  }
  if (context.tag === undefined) {
    if (monorepo && !entry) {
      throw new UserError(
        'An untagged dry run releases one package: set the package input to its folder or tag prefix.',
        'No package named',
      );
    }
    // What the CLI's local dry run does: the pipeline up to the wheel test, for the version the
    // files carry; the tag and the release branch are not checked, as there is no tag.
    log.annotation(
      'notice',
      `No tag (GITHUB_REF is ${JSON.stringify(context.ref)}): a dry run of the version the files carry, untagged. Nothing is tagged, uploaded or released; a release needs a tag push.`,
      { title: 'Untagged dry run' },
    );
  }
  // The release pipeline is loaded only when a release runs, keeping pull-request checks light.
  const { runReleaseAndReport } = await import('../release/index.js');
  await runReleaseAndReport(context, inputs, context.tag);
}

async function bump(context: RunContext, inputs: Inputs): Promise<void> {
  const { runBump } = await import('../bump/index.js');
  const bumped = await runBump(context, inputs);
  await writeSummary((summary) => addBumpSummary(summary, bumped, inputs.dryRun));
  if (!bumped.landing) {
    core.setOutput('version', bumped.version);
    core.setOutput('tag', bumped.tag);
    return;
  }
  // A tag pushed with GITHUB_TOKEN starts no workflow run, so the release continues here; its
  // checks run on the local commit and tag, and the push is its first side effect.
  const tagged: RunContext = { ...context, tag: bumped.tag, ref: `refs/tags/${bumped.tag}` };
  const { runReleaseAndReport } = await import('../release/index.js');
  await runReleaseAndReport(tagged, inputs, bumped.tag, bumped.landing);
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs(environmentInputs());
    const context = readContext();
    const mode = pickMode(inputs.mode, context, inputs.bump);
    const ignored = mode === 'release' ? ignoredReleaseAction() : undefined;
    if (ignored) {
      annotate({
        level: 'notice',
        title: 'Release event ignored',
        message: `A release was ${ignored}: pyrelease releases when one is published (release types published, released, prereleased), so nothing was built, uploaded or changed. Add \`types: [published]\` under \`on: release:\` so this workflow does not run for the others.`,
      });
      return;
    }
    // In a monorepo the tag, or the package a bump names, picks the folder and prefix; a tag of no
    // package is refused here, before anything is read or built.
    const configured = await packagesOf(context, inputs);
    const packages = packagesForRun(mode, configured, {
      tag: context.tag,
      named: inputs.package || context.dispatchInputs.package || '',
      repository: context.repository,
    });
    if (mode === 'release') await release(context, inputs, packages[0], configured.length > 0);
    else if (mode === 'bump') await bump(context, inputsForPackage(inputs, packages[0]));
    else await check(context, inputs, packages);
  } catch (error) {
    if (error instanceof UserError) {
      // One annotation, on the file and line when there is one; setFailed would repeat it.
      annotateUserError(error);
      process.exitCode = core.ExitCode.Failure;
    } else {
      log.setFailed(
        `Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
}

// Runs the release pipeline and reports it: outputs, and a step summary with every step's result
// and duration, the artifacts with size and sha256, and links.
import * as core from '@actions/core';
import path from 'node:path';
import type { RunContext } from '../run/index.js';
import type { Inputs } from '../run/index.js';
import { Pipeline, seconds } from '../pipeline.js';
import {
  addCheckSummary,
  escapeHtml,
  setCheckOutputs,
  summaryText,
  writeSummary,
} from '../report.js';
import type { CheckResult } from '../report.js';
import type { BumpLanding } from '../bump/index.js';
import { runRelease, type ReleaseOutcome } from './release.js';

const STATUS = {
  passed: '✓ passed',
  failed: '✗ failed',
  skipped: '– skipped',
  'dry run': '○ dry run',
} as const;

/** The Detail cell: one short line, escaped, its URLs links (the whole text is in the log). */
export function summaryDetail(text: string, limit = 120): string {
  const line = text.split('\n')[0]!;
  const short = line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
  return linkUrls(summaryText(short));
}

/** Escaped text with its http(s) URLs made links. */
export function linkUrls(escaped: string): string {
  return escaped.replace(
    /https?:\/\/[^\s<>"]+[^\s<>".,;:)]/g,
    (url) => `<a href="${url}">${url}</a>`,
  );
}

/** A link to an http(s) URL; anything else is shown as text. */
function link(url: string, label: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
}

/** Text with the workspace's absolute path taken out, so paths read relative to the repository. */
export function relativeToWorkspace(text: string, workspace: string): string {
  const root = workspace.replace(/[\\/]+$/, '');
  return root ? text.split(`${root}${path.sep}`).join('').split(root).join('.') : text;
}

function addSteps(summary: typeof core.summary, pipeline: Pipeline, workspace: string): void {
  const relative = (text: string) => relativeToWorkspace(text, workspace);
  summary.addHeading('Release steps', 3);
  summary.addTable([
    [
      { data: 'Step', header: true },
      { data: 'Result', header: true },
      { data: 'Time', header: true },
      { data: 'Detail', header: true },
    ],
    ...pipeline.records.map((record) => [
      summaryText(record.name),
      STATUS[record.status],
      seconds(record.durationMs),
      summaryDetail(relative(record.detail)) || '—', // an empty cell would be left unclosed
    ]),
  ]);
  const failed = pipeline.records.find((record) => record.status === 'failed');
  if (failed?.reason) {
    summary
      .addHeading(`Stopped at ${summaryText(failed.name)}`, 3)
      .addRaw(`<pre>${linkUrls(escapeHtml(relative(failed.reason)))}</pre>`, true);
  }
}

/** The milestone closed, and what moved from it to the next one. */
function addMilestone(summary: typeof core.summary, outcome: ReleaseOutcome): void {
  const closed = outcome.milestone;
  if (!closed?.next) return;
  summary
    .addHeading(
      `Milestone ${summaryText(closed.title)} closed; moved to ${summaryText(closed.next.title)}${closed.next.created ? ' (created)' : ''}`,
      3,
    )
    .addList(
      closed.moved.map(
        (item) =>
          `#${item.number} ${summaryText(item.title)}${item.pullRequest ? ' (pull request)' : ''}`,
      ),
    );
}

function addOutcome(summary: typeof core.summary, outcome: ReleaseOutcome, dryRun: boolean): void {
  summary.addHeading('Artifacts', 3);
  summary.addTable([
    [
      { data: 'File', header: true },
      { data: 'Size', header: true },
      { data: 'sha256', header: true },
    ],
    ...outcome.files.map((artifact) => [
      summaryText(artifact.filename),
      `${artifact.size.toLocaleString('en-US')} bytes`,
      `<code>${summaryText(artifact.sha256)}</code>`,
    ]),
  ]);
  const links: string[] = [];
  if (outcome.pypiUrl) links.push(link(outcome.pypiUrl, summaryText(outcome.pypiUrl)));
  if (outcome.releaseUrl) links.push(link(outcome.releaseUrl, 'GitHub release'));
  if (links.length > 0) summary.addHeading('Links', 3).addList(links);
  addMilestone(summary, outcome);
  // @actions/core's addCodeBlock does not escape: the plan names files.
  if (dryRun)
    summary
      .addHeading('Dry run: what would happen', 3)
      .addRaw(`<pre lang="text"><code>${escapeHtml(outcome.plan.join('\n'))}</code></pre>`, true);
}

export async function runReleaseAndReport(
  context: RunContext,
  inputs: Inputs,
  tag: string | undefined,
  /** A bump's commit and tag, pushed by the release once its checks pass. */
  landing?: BumpLanding,
): Promise<ReleaseOutcome> {
  const pipeline = new Pipeline();
  const observed: { check?: CheckResult } = {};
  let outcome: ReleaseOutcome | undefined;
  try {
    outcome = await runRelease(context, inputs, tag, pipeline, observed, landing);
  } finally {
    await writeSummary((summary) => {
      summary.addHeading(
        `pyrelease ${summaryText(outcome?.check.tag ?? tag ?? '')}${inputs.dryRun ? ' (dry run)' : ''}: ${outcome ? '✓' : '✗'}`,
        2,
      );
      addSteps(summary, pipeline, context.workspace);
      // A failed run still shows the versions it found, with their files and lines.
      const check = outcome?.check ?? observed.check;
      if (check) addCheckSummary(summary, check);
      if (outcome) addOutcome(summary, outcome, inputs.dryRun);
    });
  }
  setCheckOutputs(outcome.check);
  // A dry run's files are outside the workspace: those are given as absolute paths.
  const relative = (file: string) => {
    const inside = path.relative(context.workspace, file);
    return inside.startsWith('..') || path.isAbsolute(inside)
      ? file
      : inside.split(path.sep).join('/');
  };
  core.setOutput('wheel', relative(outcome.wheel.path));
  core.setOutput('sdist', outcome.sdist ? relative(outcome.sdist.path) : '');
  core.setOutput('release-url', outcome.releaseUrl ?? '');
  core.setOutput('release-id', outcome.releaseId === undefined ? '' : String(outcome.releaseId));
  core.setOutput('pypi-url', outcome.pypiUrl ?? '');
  return outcome;
}

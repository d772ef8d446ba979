// Everything the user sees: annotations on files and lines, outputs, the step summary, and the
// same table in a terminal for the CLI.
import * as core from '@actions/core';
import * as log from './log.js';
import type { Location, UserError } from './errors.js';

/** `info` is said in the step summary and on the terminal only: never an annotation. */
export type Level = 'error' | 'warning' | 'notice' | 'info';

export interface Finding {
  readonly level: Level;
  readonly title: string;
  readonly message: string;
  readonly location?: Location;
}

export interface Row {
  readonly source: string;
  readonly value: string;
  readonly location?: Location;
  readonly ok: boolean;
}

/**
 * How a library tells its caller about a finding while it works (a file already uploaded, a
 * fallback taken): the step or entry point that passes it decides how it is shown.
 */
export type Say = (finding: Finding) => void;

export interface CheckResult {
  /**
   * The version as written in the primary file, or in the tag. Undefined when neither states it
   * (the version comes from tags or the build, and no tag was given).
   */
  readonly version: string | undefined;
  readonly pep440: string | undefined;
  readonly prerelease: boolean;
  readonly tag: string | undefined;
  readonly rows: readonly Row[];
  readonly findings: readonly Finding[];
  readonly ok: boolean;
}

const MARK = { true: '✓', false: '✗' } as const;
const PROBLEM_MARK: Readonly<Record<Level, string>> = {
  error: '✗',
  warning: '⚠',
  notice: 'ℹ',
  info: 'ℹ',
};

function place(row: Row): string {
  if (!row.location) return '';
  return row.location.line ? `${row.location.file}:${row.location.line}` : row.location.file;
}

export function annotate(finding: Finding): void {
  if (finding.level === 'info') return;
  const at = finding.location;
  log.annotation(finding.level, finding.message, {
    title: finding.title,
    ...(at && { file: at.file }),
    ...(at?.line && { startLine: at.line }),
    ...(at?.column && { startColumn: at.column }),
  });
}

export function annotateUserError(error: UserError): void {
  annotate({
    level: 'error',
    title: error.title,
    message: error.message,
    location: error.location,
  });
}

export function setCheckOutputs(result: CheckResult): void {
  // A version set by the tag or the build is unknown before them: no outputs to act on.
  if (result.version === undefined) return;
  core.setOutput('version', result.version);
  core.setOutput('pep440', result.pep440);
  core.setOutput('prerelease', String(result.prerelease));
  if (result.tag !== undefined) core.setOutput('tag', result.tag);
}

/** Appends a section to the step summary; does nothing outside a runner. */
export async function writeSummary(build: (summary: typeof core.summary) => void): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  build(core.summary);
  await core.summary.write();
}

export function addCheckSummary(summary: typeof core.summary, result: CheckResult): void {
  summary.addHeading(`Version check: ${result.ok ? '✓ passed' : '✗ failed'}`, 2);
  summary.addTable([
    [
      { data: 'Source', header: true },
      { data: 'Value', header: true },
      { data: 'File', header: true },
      { data: 'Agrees', header: true },
    ],
    ...result.rows.map((row) => [
      summaryText(row.source),
      `<code>${summaryText(row.value)}</code>`,
      summaryText(place(row)) || '—', // @actions/core leaves an empty cell unclosed
      MARK[`${row.ok}`],
    ]),
  ]);
  const problems = result.findings.filter((finding) => finding.level !== 'notice');
  if (problems.length > 0) {
    summary.addList(
      problems.map(
        (finding) =>
          `${PROBLEM_MARK[finding.level]} <b>${summaryText(finding.title)}</b>: ${summaryText(finding.message)}`,
      ),
    );
  }
}

/** The summary of a check that stopped before comparing anything (a pyproject that is no TOML). */
export function addCheckStopped(summary: typeof core.summary, error: UserError): void {
  const at = error.location
    ? `${error.location.file}${error.location.line ? `:${error.location.line}` : ''}: `
    : '';
  summary
    .addHeading('Version check: ✗ failed', 2)
    .addRaw(`<p><b>${summaryText(error.title)}</b></p>`, true)
    .addRaw(`<pre>${escapeHtml(`${at}${error.message}`)}</pre>`, true);
}

/** The files a bump changes, one diff each (`git diff` split at its file headers). */
export function splitDiff(diff: string): { file: string; diff: string }[] {
  return diff
    .split(/^(?=diff --git )/m)
    .filter((part) => part.startsWith('diff --git '))
    .map((part) => ({
      file: /^\+\+\+ b\/(.*)$/m.exec(part)?.[1] ?? /^diff --git a\/(.*?) b\//.exec(part)![1]!,
      diff: part.trimEnd(),
    }));
}

export function addBumpSummary(
  summary: typeof core.summary,
  bump: { previous: string; version: string; tag: string; diff: string },
  dryRun: boolean,
): void {
  summary.addHeading(
    `Bump ${summaryText(bump.previous)} → ${summaryText(bump.version)}, tag ${summaryText(bump.tag)}${dryRun ? ' (dry run: nothing was committed or pushed)' : ': committed and tagged, pushed once the release checks pass'}`,
    2,
  );
  const files = splitDiff(bump.diff);
  if (files.length === 0) summary.addRaw('<p>No file changes; only the tag.</p>', true);
  for (const file of files) {
    summary
      .addHeading(summaryText(file.file), 3)
      .addRaw(`<pre lang="diff"><code>${escapeHtml(file.diff)}</code></pre>`, true);
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
};

/**
 * Text for the step summary's HTML, shown as written: never markup (`<a>`, `<img>`, an attribute
 * ended by a quote) and never Markdown (a `|` or a backtick). Line breaks are kept: for `<pre>`,
 * which Markdown leaves alone up to `</pre>`.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'|`]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Text for a heading, a table cell or a list item: escaped, its line breaks `<br>`. A blank line
 * would end the HTML block the summary writes, and GitHub would read what follows as Markdown.
 */
export function summaryText(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

/** The check as plain text for a terminal. */
export function renderCheckText(result: CheckResult): string {
  const header = ['source', 'value', 'file', ''];
  const body = result.rows.map((row) => [row.source, row.value, place(row), MARK[`${row.ok}`]]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((cells) => cells[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const lines = [line(header), ...body.map(line), ''];
  for (const finding of result.findings) lines.push(renderFindingText(finding));
  lines.push(
    !result.ok
      ? '✗ version check failed'
      : result.version === undefined
        ? '✓ passed (the version is set by the tag or the build)'
        : `✓ version ${result.version} is consistent`,
  );
  return lines.join('\n');
}

export function renderFindingText(finding: Finding): string {
  const at = finding.location
    ? `${finding.location.file}${finding.location.line ? `:${finding.location.line}` : ''}${finding.location.column ? `:${finding.location.column}` : ''}: `
    : '';
  return `${at}${finding.level}: ${finding.title}: ${finding.message}`;
}

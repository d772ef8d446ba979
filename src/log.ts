// Printing text that pyrelease did not write (versions and changelog lines from the repository,
// tool output, diffs) so the runner reads none of it as a workflow command. The runner acts on a
// line that starts with `::` after leading spaces (`::add-mask::`, `::set-output …`,
// `::stop-commands::`) and on the legacy `##[command]` anywhere in a line. Such text is printed
// between `::stop-commands::<token>` and `::<token>::`, with a token nobody can guess, so it
// shows in the log as written and does nothing.
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { EOL } from 'node:os';

// The runner trims a line with .NET's TrimStart, whose white space includes U+0085 (NEL), which
// JavaScript's trimStart keeps; the union of both is trimmed here (U+FEFF is JavaScript's only).
const LEADING_SPACE = /^[\s\u0085]+/;

/** Whether the runner could read a line of `text` as a workflow command. */
export function looksLikeCommand(text: string): boolean {
  return text
    .split(/\r\n|\r|\n/)
    .some((line) => line.replace(LEADING_SPACE, '').startsWith('::') || line.includes('##['));
}

/** The text wrapped so the runner executes none of it; unchanged when nothing in it could. */
export function inert(text: string, token = randomBytes(16).toString('hex')): string {
  if (!looksLikeCommand(text)) return text;
  return `::stop-commands::${token}${EOL}${text}${EOL}::${token}::`;
}

/** core.info for untrusted text: one write, so nothing pyrelease prints lands inside the pause. */
export function info(text: string): void {
  core.info(inert(text));
}

/** A value as it can be shown on one line: quoted and escaped when it holds control characters. */
export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(value) ? JSON.stringify(value) : value;
}

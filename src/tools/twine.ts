// twine: `check --strict` on the artifacts (judged by twine-verdict.ts), and uploads with credentials in the environment.
import * as log from '../log.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { UserError } from '../errors.js';
import { childEnvironment } from './child-env.js';
import { outputTail, outsideWorkspaceDir, runCommand, showCommand } from './run.js';
import { judgeTwineCheck, unreadableMetadataVersion, withoutColour } from './twine-verdict.js';

export function twineCheckArgs(files: readonly string[]): string[] {
  return ['check', '--strict', ...files];
}

/**
 * With attestation files, `--attestations` (twine ≥ 5.1) attaches each `<dist>.*.attestation`
 * to its dist; twine finds them only among the files it is given, so they are listed too.
 */
export function twineUploadArgs(
  uploadUrl: string,
  files: readonly string[],
  attestations: readonly string[] = [],
): string[] {
  return [
    'upload',
    '--non-interactive',
    '--disable-progress-bar',
    ...(attestations.length > 0 ? ['--attestations'] : []),
    '--repository-url',
    uploadUrl,
    ...files,
    ...attestations,
  ];
}

/** Credentials for twine: never on the command line. */
export function twineEnvironment(username: string, password: string): Record<string, string> {
  return { TWINE_USERNAME: username, TWINE_PASSWORD: password, TWINE_NON_INTERACTIVE: '1' };
}

/** How twine is started: `twine`, `python -m twine` or `uv tool run twine`. */
export interface TwineCommand {
  readonly command: string;
  readonly baseArgs: readonly string[];
  /** Where it was found, in a few words for the summary. */
  readonly how?: string;
}

export interface TwineCheckResult {
  /** The command line, as a shell user would type it. */
  readonly shown: string;
  /** Files that passed but declare no content type: PyPI renders them as reStructuredText. */
  readonly defaultedToRst: readonly string[];
}

export async function twineCheck(
  twine: TwineCommand,
  files: readonly string[],
): Promise<TwineCheckResult> {
  const args = [...twine.baseArgs, ...twineCheckArgs(files)];
  const result = await runCommand(twine.command, args, { outsideWorkspace: true });
  const output = `${result.stdout}\n${result.stderr}`;
  const verdict = judgeTwineCheck(result.exitCode, output, files);
  const unread = verdict.ok ? undefined : unreadableMetadataVersion(output);
  if (unread) throw uploaderTooOld(twine, unread, withoutColour(outputTail(result)));
  if (!verdict.ok) {
    throw new UserError(
      `twine check --strict found problems in the package metadata (the long description is what PyPI renders):\n${withoutColour(outputTail(result))}\nFix what it names in the package metadata (usually the readme or its content type), rebuild, and release again.`,
      'twine check failed',
    );
  }
  return { shown: showCommand(twine.command, args), defaultedToRst: verdict.defaultedToRst };
}

/** twine cannot read the files' Metadata-Version: the uploader is too old, the metadata is fine. */
function uploaderTooOld(
  twine: TwineCommand,
  unread: { readonly upTo: string | undefined; readonly found: string | undefined },
  tail: string,
): UserError {
  const reads = unread.upTo ? `reads Metadata-Version up to ${unread.upTo}` : 'cannot read';
  const files = unread.found ? `these files are ${unread.found}` : 'these files are newer';
  return new UserError(
    `twine (${twine.how ?? twine.command}) ${reads}; ${files}:\n${tail}\nThe metadata is fine: the uploader is too old to read it, and would fail on upload too. Upgrade twine (pip install -U "twine>=7", which reads up to 2.5), or take it off PATH so pyrelease installs one that does; nothing needs rebuilding, and the tag can be released again as it is.`,
    'Uploader too old for the metadata',
  );
}

/** `twine --version` as printed (`twine version 6.1.0 (…)`), or '' when twine does not answer. */
export async function twineVersionOutput(twine: TwineCommand): Promise<string> {
  const result = await runCommand(twine.command, [...twine.baseArgs, '--version'], {
    outsideWorkspace: true,
  });
  return result.exitCode === 0 ? `${result.stdout}\n${result.stderr}` : '';
}

export interface UploadAttempt {
  readonly ok: boolean;
  /** The tail of twine's output, for messages. */
  readonly output: string;
  /** twine was stopped at the upload's deadline (a server that stalls or never answers). */
  readonly timedOut: boolean;
}

/** When an upload is stopped, and the rule that set it, for the message. */
export interface UploadDeadline {
  readonly ms: number;
  readonly rule?: string;
}

/** Without a deadline of the caller's: a hung server is stopped after this. */
export const UPLOAD_TIMEOUT_MS = 15 * 60_000;

/** After the kill, how long the process may take to close its output before it is left. */
const KILL_GRACE_MS = 5000;

/**
 * Stops the upload's whole process group (`uv tool run twine` starts twine as a child of its
 * own); where there are no process groups (Windows), the process itself.
 */
function killUpload(child: ChildProcess): void {
  try {
    if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function stoppedMessage(deadline: UploadDeadline): string {
  const rule = deadline.rule ? ` (its deadline: ${deadline.rule})` : '';
  return `twine was stopped: the upload did not end within ${Math.round(deadline.ms / 1000)} s${rule}.`;
}

/** Runs one upload to its end or its deadline; the outcome is resolved, never thrown. */
function runUpload(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  deadline: UploadDeadline,
): Promise<UploadAttempt> {
  return new Promise((resolve) => {
    // Its own process group, so the deadline stops every process the upload started.
    const child = spawn(command, args, {
      ...options,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    let settled = false;
    let grace: NodeJS.Timeout | undefined;
    const finish = (ok: boolean, extra = '') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      const tail = `${output}${extra}`.trim().split('\n').slice(-25).join('\n');
      resolve({
        ok: ok && !timedOut,
        output: timedOut ? `${tail}\n${stoppedMessage(deadline)}`.trim() : tail,
        timedOut,
      });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killUpload(child);
      // A process that escaped the group may hold the pipes open: not waited for.
      grace = setTimeout(() => finish(false), KILL_GRACE_MS);
    }, deadline.ms);
    child.on('error', (error) => finish(false, `\n${error.message}`));
    child.on('close', (code) => finish(code === 0));
  });
}

/**
 * Uploads one file, stopped at its deadline. The outcome is returned, not thrown: the caller
 * asks the index what it has before deciding whether the upload failed.
 */
export async function twineUploadFile(
  twine: TwineCommand,
  uploadUrl: string,
  file: string,
  credentials: { username: string; password: string },
  attestations: readonly string[] = [],
  deadline: UploadDeadline = { ms: UPLOAD_TIMEOUT_MS },
): Promise<UploadAttempt> {
  const args = [...twine.baseArgs, ...twineUploadArgs(uploadUrl, [file], attestations)];
  log.debug(`run: ${showCommand(twine.command, args)}`);
  // Outside the workspace and in safe-path mode, as runCommand's outsideWorkspace: a twine.py
  // committed at the repository's root is never imported with the token in the environment.
  const cwd = await outsideWorkspaceDir();
  // Its token is its own: given to this process only, beside what every command gets.
  const env = childEnvironment(process.env, {
    ...twineEnvironment(credentials.username, credentials.password),
    PYTHONSAFEPATH: '1',
  });
  delete env.PYTHONPATH;
  return runUpload(twine.command, args, { cwd, env }, deadline);
}

/** Words for a failed upload, with the likely cause. */
export function describeUploadFailure(indexLabel: string, output: string): string {
  const hint = /\b403\b|invalid or non-existent authentication|Invalid API Token/i.test(output)
    ? ' The token was refused: check that pypi-token is an API token for this project (or that trusted publishing is configured).'
    : /File already exists|\b409\b/i.test(output)
      ? ' A file of that name already exists on the index with other content; release a new version.'
      : '';
  return `Upload to ${indexLabel} failed:\n${output}\n${hint}`.trim();
}

/** twine's output says the index or the connection failed, not the request itself. */
export function isTransientUploadFailure(output: string, timedOut: boolean): boolean {
  return (
    timedOut ||
    /\b(?:5\d\d|429) [A-Z]|ConnectionError|Connection aborted|RemoteDisconnected|ConnectionResetError|Read timed out|Max retries exceeded|BrokenPipe/i.test(
      output,
    )
  );
}

/** The index refused the token because it expired (trusted publishing tokens live 15 minutes). */
export function isExpiredTokenRefusal(output: string): boolean {
  return /\b403\b/.test(output) && /expired|invalid (?:api )?token/i.test(output);
}

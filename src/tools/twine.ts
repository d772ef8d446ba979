// twine: `check --strict` on the artifacts (judged by twine-verdict.ts), and uploads with credentials in the environment.
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { UserError } from '../errors.js';
import { outputTail, outsideWorkspaceDir, runCommand, showCommand } from './run.js';
import { judgeTwineCheck, unreadableMetadataVersion } from './twine-verdict.js';

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
  if (unread) throw uploaderTooOld(twine, unread, outputTail(result));
  if (!verdict.ok) {
    throw new UserError(
      `twine check --strict found problems in the package metadata (the long description is what PyPI renders):\n${outputTail(result)}\nFix what it names in the package metadata (usually the readme or its content type), rebuild, and release again.`,
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
  /** twine was stopped after the upload timeout (a server that never answers). */
  readonly timedOut: boolean;
}

/** Per file: a large wheel over a slow link takes minutes; a hung server is stopped. */
export const UPLOAD_TIMEOUT_MS = 15 * 60_000;

function uploadTimeout(): number {
  const fromEnv = Number(process.env.PYRELEASE_UPLOAD_TIMEOUT_MS);
  return fromEnv > 0 ? fromEnv : UPLOAD_TIMEOUT_MS;
}

/**
 * Uploads one file. The outcome is returned, not thrown: the caller asks the index what it has
 * before deciding whether the upload failed.
 */
export async function twineUploadFile(
  twine: TwineCommand,
  uploadUrl: string,
  file: string,
  credentials: { username: string; password: string },
  attestations: readonly string[] = [],
): Promise<UploadAttempt> {
  const args = [...twine.baseArgs, ...twineUploadArgs(uploadUrl, [file], attestations)];
  const timeoutMs = uploadTimeout();
  core.debug(`run: ${showCommand(twine.command, args)}`);
  // Outside the workspace and in safe-path mode, as runCommand's outsideWorkspace: a twine.py
  // committed at the repository's root is never imported with the token in the environment.
  const cwd = await outsideWorkspaceDir();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...twineEnvironment(credentials.username, credentials.password),
    PYTHONSAFEPATH: '1',
  };
  delete env.PYTHONPATH;
  return new Promise((resolve) => {
    const child = spawn(twine.command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const finish = (ok: boolean, extra = '') => {
      clearTimeout(timer);
      const tail = `${output}${extra}`.trim().split('\n').slice(-25).join('\n');
      resolve({
        ok: ok && !timedOut,
        output: timedOut
          ? `${tail}\ntwine was stopped: no answer within ${Math.round(timeoutMs / 1000)} s.`.trim()
          : tail,
        timedOut,
      });
    };
    child.on('error', (error) => finish(false, `\n${error.message}`));
    child.on('close', (code) => finish(code === 0));
  });
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

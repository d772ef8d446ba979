// Runs an external command with an argument array and captured output. Inside a pipeline step
// the command and its output go to that step's log group; elsewhere they stay out of the log
// unless debug logging is on (then printed inert). A failure carries the output's tail.
import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import * as log from '../log.js';
import { recordOutput, seconds } from '../pipeline.js';

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
}

export interface CommandOptions {
  readonly cwd?: string;
  /** Added to the inherited environment; tokens go here, never into args. */
  readonly env?: Record<string, string>;
  /** false: `env` is the whole environment (for commands that must not see the action's secrets). */
  readonly inheritEnv?: boolean;
  /**
   * Runs in an empty folder outside the workspace, with Python's safe-path mode
   * (PYTHONSAFEPATH, `-P`, on 3.11+) and without PYTHONPATH: `python -m twine` then imports
   * twine, never a `twine.py` committed at the repository's root. For pip, twine and probes.
   */
  readonly outsideWorkspace?: boolean;
}

let outsideDir: Promise<string> | undefined;

/** An empty folder of this run's own, outside the workspace. */
export function outsideWorkspaceDir(): Promise<string> {
  outsideDir ??= mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-tools-'));
  return outsideDir;
}

function environment(options: CommandOptions): Record<string, string> | undefined {
  const base =
    options.inheritEnv === false
      ? { ...options.env }
      : options.env || options.outsideWorkspace
        ? { ...(process.env as Record<string, string>), ...options.env }
        : undefined;
  if (!options.outsideWorkspace || !base) return base;
  const env: Record<string, string> = { ...base, PYTHONSAFEPATH: '1' };
  delete env.PYTHONPATH;
  return env;
}

/**
 * What to tell the user when `command` cannot be started at all: the input that names it.
 */
export function missingToolHint(command: string): string {
  const name = path.win32.basename(path.posix.basename(command)).toLowerCase();
  if (/^(python|py)[\d.]*(\.exe)?$/.test(name)) {
    return 'Set the python input to a Python interpreter (in a workflow, run actions/setup-python before this step; from the command line, pass --python PATH).';
  }
  if (/^uvx?(\.exe)?$/.test(name)) {
    return 'Install uv before this step (astral-sh/setup-uv) or set uv-version, or set builder: build (--builder build from the command line).';
  }
  if (/^twine(\.exe)?$/.test(name)) {
    return 'Install twine before this step (pip install twine), or set the python input to a Python that has it.';
  }
  return `Install ${command}, or put it on PATH.`;
}

export async function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandResult> {
  const started = Date.now();
  log.debug(`run: ${[command, ...args].map((arg) => JSON.stringify(arg)).join(' ')}`);
  const result = await getExecOutput(command, [...args], {
    cwd: options.outsideWorkspace ? await outsideWorkspaceDir() : options.cwd,
    env: environment(options),
    // Never streamed: a tool's output is the project's text, printed inert below in debug.
    silent: true,
    ignoreReturnCode: true,
  }).catch((error: unknown) => {
    // Not found, or not executable: say which input names it, not a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      `${command} could not be started (${reason.replace(/\.$/, '')}). ${missingToolHint(command)}`,
      `${path.basename(command)} not found`,
    );
  });
  // The full command and its output go to the running step's log group (printed inert).
  const output = `${result.stdout}${result.stderr}`.trimEnd();
  const recorded = recordOutput(
    `$ ${showCommand(command, args)}\n${output ? `${output}\n` : ''}(exit code ${result.exitCode}, ${seconds(Date.now() - started)})`,
  );
  if (!recorded && core.isDebug() && output) log.info(output);
  return {
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    durationMs: Date.now() - started,
  };
}

/** The last lines of a command's output, for error messages. */
export function outputTail(result: CommandResult, lines = 25): string {
  const text = `${result.stdout}\n${result.stderr}`.trim().split('\n');
  return text.slice(-lines).join('\n');
}

/** Shows a command line the way a shell user would type it (for logs and dry runs only). */
export function showCommand(command: string, args: readonly string[]): string {
  return [command, ...args]
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

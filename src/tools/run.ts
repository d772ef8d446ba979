// Runs an external command with an argument array and captured output. Inside a pipeline step
// the command and each line of its output go to that step's log as they come, stdout and stderr
// in the order they arrive; elsewhere they stay out of the log unless debug logging is on (then
// printed inert when it ends). A failure carries the output's tail.
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import * as log from '../log.js';
import { recordOutput, seconds } from '../pipeline.js';
import { childEnvironment } from './child-env.js';
import { option, setting, theOption } from '../vocabulary/index.js';
import { choosePython, installTwine, installUv } from './install-advice.js';

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
}

export interface CommandOptions {
  readonly cwd?: string;
  /** Added to the environment; tokens go here, never into args. */
  readonly env?: Record<string, string>;
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

/** Every command's environment: pyrelease's own without what no child is given (child-env.ts). */
function environment(options: CommandOptions): Record<string, string> {
  const base = childEnvironment(process.env, options.env);
  // Python writes each line as it prints it, not a block at exit, so the log follows the tool.
  const env: Record<string, string> = { ...base, PYTHONUNBUFFERED: '1' };
  if (!options.outsideWorkspace) return env;
  delete env.PYTHONPATH;
  return { ...env, PYTHONSAFEPATH: '1' };
}

/** Calls `line` for each whole line of a stream's text; `end` gives the unfinished last one. */
function lineSplitter(line: (text: string) => void) {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  // A progress bar redraws its line with \r: the log keeps what a terminal would show last.
  const emit = (text: string) => line(text.slice(text.lastIndexOf('\r') + 1));
  return {
    write(chunk: Buffer) {
      const parts = (partial + decoder.write(chunk)).split('\n');
      partial = parts.pop()!;
      parts.forEach(emit);
    },
    end() {
      const rest = partial + decoder.end();
      if (rest) emit(rest);
    },
  };
}

interface Spawned {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command; `line` hears each line of stdout and stderr in the order they arrive. */
function spawnCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env: Record<string, string> },
  line: (text: string) => void,
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    // No stdin: a tool that asks a question gets an end of input, never a wait.
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
    const lines = { stdout: lineSplitter(line), stderr: lineSplitter(line) };
    for (const name of ['stdout', 'stderr'] as const) {
      child[name].on('data', (chunk: Buffer) => {
        chunks[name].push(chunk);
        lines[name].write(chunk);
      });
    }
    child.on('error', reject);
    child.on('close', (code) => {
      lines.stdout.end();
      lines.stderr.end();
      resolve({
        exitCode: code ?? 1,
        stdout: Buffer.concat(chunks.stdout).toString('utf8'),
        stderr: Buffer.concat(chunks.stderr).toString('utf8'),
      });
    });
  });
}

/**
 * What to tell the user when `command` cannot be started at all: the input that names it.
 */
export function missingToolHint(command: string): string {
  const name = path.win32.basename(path.posix.basename(command)).toLowerCase();
  if (/^(python|py)[\d.]*(\.exe)?$/.test(name)) {
    return `${choosePython()}.`;
  }
  if (/^uvx?(\.exe)?$/.test(name)) {
    return `${installUv()}, or name a uv release in ${option('builder')} (${setting('builder', 'uv@0.12.16')}), or set ${setting('builder', 'build')}.`;
  }
  if (/^twine(\.exe)?$/.test(name)) {
    return `${installTwine('python3')}, or set ${theOption('python')} to a Python that has it.`;
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
  // The full command and its output go to the running step's log (printed inert) as they come.
  const inStep = recordOutput(`$ ${showCommand(command, args)}`);
  const result = await spawnCommand(
    command,
    args,
    {
      cwd: options.outsideWorkspace ? await outsideWorkspaceDir() : options.cwd,
      env: environment(options),
    },
    (line) => void (inStep && recordOutput(line)),
  ).catch((error: unknown) => {
    // Not found, or not executable: say which input names it, not a stack trace.
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'not found' : code === 'EACCES' ? 'not executable' : message;
    if (inStep) recordOutput(`(could not be started: ${reason})`);
    throw new UserError(
      `${command} could not be started (${reason.replace(/\.$/, '')}). ${missingToolHint(command)}`,
      `${path.basename(command)} not found`,
    );
  });
  if (inStep) recordOutput(`(exit code ${result.exitCode}, ${seconds(Date.now() - started)})`);
  const output = `${result.stdout}${result.stderr}`.trimEnd();
  if (!inStep && core.isDebug() && output) log.info(output);
  return { ...result, durationMs: Date.now() - started };
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

// Runs an external command with an argument array and captured output. Output stays out of the
// log unless the command fails (or debug logging is on); a failure carries the output's tail.
import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';

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
}

export async function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandResult> {
  const started = Date.now();
  core.debug(`run: ${[command, ...args].map((arg) => JSON.stringify(arg)).join(' ')}`);
  const result = await getExecOutput(command, [...args], {
    cwd: options.cwd,
    env:
      options.inheritEnv === false
        ? { ...options.env }
        : options.env
          ? { ...(process.env as Record<string, string>), ...options.env }
          : undefined,
    silent: !core.isDebug(),
    ignoreReturnCode: true,
  });
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

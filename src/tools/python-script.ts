// Runs a Python program from a file of its own. A program passed with `-c` loses its newlines
// when the interpreter is a Windows `.cmd` shim (pyenv-win, some tool caches); a file keeps them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCommand, type CommandOptions, type CommandResult } from './run.js';

/**
 * `python <file> …args`, the file in a folder holding nothing else (Python < 3.11 puts a
 * script's folder on sys.path), removed afterwards.
 */
export async function runPythonScript(
  python: string,
  program: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandResult> {
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-py-'));
  const file = path.join(dir, 'pyrelease_program.py');
  try {
    await writeFile(file, program, 'utf8');
    return await runCommand(python, [file, ...args], options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Runs the bundled command line as a maintainer does: `node dist/cli.js …`.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './action.js';

export const CLI = path.join(ROOT, 'dist/cli.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `file args…` and returns its exit code and output, failing or not. */
export async function runFile(file: string, args: string[], cwd: string): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

export function cli(args: string[], cwd = ROOT): Promise<CliRun> {
  return runFile(process.execPath, [CLI, ...args], cwd);
}

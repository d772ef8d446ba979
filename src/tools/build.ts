// Builds the sdist and wheel from a clean tree: `rm -rf dist/ build/ *.egg-info` first, as the
// release guide does (a dry run instead builds into a fresh folder), then `uv build` or
// `python -m build`.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { pythonBuildArgs } from './python-build.js';
import { outputTail, runCommand, showCommand } from './run.js';
import { uvBuildArgs } from './uv-args.js';
import { setting } from '../vocabulary/index.js';

export interface BuildOptions {
  readonly builder: 'uv' | 'build';
  readonly python: string;
  readonly uvPath?: string;
  readonly projectDir: string;
  readonly outDir: string;
  readonly isolation: boolean;
  /**
   * Empty dist/, build/ and *.egg-info first. false for a dry run, which builds into a fresh
   * folder and deletes nothing of the user's.
   */
  readonly clean?: boolean;
  /** Added to the environment, e.g. SOURCE_DATE_EPOCH for reproducible archives. */
  readonly env?: Record<string, string>;
}

export interface BuildResult {
  readonly command: string[];
  readonly durationMs: number;
}

export async function cleanBuildOutputs(projectDir: string, outDir: string): Promise<void> {
  const names = await readdir(projectDir).catch(() => [] as string[]);
  await Promise.all([
    rm(outDir, { recursive: true, force: true }),
    rm(path.join(projectDir, 'build'), { recursive: true, force: true }),
    ...names
      .filter((name) => name.endsWith('.egg-info'))
      .map((name) => rm(path.join(projectDir, name), { recursive: true, force: true })),
  ]);
}

export function buildCommand(options: BuildOptions): string[] {
  const where = {
    outDir: options.outDir,
    isolation: options.isolation,
    projectDir: options.projectDir,
  };
  if (options.builder === 'uv') {
    if (!options.uvPath)
      throw new UserError(
        `${setting('builder', 'uv')} needs uv; it was not found or installed.`,
        'uv missing',
      );
    // The chosen Python, not whichever uv would find (or download): without isolation it is the
    // one that holds the backend.
    return [options.uvPath, ...uvBuildArgs({ ...where, python: options.python })];
  }
  return [options.python, ...pythonBuildArgs(where)];
}

export async function buildDist(options: BuildOptions): Promise<BuildResult> {
  const [command, ...args] = buildCommand(options);
  if (options.clean !== false) await cleanBuildOutputs(options.projectDir, options.outDir);
  const result = await runCommand(command!, args, {
    cwd: options.projectDir,
    env: options.env,
  });
  if (result.exitCode !== 0) {
    const tail = outputTail(result);
    const hint = /No module named build\b/.test(tail)
      ? `${options.python} has no \`build\` module: install it (${options.python} -m pip install build), or use ${setting('builder', 'uv')}.`
      : options.isolation
        ? 'Run the same command locally to see the whole output.'
        : `With ${setting('build-isolation', 'false')} the build backend must already be installed in that Python.`;
    throw new UserError(
      `${showCommand(command!, args)} exited ${result.exitCode}; the last lines of its output:\n${tail}\n${hint}`,
      'Build failed',
    );
  }
  return { command: [command!, ...args], durationMs: result.durationMs };
}

// The builder on a laptop, where no workflow installed one: uv when it is on PATH, else
// `python -m build` from the first Python that has it (the active virtual environment's, then
// python3, then python), else uv downloaded as the action downloads it. When none works, one
// message gives the one command that fixes it.
import { which } from '@actions/io';
import { UserError } from '../errors.js';
import { loadUvSetup, runCommand, showCommand, venvExecutable } from '../tools/index.js';
import type { Platform } from '../tools/index.js';

export type BuilderChoice =
  | { readonly builder: 'uv'; readonly download: boolean }
  | { readonly builder: 'build'; readonly python: string }
  | { readonly builder: 'none' };

/** The Pythons to ask for `build`, in order: --python alone when it is given. */
export function pythonCandidates(
  given: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: Platform = process.platform,
): string[] {
  if (given) return [given];
  const venv = env.VIRTUAL_ENV ? [venvExecutable(env.VIRTUAL_ENV, 'python', platform)] : [];
  return [...venv, ...(platform === 'win32' ? ['python'] : ['python3', 'python'])];
}

/** Pure: what builds, from what was asked for and what is here. */
export function chooseBuilder(
  asked: 'uv' | 'build' | undefined,
  found: { readonly uvOnPath: boolean; readonly buildPython: string | undefined },
): BuilderChoice {
  if (asked === 'uv') return { builder: 'uv', download: !found.uvOnPath };
  if (asked === undefined && found.uvOnPath) return { builder: 'uv', download: false };
  if (found.buildPython) return { builder: 'build', python: found.buildPython };
  return asked === 'build' ? { builder: 'none' } : { builder: 'uv', download: true };
}

/** The one command that gives this machine a builder. */
export function fixCommand(env: NodeJS.ProcessEnv, platform: Platform = process.platform): string {
  if (env.VIRTUAL_ENV) {
    const python = venvExecutable(env.VIRTUAL_ENV, 'python', platform);
    return showCommand(python, ['-m', 'pip', 'install', 'build']);
  }
  return platform === 'win32'
    ? 'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"'
    : 'curl -LsSf https://astral.sh/uv/install.sh | sh';
}

async function hasBuild(python: string): Promise<boolean> {
  try {
    const probe = await runCommand(python, ['-c', 'import build'], { outsideWorkspace: true });
    return probe.exitCode === 0;
  } catch {
    return false; // not found: the next one
  }
}

async function firstWithBuild(candidates: readonly string[]): Promise<string | undefined> {
  for (const python of candidates) if (await hasBuild(python)) return python;
  return undefined;
}

function neither(tried: readonly string[], why: string, env: NodeJS.ProcessEnv): UserError {
  return new UserError(
    `pyrelease builds with uv or with Python's build module, and found neither: ${why}, and no Python has the build module (asked ${tried.join(', ')}). To fix it, run:\n    ${fixCommand(env)}`,
    'Nothing to build with',
  );
}

/** The cause at the end of a download failure's first sentence (the host name could not be resolved). */
function cause(message: string): string {
  const first = message.split(/\.\s/)[0]!;
  return /: ([^:]+?)\)*$/.exec(first)?.[1] ?? first;
}

/** Downloads uv as the action does (into the tool cache) and puts it first on PATH. */
async function downloadUv(version: string | undefined): Promise<void> {
  const { DEFAULT_UV_VERSION, resolveUv } = await loadUvSetup();
  const uv = await resolveUv({ version: version || DEFAULT_UV_VERSION });
  process.env.PATH = [uv.path.replace(/[\\/][^\\/]+$/, ''), process.env.PATH].join(
    process.platform === 'win32' ? ';' : ':',
  );
}

/**
 * The builder and Python a local run uses when the command line does not say. Returns the
 * inputs to set (builder, python).
 */
export async function laptopBuilder(
  asked: { builder?: string; python?: string; uvVersion?: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ builder?: string; python?: string }> {
  const builder = asked.builder === 'uv' || asked.builder === 'build' ? asked.builder : undefined;
  if (asked.builder !== undefined && builder === undefined) return {}; // refused with the inputs
  const uvOnPath = builder !== 'build' && (await which('uv', false)) !== '';
  const tried = pythonCandidates(asked.python, env);
  const needPython = builder === 'build' || !uvOnPath;
  const buildPython = needPython ? await firstWithBuild(tried) : undefined;
  const choice = chooseBuilder(builder, { uvOnPath, buildPython });
  if (choice.builder === 'build') return { builder: 'build', python: choice.python };
  if (choice.builder === 'none') {
    throw new UserError(
      `--builder build needs Python's build module, and ${tried.join(', ')} ${tried.length === 1 ? 'has' : 'have'} none. To fix it, run:\n    ${showCommand(tried[0]!, ['-m', 'pip', 'install', 'build'])}`,
      'No build module',
    );
  }
  if (choice.download) {
    try {
      await downloadUv(asked.uvVersion);
    } catch (error) {
      if (!(error instanceof UserError) || builder === 'uv') throw error;
      throw neither(
        tried,
        `uv is not on PATH and downloading it failed (${cause(error.message)})`,
        env,
      );
    }
  }
  return { builder: 'uv' };
}

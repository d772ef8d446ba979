// Finds twine: on PATH, as a module of the chosen Python, through uv, or installed into a venv of
// its own (GitHub's runners have Python but not twine).
import * as log from '../log.js';
import { which } from '@actions/io';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { venvExecutable } from './platform.js';
import { outputTail, runCommand } from './run.js';
import { installTwine } from './install-advice.js';
import type { TwineCommand } from './twine.js';
import { theOption } from '../vocabulary/index.js';

/**
 * The twine release installed when none is present: 7 reads Metadata-Version 2.5 (6.1 and 6.2
 * stop at 2.4), which current hatchling and uv_build write.
 */
export const TWINE_REQUIREMENT = 'twine>=7,<8';

export async function findTwine(python: string, uvPath: string | undefined): Promise<TwineCommand> {
  const onPath = await which('twine', false);
  if (onPath) return { command: onPath, baseArgs: [], how: 'twine on PATH' };
  const probe = await runCommand(python, ['-m', 'twine', '--version'], { outsideWorkspace: true });
  if (probe.exitCode === 0)
    return { command: python, baseArgs: ['-m', 'twine'], how: 'python -m twine' };
  if (uvPath)
    return {
      command: uvPath,
      baseArgs: ['tool', 'run', '--from', TWINE_REQUIREMENT, 'twine'],
      how: `uv tool run ${TWINE_REQUIREMENT}`,
    };

  log.info(
    `twine not found; installing ${TWINE_REQUIREMENT} into a virtual environment of its own.`,
  );
  const venv = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-twine-'));
  const created = await runCommand(python, ['-m', 'venv', venv], { outsideWorkspace: true });
  const installed =
    created.exitCode === 0
      ? await runCommand(
          venvExecutable(venv, 'python'),
          ['-m', 'pip', 'install', '--quiet', TWINE_REQUIREMENT],
          { outsideWorkspace: true },
        )
      : created;
  if (installed.exitCode !== 0) {
    throw new UserError(
      `twine is not installed and could not be installed with ${python}:\n${outputTail(installed)}\n${installTwine(python)}, put it on PATH, or set ${theOption('python')} to a Python that has it.`,
      'twine not available',
    );
  }
  return {
    command: venvExecutable(venv, 'twine'),
    baseArgs: [],
    how: `${TWINE_REQUIREMENT} installed in a venv of its own`,
  };
}

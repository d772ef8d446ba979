// towncrier, for the bump of a project that writes its changelog with it: `towncrier build`
// renders the news fragments into the changelog file for the new version (and removes the
// fragments with git), or with --draft prints what it would write.
import { which } from '@actions/io';
import { UserError } from '../errors.js';
import { outputTail, runCommand, showCommand } from '../tools/index.js';

async function towncrierCommand(python: string): Promise<{ command: string; args: string[] }> {
  const onPath = await which('towncrier', false);
  if (onPath) return { command: onPath, args: [] };
  const probe = await runCommand(python, ['-m', 'towncrier', '--version']);
  if (probe.exitCode === 0) return { command: python, args: ['-m', 'towncrier'] };
  throw new UserError(
    `This project writes its changelog with towncrier, which is not installed here (not on PATH, not a module of ${python}). Install it before the bump (pip install towncrier), or run \`towncrier build --version X\` yourself and commit the result.`,
    'towncrier not available',
  );
}

/**
 * Runs `towncrier build --version <version>` in the project directory: `--yes` writes the
 * changelog and removes the fragments, `--draft` only prints the section (a dry run).
 */
export async function towncrierBuild(
  cwd: string,
  version: string,
  options: { readonly python: string; readonly draft: boolean; readonly file: string },
): Promise<string> {
  const { command, args } = await towncrierCommand(options.python);
  const full = [...args, 'build', options.draft ? '--draft' : '--yes', '--version', version];
  const result = await runCommand(command, full, { cwd });
  if (result.exitCode !== 0) {
    throw new UserError(
      `\`${showCommand('towncrier', full.slice(args.length))}\` failed:\n${outputTail(result)}\nFix the news fragments or the [tool.towncrier] configuration, then run the bump again. Nothing was committed.`,
      'towncrier build failed',
      { file: options.file },
    );
  }
  return result.stdout;
}

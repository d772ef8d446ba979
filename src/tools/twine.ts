// twine: `check --strict` on the artifacts, and uploads with credentials in the environment.
import { UserError } from '../errors.js';
import { outputTail, runCommand, showCommand } from './run.js';

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
export function twineEnvironment(token: string): Record<string, string> {
  return { TWINE_USERNAME: '__token__', TWINE_PASSWORD: token, TWINE_NON_INTERACTIVE: '1' };
}

/** How twine is started: `twine`, `python -m twine` or `uv tool run twine`. */
export interface TwineCommand {
  readonly command: string;
  readonly baseArgs: readonly string[];
}

export async function twineCheck(twine: TwineCommand, files: readonly string[]): Promise<string> {
  const args = [...twine.baseArgs, ...twineCheckArgs(files)];
  const result = await runCommand(twine.command, args);
  if (result.exitCode !== 0) {
    throw new UserError(
      `twine check --strict found problems in the package metadata (the long description is what PyPI renders):\n${outputTail(result)}\nFix the metadata (readme, content type) and tag again.`,
      'twine check failed',
    );
  }
  return showCommand(twine.command, args);
}

/** `twine --version` as printed (`twine version 6.1.0 (…)`), or '' when twine does not answer. */
export async function twineVersionOutput(twine: TwineCommand): Promise<string> {
  const result = await runCommand(twine.command, [...twine.baseArgs, '--version']);
  return result.exitCode === 0 ? `${result.stdout}\n${result.stderr}` : '';
}

export async function twineUpload(
  twine: TwineCommand,
  uploadUrl: string,
  files: readonly string[],
  token: string,
  indexLabel: string,
  attestations: readonly string[] = [],
): Promise<void> {
  const args = [...twine.baseArgs, ...twineUploadArgs(uploadUrl, files, attestations)];
  const result = await runCommand(twine.command, args, { env: twineEnvironment(token) });
  if (result.exitCode !== 0) {
    const tail = outputTail(result);
    const hint = /403|invalid or non-existent authentication|Invalid API Token/i.test(tail)
      ? ' The token was refused: check that pypi-token is an API token for this project (or that trusted publishing is configured).'
      : /File already exists/i.test(tail)
        ? ' A file of that name already exists on the index with other content; release a new version.'
        : '';
    throw new UserError(
      `Upload to ${indexLabel} failed:\n${tail}\n${hint}`.trim(),
      'Upload failed',
    );
  }
}

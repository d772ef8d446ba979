// Command lines for the `build` builder and for pip inside a virtual environment. Pure.
import { pathArg } from './args.js';

export interface BuildArgsOptions {
  readonly outDir: string;
  readonly isolation: boolean;
  readonly projectDir: string;
}

/**
 * `python -m build`: sdist and wheel both from the source tree. Without isolation it uses the
 * backend installed in that Python and checks no build requirements (no index needed).
 */
export function pythonBuildArgs(options: BuildArgsOptions): string[] {
  return [
    '-m',
    'build',
    '--sdist',
    '--wheel',
    '--outdir',
    pathArg(options.outDir),
    ...(options.isolation ? [] : ['--no-isolation', '--skip-dependency-check']),
    pathArg(options.projectDir),
  ];
}

export function venvArgs(dir: string): string[] {
  return ['-m', 'venv', pathArg(dir)];
}

/**
 * `pip install` arguments, run as `<venv python> -m pip …`. A wheel file is installed itself;
 * `indexUrl` installs a requirement from that index instead of the default one.
 */
export function pipInstallArgs(
  target: string,
  options: { noDeps?: boolean; indexUrl?: string } = {},
): string[] {
  return [
    'pip',
    'install',
    '--disable-pip-version-check',
    '--no-input',
    ...(options.noDeps ? ['--no-deps'] : []),
    ...(options.indexUrl ? ['--index-url', options.indexUrl] : []),
    pathArg(target),
  ];
}

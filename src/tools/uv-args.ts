// uv's command lines for the build and the wheel test: pure, and apart from the download code,
// so the steps that run uv do not load the HTTP client.
import { pathArg } from './args.js';

export interface UvBuildOptions {
  readonly outDir: string;
  readonly isolation: boolean;
  readonly projectDir: string;
  /** The interpreter for the build (required without isolation: it holds the backend). */
  readonly python?: string;
}

/**
 * `uv build`: sdist and wheel both from the source tree, like `python -m build --sdist --wheel`.
 * `--no-sources` ignores `[tool.uv.sources]`, so the release builds as any other frontend would
 * build it from the sdist (uv's advice before publishing).
 */
export function uvBuildArgs(options: UvBuildOptions): string[] {
  return [
    'build',
    '--sdist',
    '--wheel',
    '--no-sources',
    '--out-dir',
    pathArg(options.outDir),
    ...(options.python ? ['--python', options.python] : []),
    ...(options.isolation ? [] : ['--no-build-isolation']),
    pathArg(options.projectDir),
  ];
}

/** A fresh venv for the wheel test; with a Python named, uv uses (or fetches) that one. */
export function uvVenvArgs(venvDir: string, python?: string): string[] {
  return ['venv', '--quiet', ...(python ? ['--python', python] : []), pathArg(venvDir)];
}

/**
 * Installs the wheel file into the venv, with its dependencies: the import test needs them, and
 * resolving them from the index is what a user's install does too (so a broken requirement
 * shows here, not after the upload). `noDeps` is for machines without an index.
 */
export function uvPipInstallArgs(
  venvPython: string,
  wheelPath: string,
  options: { noDeps?: boolean; indexUrl?: string } = {},
): string[] {
  return [
    'pip',
    'install',
    '--quiet',
    '--python',
    venvPython,
    ...(options.noDeps ? ['--no-deps'] : []),
    ...(options.indexUrl ? ['--default-index', options.indexUrl] : []),
    pathArg(wheelPath),
  ];
}

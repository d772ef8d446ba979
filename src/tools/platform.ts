// Where things are on each runner: the default interpreter, a venv's executables, uv's archive.
// Pure functions of the platform they are given, so every OS is testable on any machine.
import path from 'node:path';

export type Platform = NodeJS.Platform;

/**
 * The interpreter used when the `python` input is empty: the one actions/setup-python chose
 * (it sets `pythonLocation`), else `python` on Windows (no `python3.exe` there) and `python3`
 * elsewhere.
 */
export function defaultPython(
  platform: Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const location = env.pythonLocation;
  if (location) {
    return platform === 'win32'
      ? path.win32.join(location, 'python.exe')
      : path.posix.join(location, 'bin', 'python');
  }
  return platform === 'win32' ? 'python' : 'python3';
}

/** An executable of a virtual environment: `bin/<name>`, or `Scripts\<name>.exe` on Windows. */
export function venvExecutable(
  venv: string,
  name: string,
  platform: Platform = process.platform,
): string {
  return platform === 'win32'
    ? path.win32.join(venv, 'Scripts', `${name}.exe`)
    : path.posix.join(venv, 'bin', name);
}

/** Whether this Linux uses musl (Alpine): Node's report names glibc only when it runs on it. */
export function isMusl(platform: Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  const report = process.report?.getReport() as
    { header?: { glibcVersionRuntime?: string } } | undefined;
  return !report?.header?.glibcVersionRuntime;
}

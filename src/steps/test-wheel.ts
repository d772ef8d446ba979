// Installs the wheel file itself into a fresh virtual environment and imports it, as the release
// guide's "Testing the Build" does by hand. It runs outside the source tree, so the import can
// only find the installed package.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { buildEnvironment } from '../tools/build.js';
import { pipInstallArgs, venvArgs } from '../tools/python-build.js';
import { outputTail, runCommand, showCommand } from '../tools/run.js';
import { uvPipInstallArgs, uvVenvArgs } from '../tools/uv.js';
import { samePep440 } from '../version/pep440.js';

export interface WheelTestOptions {
  readonly builder: 'uv' | 'build';
  readonly python: string;
  readonly uvPath: string | undefined;
  readonly wheel: string;
  readonly projectName: string;
  readonly importName: string;
  readonly version: string;
  readonly smokeTest: string;
  /** Install from this simple index instead of the wheel file (the TestPyPI round trip). */
  readonly fromIndex?: string;
}

export interface WheelTestResult {
  readonly installedVersion: string;
  readonly commands: readonly string[];
}

// Prints the imported package's __version__ and the installed distribution's version.
const PROBE = `
import importlib, importlib.metadata, json, sys
module = importlib.import_module(sys.argv[1])
try:
    installed = importlib.metadata.version(sys.argv[2])
except importlib.metadata.PackageNotFoundError:
    installed = None
print(json.dumps({"file": getattr(module, "__file__", None), "version": getattr(module, "__version__", None), "installed": installed}))
`;

const pipProbes = new Map<string, Promise<boolean>>();

/**
 * Whether the interpreter's pip is 22.3 or later, which installs into another environment with
 * `pip --python`. Asked once per interpreter; call it early so the answer is ready when needed.
 */
export function pipCanTargetOtherPython(python: string): Promise<boolean> {
  let probe = pipProbes.get(python);
  if (!probe) {
    probe = runCommand(python, ['-m', 'pip', '--version']).then((result) => {
      const [major = 0, minor = 0] = (/^pip (\d+)\.(\d+)/.exec(result.stdout)?.slice(1) ?? []).map(
        Number,
      );
      return result.exitCode === 0 && (major > 22 || (major === 22 && minor >= 3));
    });
    pipProbes.set(python, probe);
  }
  return probe;
}

export function venvPython(venv: string): string {
  return process.platform === 'win32'
    ? path.join(venv, 'Scripts', 'python.exe')
    : path.join(venv, 'bin', 'python');
}

export async function testWheel(options: WheelTestOptions): Promise<WheelTestResult> {
  const venv = await mkdtemp(
    path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-wheel-test-'),
  );
  const python = venvPython(venv);
  const commands: string[] = [];
  // PYTHONSAFEPATH keeps the working directory off sys.path; the venv's folder holds no package.
  const env = {
    PYTHONSAFEPATH: '1',
    PYTHONPATH: '',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
  };
  const run = async (what: string, command: string, args: string[]) => {
    commands.push(showCommand(command, args));
    // The package's own code runs here: it sees no inputs, tokens or OIDC request credentials.
    const result = await runCommand(command, args, {
      cwd: venv,
      env: buildEnvironment(process.env, env),
      inheritEnv: false,
    });
    if (result.exitCode !== 0) {
      throw new UserError(
        `${what} failed (${showCommand(command, args)}):\n${outputTail(result)}`,
        'Wheel test failed',
      );
    }
    return result;
  };
  try {
    const target = options.fromIndex ? `${options.projectName}==${options.version}` : options.wheel;
    const what = options.fromIndex
      ? `Installing ${target} from ${options.fromIndex}`
      : `Installing ${path.basename(target)}`;
    const pipArgs = pipInstallArgs(
      target,
      options.fromIndex ? { noDeps: true, indexUrl: options.fromIndex } : {},
    );
    if (options.builder === 'uv' && options.uvPath && !options.fromIndex) {
      await run('Creating the test environment', options.uvPath, uvVenvArgs(venv, options.python));
      await run(what, options.uvPath, uvPipInstallArgs(python, target));
    } else if (await pipCanTargetOtherPython(options.python)) {
      // A venv without pip of its own takes a tenth of the time; the host's pip installs into it.
      await run('Creating the test environment', options.python, [
        ...venvArgs(venv),
        '--without-pip',
      ]);
      await run(what, options.python, ['-m', 'pip', '--python', python, ...pipArgs.slice(1)]);
    } else {
      await run('Creating the test environment', options.python, venvArgs(venv));
      await run(what, python, ['-m', ...pipArgs]);
    }
    const probe = await run(`Importing ${options.importName}`, python, [
      '-c',
      PROBE,
      options.importName,
      options.projectName,
    ]);
    const found = JSON.parse(probe.stdout.trim().split('\n').pop() ?? '{}') as {
      file?: string | null;
      version?: string | null;
      installed?: string | null;
    };
    const seen = found.version ?? found.installed;
    if (!seen || !samePep440(seen, options.version)) {
      throw new UserError(
        `The installed package reports version ${seen ?? '(none)'} (${options.importName}.__version__ = ${found.version ?? 'missing'}, installed distribution ${found.installed ?? 'missing'}), expected ${options.version}.`,
        'Wheel test failed',
      );
    }
    if (options.smokeTest.trim()) {
      await run('The smoke test', python, ['-c', options.smokeTest]);
    }
    return { installedVersion: seen, commands };
  } finally {
    await rm(venv, { recursive: true, force: true });
  }
}

// Installs the wheel file itself into a fresh virtual environment and imports it, as the release
// guide's "Testing the Build" does by hand. It runs outside the source tree, so the import can
// only find the installed package. Every name given is imported (the inspection found them in the
// wheel: `attr` and `attrs`, `poetry.core`); each `__version__` that is defined must be the
// release's, as must the installed distribution's version.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installFromFolders, type FolderRelease } from './install-from-folders.js';
import { pythonMismatch } from './python-mismatch.js';
import { hostsToInstall } from './host-packages.js';
import {
  parseProbeOutput,
  PROBE,
  probeProblems,
  type ProbedModule,
  type ProbeResult,
} from './wheel-test-probe.js';
import { UserError } from '../errors.js';
import { venvExecutable, type Platform } from '../tools/index.js';
import { pipInstallArgs, venvArgs } from '../tools/index.js';
import { runPythonScript } from '../tools/index.js';
import { outputTail, runCommand, showCommand } from '../tools/index.js';
import { uvPipInstallArgs, uvVenvArgs } from '../tools/index.js';
import { theOption } from '../vocabulary/index.js';

export interface WheelTestOptions {
  readonly builder: 'uv' | 'build';
  readonly python: string;
  readonly uvPath: string | undefined;
  readonly wheel: string;
  readonly projectName: string;
  /** Dotted module names to import, at least one. */
  readonly importNames: readonly string[];
  readonly version: string;
  readonly smokeTest: string;
  /** Install from this simple index instead of the wheel file (the TestPyPI round trip). */
  readonly fromIndex?: string;
  /** Install `name==version` from these folders (a release built elsewhere, `dist-dir`). */
  readonly fromFolders?: FolderRelease;
  /**
   * The distribution of another package of this repository that ships a module (`psycopg`), for
   * an import that needs it undeclared (see host-packages.ts); undefined when none does.
   */
  readonly hostPackage?: (module: string) => Promise<string | undefined>;
}

export interface WheelTestResult {
  readonly installedVersion: string;
  readonly imported: readonly ProbedModule[];
  readonly commands: readonly string[];
  /** Packages of this repository the imports needed undeclared, installed from the index. */
  readonly hosts: readonly string[];
}

const pipProbes = new Map<string, Promise<boolean>>();

/**
 * Whether the interpreter's pip is 22.3 or later, which installs into another environment with
 * `pip --python`. Asked once per interpreter; call it early so the answer is ready when needed.
 */
export function pipCanTargetOtherPython(python: string): Promise<boolean> {
  let probe = pipProbes.get(python);
  if (!probe) {
    probe = runCommand(python, ['-m', 'pip', '--version'], { outsideWorkspace: true }).then(
      (result) => {
        const [major = 0, minor = 0] = (
          /^pip (\d+)\.(\d+)/.exec(result.stdout)?.slice(1) ?? []
        ).map(Number);
        return result.exitCode === 0 && (major > 22 || (major === 22 && minor >= 3));
      },
      // Asked ahead of time: a missing interpreter is reported by the step that needs it, and
      // this promise never rejects unobserved.
      () => false,
    );
    pipProbes.set(python, probe);
  }
  return probe;
}

export function venvPython(venv: string, platform: Platform = process.platform): string {
  return venvExecutable(venv, 'python', platform);
}

type CommandResult = Awaited<ReturnType<typeof runCommand>>;

/** Runs `command args`, or with `program` the Python program `program` given `args`. */
type EnvironmentRun = (
  what: string,
  command: string,
  args: string[],
  program?: string,
) => Promise<CommandResult>;

// PYTHONSAFEPATH keeps the working directory off sys.path; the venv's folder holds no package.
const ISOLATED = {
  PYTHONSAFEPATH: '1',
  PYTHONPATH: '',
  PIP_DISABLE_PIP_VERSION_CHECK: '1',
  PIP_NO_INPUT: '1',
};

/** The failure of an install the release's Requires-Python refused, said as what to do. */
function pythonMismatchError(
  options: WheelTestOptions,
  result: CommandResult,
): UserError | undefined {
  const mismatch = pythonMismatch(`${result.stdout}\n${result.stderr}`);
  if (!mismatch) return undefined;
  return new UserError(
    `${options.projectName} ${options.version} requires Python ${mismatch.wanted} (Requires-Python), and the wheel test's Python is ${mismatch.running} (${options.python}). Set up a Python that fits before pyrelease runs (actions/setup-python), or name one in ${theOption('python')}.`,
    'Wheel test failed',
  );
}

/**
 * Runs each command of the test in the environment's folder, records it in `commands`, and
 * throws when it fails.
 */
function environmentRunner(
  venv: string,
  commands: string[],
  test: WheelTestOptions,
): EnvironmentRun {
  return async (what, command, args, program) => {
    commands.push(showCommand(command, program === undefined ? args : ['<program>', ...args]));
    // The package's own code runs here: runCommand gives it no inputs, tokens, OIDC request
    // credentials or runner command files (tools/child-env.ts).
    const options = { cwd: venv, env: ISOLATED };
    const result =
      program === undefined
        ? await runCommand(command, args, options)
        : await runPythonScript(command, program, args, options);
    if (result.exitCode !== 0) {
      throw (
        pythonMismatchError(test, result) ??
        new UserError(
          `${what} failed (${showCommand(command, args)}):\n${outputTail(result)}`,
          'Wheel test failed',
        )
      );
    }
    return result;
  };
}

/**
 * What makes the test environment and installs into it: uv when uv builds, else the host's pip
 * when it can install into another environment, else the venv's own; `wrap` makes pip's
 * arguments (`pip install …`) this installer's.
 */
interface Installer {
  readonly uv: boolean;
  readonly create: { readonly command: string; readonly args: string[] };
  readonly command: string;
  readonly wrap: (pip: string[]) => string[];
}

async function installerOf(
  options: WheelTestOptions,
  venv: string,
  python: string,
): Promise<Installer> {
  if (options.builder === 'uv' && options.uvPath && !options.fromIndex) {
    return {
      uv: true,
      create: { command: options.uvPath, args: uvVenvArgs(venv, options.python) },
      command: options.uvPath,
      wrap: (pip) => [...pip.slice(0, 2), '--quiet', '--python', python, ...pip.slice(2)],
    };
  }
  if (await pipCanTargetOtherPython(options.python)) {
    // A venv without pip of its own takes a tenth of the time; the host's pip installs into it.
    return {
      uv: false,
      create: { command: options.python, args: [...venvArgs(venv), '--without-pip'] },
      command: options.python,
      wrap: (pip) => ['-m', 'pip', '--python', python, ...pip.slice(1)],
    };
  }
  return {
    uv: false,
    create: { command: options.python, args: venvArgs(venv) },
    command: python,
    wrap: (pip) => ['-m', ...pip],
  };
}

/** Creates the test environment and installs the release into it. */
async function installRelease(
  options: WheelTestOptions,
  installer: Installer,
  python: string,
  run: EnvironmentRun,
): Promise<void> {
  const target = options.fromIndex ? `${options.projectName}==${options.version}` : options.wheel;
  const what = options.fromIndex
    ? `Installing ${target} from ${options.fromIndex}`
    : `Installing ${path.basename(target)}`;
  await run('Creating the test environment', installer.create.command, installer.create.args);
  const { command, wrap } = installer;
  // A release built elsewhere is installed from its folders.
  if (options.fromFolders) {
    await installFromFolders({
      run,
      command,
      wrap,
      release: options.fromFolders,
      requirement: `${options.projectName}==${options.version}`,
      python: options.python,
    });
    return;
  }
  const pipArgs = pipInstallArgs(
    target,
    options.fromIndex ? { noDeps: true, indexUrl: options.fromIndex } : {},
  );
  await run(what, command, installer.uv ? uvPipInstallArgs(python, target) : wrap(pipArgs));
}

/** Imports every name in the test environment; the report says what each import gave. */
async function probeImports(
  options: WheelTestOptions,
  python: string,
  run: EnvironmentRun,
): Promise<ProbeResult> {
  if (options.importNames.length === 0) {
    throw new UserError(
      `Nothing to import from ${path.basename(options.wheel)}: the inspection found no package or module in it. Name the package in import-name.`,
      'Wheel test failed',
    );
  }
  const names = options.importNames.join(', ');
  const output = await run(
    `Importing ${names}`,
    python,
    [JSON.stringify(options.importNames), options.projectName],
    PROBE,
  );
  const probe = parseProbeOutput(output.stdout);
  if (!probe) {
    throw new UserError(
      `Importing ${names} printed no report (${outputTail(output)}); expected the probe's last line. Something in the import replaced sys.stdout or ended the process.`,
      'Wheel test failed',
    );
  }
  return probe;
}

/** The host packages into the environment, with the installer the release went in with. */
async function installHosts(installer: Installer, run: EnvironmentRun, hosts: readonly string[]) {
  const pip = installer.uv
    ? ['pip', 'install', ...hosts]
    : ['pip', 'install', '--disable-pip-version-check', '--no-input', ...hosts];
  await run(
    `Installing ${hosts.join(', ')}, which the imports need`,
    installer.command,
    installer.wrap(pip),
  );
}

/**
 * Imports every name and checks the versions the imports and the installed distribution report.
 * Imports that miss only modules other packages of this repository ship are tried again with
 * those installed. Throws when an import fails or a version disagrees with the release.
 */
async function importRelease(
  options: WheelTestOptions,
  installer: Installer,
  python: string,
  run: EnvironmentRun,
): Promise<{ probe: ProbeResult; hosts: string[] }> {
  let probe = await probeImports(options, python, run);
  let problems = probeProblems(probe, options.projectName, options.version);
  let hosts: string[] = [];
  if (problems.length > 0) hosts = await hostsToInstall(probe, options.hostPackage);
  if (hosts.length > 0) {
    await installHosts(installer, run, hosts);
    probe = await probeImports(options, python, run);
    problems = probeProblems(probe, options.projectName, options.version);
  }
  if (problems.length > 0) {
    const retried =
      hosts.length > 0
        ? `\n(This is with ${hosts.join(', ')} installed from the index, which the imports need and ${options.projectName} does not declare.)`
        : '';
    throw new UserError(`${problems.join('\n')}${retried}`, 'Wheel test failed');
  }
  return { probe, hosts };
}

export async function testWheel(options: WheelTestOptions): Promise<WheelTestResult> {
  const venv = await mkdtemp(
    path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-wheel-test-'),
  );
  const python = venvPython(venv);
  const commands: string[] = [];
  const run = environmentRunner(venv, commands, options);
  try {
    const installer = await installerOf(options, venv, python);
    await installRelease(options, installer, python, run);
    const { probe, hosts } = await importRelease(options, installer, python, run);
    // probeProblems makes sure one of the two gave a version.
    const seen = probe.installed ?? probe.modules.find((module) => module.version)!.version!;
    if (options.smokeTest.trim()) {
      await run('The smoke test', python, [], options.smokeTest);
    }
    return { installedVersion: seen, imported: probe.modules, commands, hosts };
  } finally {
    await rm(venv, { recursive: true, force: true });
  }
}

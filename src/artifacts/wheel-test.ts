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
import { UserError } from '../errors.js';
import { venvExecutable, type Platform } from '../tools/index.js';
import { pipInstallArgs, venvArgs } from '../tools/index.js';
import { runPythonScript } from '../tools/index.js';
import { outputTail, runCommand, showCommand } from '../tools/index.js';
import { uvPipInstallArgs, uvVenvArgs } from '../tools/index.js';
import { samePep440 } from '../version/index.js';
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
}

export interface WheelTestResult {
  readonly installedVersion: string;
  readonly imported: readonly ProbedModule[];
  readonly commands: readonly string[];
}

// Imports each module named in argv[1] (a JSON list) and prints, on its last line, what each
// import gave (its file and __version__, or the error) and the installed distribution's version.
// BaseException: an import that calls sys.exit() is a failed import, not a silent probe.
const PROBE = `
import importlib, importlib.metadata, json, sys, traceback
found = []
for name in json.loads(sys.argv[1]):
    try:
        module = importlib.import_module(name)
    except BaseException:
        found.append({"name": name, "error": traceback.format_exc(limit=-3).strip()})
        continue
    version = getattr(module, "__version__", None)
    found.append({"name": name, "file": getattr(module, "__file__", None),
                  "version": version if isinstance(version, str) else None})
try:
    installed = importlib.metadata.version(sys.argv[2])
except importlib.metadata.PackageNotFoundError:
    installed = None
print("pyrelease-probe " + json.dumps({"modules": found, "installed": installed}))
`;

export interface ProbedModule {
  readonly name: string;
  readonly file?: string | null;
  /** `__version__` when it is a string; null when undefined or something else (a tuple). */
  readonly version?: string | null;
  /** The end of the traceback when the import failed. */
  readonly error?: string;
}

export interface ProbeResult {
  readonly modules: readonly ProbedModule[];
  readonly installed: string | null;
}

/** The probe's report: its marked last line, whatever the imported code printed before. */
export function parseProbeOutput(stdout: string): ProbeResult | undefined {
  const line = stdout
    .split(/\r?\n/)
    .reverse()
    .find((text) => text.startsWith('pyrelease-probe '));
  return line === undefined
    ? undefined
    : (JSON.parse(line.slice('pyrelease-probe '.length)) as ProbeResult);
}

/**
 * What is wrong with what the probe found, one message each: imports that failed, a
 * `__version__` or an installed version other than the release's, no version at all.
 */
export function probeProblems(probe: ProbeResult, projectName: string, version: string): string[] {
  const problems: string[] = [];
  for (const module of probe.modules) {
    if (module.error !== undefined) {
      problems.push(
        `import ${module.name} failed in the fresh environment:\n${module.error}\nA dependency missing from [project].dependencies, or a file the wheel lacks, are the usual causes; if ${module.name} is not meant to be imported on its own, name the package to test in import-name.`,
      );
    } else if (module.version && !samePep440(module.version, version)) {
      problems.push(
        `${module.name}.__version__ is ${module.version}; expected ${version}. Make the version in the package's code the release's (or read it with importlib.metadata.version("${projectName}")) and rebuild.`,
      );
    }
  }
  if (probe.installed !== null && !samePep440(probe.installed, version)) {
    problems.push(
      `The installed distribution ${projectName} says version ${probe.installed}; expected ${version}. Install the wheel of this release, built from the tagged commit.`,
    );
  }
  const imported = probe.modules.filter((module) => module.error === undefined);
  if (problems.length === 0 && probe.installed === null && !imported.some((m) => m.version)) {
    problems.push(
      `Neither the installed distribution ${projectName} nor ${imported.map((m) => `${m.name}.__version__`).join(', ') || 'any imported module'} gave a version; expected ${version}. Check that the wheel's METADATA names ${projectName}.`,
    );
  }
  return problems;
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
 * Creates the test environment in `venv` and installs the release into it: with uv when uv builds,
 * else with the host's pip when it can install into another environment, else with the venv's own.
 */
async function installRelease(
  options: WheelTestOptions,
  venv: string,
  python: string,
  run: EnvironmentRun,
): Promise<void> {
  const target = options.fromIndex ? `${options.projectName}==${options.version}` : options.wheel;
  const what = options.fromIndex
    ? `Installing ${target} from ${options.fromIndex}`
    : `Installing ${path.basename(target)}`;
  const pipArgs = pipInstallArgs(
    target,
    options.fromIndex ? { noDeps: true, indexUrl: options.fromIndex } : {},
  );
  // A release built elsewhere is installed from its folders; `wrap` makes pip arguments this
  // installer's.
  const install = (command: string, args: string[], wrap: (pip: string[]) => string[]) =>
    options.fromFolders
      ? installFromFolders({
          run,
          command,
          wrap,
          release: options.fromFolders,
          requirement: `${options.projectName}==${options.version}`,
          python: options.python,
        })
      : run(what, command, args);
  if (options.builder === 'uv' && options.uvPath && !options.fromIndex) {
    await run('Creating the test environment', options.uvPath, uvVenvArgs(venv, options.python));
    await install(options.uvPath, uvPipInstallArgs(python, target), (pip) => [
      ...pip.slice(0, 2),
      '--quiet',
      '--python',
      python,
      ...pip.slice(2),
    ]);
  } else if (await pipCanTargetOtherPython(options.python)) {
    // A venv without pip of its own takes a tenth of the time; the host's pip installs into it.
    await run('Creating the test environment', options.python, [
      ...venvArgs(venv),
      '--without-pip',
    ]);
    const wrap = (pip: string[]) => ['-m', 'pip', '--python', python, ...pip.slice(1)];
    await install(options.python, wrap(pipArgs), wrap);
  } else {
    await run('Creating the test environment', options.python, venvArgs(venv));
    await install(python, ['-m', ...pipArgs], (pip) => ['-m', ...pip]);
  }
}

/**
 * Imports every name in the test environment and checks the versions the imports and the
 * installed distribution report; throws when one fails or disagrees with the release.
 */
async function importRelease(
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
  const problems = probeProblems(probe, options.projectName, options.version);
  if (problems.length > 0) throw new UserError(problems.join('\n'), 'Wheel test failed');
  return probe;
}

export async function testWheel(options: WheelTestOptions): Promise<WheelTestResult> {
  const venv = await mkdtemp(
    path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-wheel-test-'),
  );
  const python = venvPython(venv);
  const commands: string[] = [];
  const run = environmentRunner(venv, commands, options);
  try {
    await installRelease(options, venv, python, run);
    const probe = await importRelease(options, python, run);
    // probeProblems makes sure one of the two gave a version.
    const seen = probe.installed ?? probe.modules.find((module) => module.version)!.version!;
    if (options.smokeTest.trim()) {
      await run('The smoke test', python, [], options.smokeTest);
    }
    return { installedVersion: seen, imported: probe.modules, commands };
  } finally {
    await rm(venv, { recursive: true, force: true });
  }
}

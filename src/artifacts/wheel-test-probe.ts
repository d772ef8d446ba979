// The import probe the wheel test runs in its environment, and what its report means: the
// imports that failed, and versions other than the release's. Pure but for the program's text.
import { samePep440 } from '../version/index.js';

// Imports each module named in argv[1] (a JSON list) and prints, on its last line, what each
// import gave (its file and __version__, or the error) and the installed distribution's version.
// BaseException: an import that calls sys.exit() is a failed import, not a silent probe.
export const PROBE = `
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

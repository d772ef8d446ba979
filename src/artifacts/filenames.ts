// Wheel and sdist file names, and whether they are the ones PyPI expects for a project and
// version: the name part is `distFilenamePrefix(project)` and the version part is the PEP 440
// normal form (PEP 427, PEP 625, and the binary distribution format specification).
import { canonicalProjectName, distFilenamePrefix, parsePep440 } from '../version/index.js';
import { diagnoseScmVersion } from './scm-version.js';

export interface WheelFilename {
  readonly filename: string;
  readonly distribution: string;
  readonly version: string;
  /** The optional build tag (`1` or `1abc`), which must start with a digit. */
  readonly build: string | undefined;
  readonly pythonTags: readonly string[];
  readonly abiTags: readonly string[];
  readonly platformTags: readonly string[];
}

export interface SdistFilename {
  readonly filename: string;
  readonly distribution: string;
  readonly version: string;
}

const PART = /^[A-Za-z0-9_.+!]+$/;

/** Splits `{dist}-{version}(-{build})?-{python}-{abi}-{platform}.whl`; undefined otherwise. */
export function parseWheelFilename(filename: string): WheelFilename | undefined {
  if (!filename.endsWith('.whl')) return undefined;
  const parts = filename.slice(0, -'.whl'.length).split('-');
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  if (!parts.every((part) => PART.test(part))) return undefined;
  const [distribution, version] = parts as [string, string];
  const build = parts.length === 6 ? parts[2] : undefined;
  if (build !== undefined && !/^\d/.test(build)) return undefined;
  const [python, abi, platform] = parts.slice(-3) as [string, string, string];
  return {
    filename,
    distribution,
    version,
    build,
    pythonTags: python.split('.'),
    abiTags: abi.split('.'),
    platformTags: platform.split('.'),
  };
}

/** Splits `{dist}-{version}.tar.gz`; the name part holds no `-` once normalised. */
export function parseSdistFilename(filename: string): SdistFilename | undefined {
  if (!filename.endsWith('.tar.gz')) return undefined;
  const stem = filename.slice(0, -'.tar.gz'.length);
  const dash = stem.indexOf('-');
  if (dash <= 0 || dash === stem.length - 1) return undefined;
  return { filename, distribution: stem.slice(0, dash), version: stem.slice(dash + 1) };
}

/** `<prefix>-<normal version>`: an sdist's stem and top folder, a wheel's dist-info stem. */
export function distStem(projectName: string, version: string | undefined): string {
  if (version === undefined) return `${distFilenamePrefix(projectName)}-{version}`;
  const normalized = parsePep440(version)?.normalized ?? version.trim();
  return `${distFilenamePrefix(projectName)}-${normalized}`;
}

export function expectedSdistFilename(projectName: string, version: string | undefined): string {
  return `${distStem(projectName, version)}.tar.gz`;
}

/**
 * What is wrong with the name and version parts of a wheel or sdist file name, one message each;
 * empty when they are what PyPI expects for this project and version. An undefined version (known
 * only after the build) is not compared; its spelling still is.
 */
export function filenameProblems(
  parsed: { readonly filename: string; readonly distribution: string; readonly version: string },
  projectName: string,
  version: string | undefined,
): string[] {
  const problems: string[] = [];
  const prefix = distFilenamePrefix(projectName);
  if (parsed.distribution !== prefix) {
    const sameProject =
      canonicalProjectName(parsed.distribution) === canonicalProjectName(projectName);
    problems.push(
      `${parsed.filename} starts with "${parsed.distribution}"; expected "${prefix}", the project name "${projectName}" in lower case with runs of "-", "_" and "." as "_"` +
        (sameProject
          ? '. PyPI expects normalised file names (PEP 625 and the wheel specification): upgrade the build backend (setuptools normalises them from 69.3 on) and rebuild.'
          : '. The file belongs to another project: build from the project being released, into an empty dist folder.'),
    );
  }
  const expected = version === undefined ? undefined : parsePep440(version);
  const found = parsePep440(parsed.version);
  if (!found) {
    problems.push(
      `${parsed.filename} has version "${parsed.version}", which is not a PEP 440 version; expected ${version === undefined ? 'a PEP 440 version' : `"${expected?.normalized ?? version}"`}. Rebuild from the release commit.`,
    );
  } else if (expected && found.normalized !== expected.normalized) {
    // The metadata problem for the same version explains a version computed from git.
    const advice = diagnoseScmVersion(expected.normalized, found.normalized)
      ? 'The build computed its version from git; the metadata problem says why and what to change.'
      : `Delete the stale file from the dist folder, or set the project's version to ${expected.normalized} and rebuild.`;
    problems.push(
      `${parsed.filename} is version ${found.normalized}; expected ${expected.normalized}, the version being released. ${advice}`,
    );
  } else if (parsed.version !== found.normalized) {
    problems.push(
      `${parsed.filename} writes the version as "${parsed.version}"; expected the normal form "${found.normalized}". Upgrade the build backend and rebuild.`,
    );
  }
  return problems;
}

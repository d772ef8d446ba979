// What inspecting an sdist and inspecting a wheel share: the record of a file, the options, and
// the checks both archives pass (their file name, the Name and Version of their metadata, member
// names that stay inside the folder they are unpacked into). Every finding is a problem the
// caller reports.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { DistFacts } from '../pypi-rules/index.js';
import { canonicalProjectName, parsePep440, samePep440 } from '../version/index.js';
import { filenameProblems, type SdistFilename, type WheelFilename } from './filenames.js';
import { parseCoreMetadata, type CoreMetadata } from './metadata.js';
import { unsafeMemberReason } from './paths.js';
import { handleStream, openRegularFile } from './regular-file.js';
import { diagnoseScmVersion } from './scm-version.js';

export interface ArtifactInfo {
  readonly path: string;
  readonly filename: string;
  readonly size: number;
  /** Lower-case hex, as `sha256sum` and PyPI show it. */
  readonly sha256: string;
  /** From METADATA or PKG-INFO; undefined when that could not be read. */
  readonly metadataVersion: string | undefined;
  /** What PyPI's upload rules are decided from (src/pypi-rules). */
  readonly facts?: DistFacts;
}

export interface Problem {
  readonly title: string;
  readonly message: string;
}

export interface InspectOptions {
  readonly distDir: string;
  readonly projectName: string;
  /**
   * The version being released; undefined when only the build knows it (computed at build time,
   * or a dry run of a project whose version comes from git tags): then the wheel and the sdist
   * must agree with each other.
   */
  readonly version: string | undefined;
  /**
   * The package or module the wheel must hold (`import-name`, dotted for a namespace package:
   * `poetry.core`). When absent, whatever the wheel makes importable is found in it.
   */
  readonly importName?: string;
  /** The project has a licence file (LICENSE*, LICENCE*, COPYING*): the sdist must hold one. */
  readonly expectLicense: boolean;
  /**
   * The licence files the project declares (PEP 639 globs), which the sdist must hold instead,
   * every one; none when declared empty.
   */
  readonly licenseFiles?: {
    readonly patterns: readonly string[];
    /** Where, for messages: `license-files in pyproject.toml [project]`. */
    readonly declaredIn: string;
  };
  /**
   * The files that describe the build, relative to the project root, which the sdist must hold:
   * pyproject.toml by default; setup.py (and setup.cfg) for a setuptools project without one.
   */
  readonly buildFiles?: readonly string[];
  /** `[project].readme`, relative to the project root; any README* will do when absent. */
  readonly readme?: string;
  /**
   * Without a declared readme, whether the sdist must hold a README* at its top: when the project
   * has one there (true when absent). False for a readme written inline in pyproject.toml.
   */
  readonly expectReadme?: boolean;
  /** Several wheels (a build matrix), all for this project and version. */
  readonly allowManyWheels?: boolean;
}

const LISTED = 10;

export function listing(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}

/** The sha256 of a regular file (anything else is refused: a FIFO or /dev/zero never ends). */
export async function sha256File(file: string, shown = file): Promise<string> {
  const { handle } = await openRegularFile(file, shown);
  try {
    const hash = createHash('sha256');
    for await (const chunk of handleStream(handle)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}

export function asProblem(error: unknown): Problem {
  if (error instanceof UserError) return { title: error.title, message: error.message };
  throw error;
}

/** Name and Version in METADATA / PKG-INFO against the release. */
export function metadataProblems(
  metadata: CoreMetadata,
  where: string,
  options: InspectOptions,
): Problem[] {
  const problems: Problem[] = [];
  if (canonicalProjectName(metadata.name) !== canonicalProjectName(options.projectName)) {
    problems.push({
      title: 'Wrong name in metadata',
      message: `${where} says Name: ${metadata.name}; expected ${options.projectName} (compared as PyPI does, ignoring case and "-", "_", "."). Build from the project being released, into an empty dist folder.`,
    });
  }
  if (options.version !== undefined && !samePep440(metadata.version, options.version)) {
    const expected = parsePep440(options.version)?.normalized ?? options.version;
    const fromGit = diagnoseScmVersion(expected, metadata.version);
    problems.push({
      title: 'Wrong version in metadata',
      message: `${where} says Version: ${metadata.version}; expected ${expected}, the version being released. ${fromGit ? fromGit.message : `Make the project's version ${expected} (pyproject.toml or the file its dynamic version is read from) and rebuild.`}`,
    });
  }
  return problems;
}

export function unsafeNameProblems(filename: string, names: readonly string[]): Problem[] {
  const unsafe = names.flatMap((name) => {
    const reason = unsafeMemberReason(name);
    return reason ? [`${JSON.stringify(name)} ${reason}`] : [];
  });
  if (unsafe.length === 0) return [];
  return [
    {
      title: 'Unsafe path in archive',
      message: `${filename} holds entries that would be written outside the folder it is unpacked into: ${listing(unsafe)}. Expected relative paths without ".." segments; remove whatever adds these files to the build and rebuild.`,
    },
  ];
}

export interface StatedVersion {
  readonly where: string;
  readonly version: string;
  readonly inMetadata: boolean;
}

export interface Inspected {
  readonly info: ArtifactInfo;
  readonly problems: readonly Problem[];
  /** The versions the archive states, where: its file name and its metadata. */
  readonly versions: readonly StatedVersion[];
  /** Its METADATA or PKG-INFO, when it could be read. */
  readonly metadata?: CoreMetadata;
}

export async function baseInfo(
  file: string,
): Promise<Omit<ArtifactInfo, 'metadataVersion' | 'facts'>> {
  const [stats, sha256] = await Promise.all([stat(file), sha256File(file)]);
  return { path: file, filename: path.basename(file), size: stats.size, sha256 };
}

/** What an archive's checks found: problems, and the versions it states along the way. */
export interface Findings {
  readonly problems: readonly Problem[];
  readonly versions: readonly StatedVersion[];
}

/**
 * The version an archive's file name states, and what is wrong with the name; `unparsed` is the
 * message for a name that does not split as an sdist's or a wheel's must.
 */
export function fileNameFindings(
  parsed: SdistFilename | WheelFilename | undefined,
  filename: string,
  title: string,
  unparsed: string,
  options: InspectOptions,
): Findings {
  if (!parsed) return { problems: [{ title, message: unparsed }], versions: [] };
  return {
    problems: filenameProblems(parsed, options.projectName, options.version).map((message) => ({
      title,
      message,
    })),
    versions: [{ where: `the file name ${filename}`, version: parsed.version, inMetadata: false }],
  };
}

/**
 * Parses METADATA or PKG-INFO (`read` gives its text) and compares it with the release; a file
 * that cannot be read or parsed is a problem.
 */
export function metadataFindings(
  where: string,
  read: () => string,
  options: InspectOptions,
): Findings & { readonly metadata?: CoreMetadata } {
  try {
    const metadata = parseCoreMetadata(read(), where);
    return {
      metadata,
      problems: metadataProblems(metadata, where, options),
      versions: [{ where, version: metadata.version, inMetadata: true }],
    };
  } catch (error) {
    return { problems: [asProblem(error)], versions: [] };
  }
}

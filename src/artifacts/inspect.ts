// Inspects what a build left in the dist folder before anything is uploaded: one sdist and one
// wheel (or a matrix of wheels), named for this project and version, whose metadata says the
// same, holding the files a release needs. Every finding is a problem the caller reports.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parsePep440, samePep440 } from '../version/index.js';
import {
  listing,
  type ArtifactInfo,
  type Inspected,
  type InspectOptions,
  type Problem,
} from './archive-checks.js';
import { distStem, expectedSdistFilename } from './filenames.js';
import { fileKind } from './regular-file.js';
import { inspectSdist } from './sdist-inspect.js';
import { inspectWheel, type InspectedWheel } from './wheel-inspect.js';

export interface DistInspection {
  /** The sdist, undefined when there is not exactly one (a problem says so). */
  readonly sdist: ArtifactInfo | undefined;
  /** The wheel (the first by name when several are allowed); undefined when there is none. */
  readonly wheel: ArtifactInfo | undefined;
  readonly wheels: readonly ArtifactInfo[];
  /** The version in the metadata (normal form) when every archive agrees on it. */
  readonly version: string | undefined;
  /** What the wheel test imports: `importName` when given, else what the wheel holds. */
  readonly importNames: readonly string[];
  /** Names the wheel's top_level.txt lists that it holds no code for: not imported. */
  readonly absentTopLevel: readonly string[];
  readonly problems: readonly Problem[];
  /** Worth reporting, no reason to refuse (symbolic links in a wheel). */
  readonly warnings: readonly Problem[];
}

/** Files build tools leave in dist on purpose and that uploads skip (uv writes `.gitignore`). */
const IGNORED = new Set(['.gitignore']);

/**
 * With no version to compare with, every file name and metadata must say the same one; the
 * version is what they say (normal form), undefined when they disagree or none was read.
 */
export function agreedVersion(
  results: readonly Inspected[],
  checkAgreement: boolean,
): { version: string | undefined; problems: Problem[] } {
  const stated = results.flatMap((result) => result.versions);
  const same = (a: string, b: string) => a.trim() === b.trim() || samePep440(a, b);
  const fromMetadata = stated.filter((item) => item.inMetadata);
  // Spelled as a wheel's METADATA spells it (the wheels come last): that is what pip installs.
  const final = fromMetadata[fromMetadata.length - 1]?.version;
  const version =
    final !== undefined && fromMetadata.every((item) => same(item.version, final))
      ? (parsePep440(final)?.normalized ?? final.trim())
      : undefined;
  const agree = stated.every((item) => same(item.version, stated[0]!.version));
  if (!checkAgreement || agree) return { version, problems: [] };
  return {
    version,
    problems: [
      {
        title: 'Versions disagree',
        message: `The built archives state different versions: ${stated.map((item) => `${item.where} says ${item.version}`).join(', ')}. Expected one version throughout; delete stale files from the dist folder and rebuild both the sdist and the wheel from one commit (python -m build).`,
      },
    ],
  };
}

interface DistFolder {
  readonly sdists: readonly string[];
  readonly wheels: readonly string[];
  /** Neither an sdist nor a wheel; a folder ends in `/`. */
  readonly stray: readonly string[];
  /** Everything but the ignored files, for messages. */
  readonly seen: readonly string[];
}

async function sortDistFolder(distDir: string, names: readonly string[]): Promise<DistFolder> {
  const sdists: string[] = [];
  const wheels: string[] = [];
  const stray: string[] = [];
  const seen: string[] = [];
  for (const name of names) {
    if (IGNORED.has(name)) continue;
    // A dangling link counts as a stray file rather than stopping the inspection; so does
    // anything but a regular file or a folder (a FIFO, a device), which is never opened.
    const stats = await stat(path.join(distDir, name)).catch(() => undefined);
    const isFile = stats?.isFile() ?? false;
    const shown = isFile
      ? name
      : stats && !stats.isDirectory()
        ? `${name} (${fileKind(stats)})`
        : `${name}/`;
    seen.push(shown);
    if (isFile && name.endsWith('.tar.gz')) sdists.push(name);
    else if (isFile && name.endsWith('.whl')) wheels.push(name);
    else stray.push(shown);
  }
  return { sdists, wheels, stray, seen };
}

/** The dist folder holds the release's files only: one sdist, and one wheel unless allowed more. */
function distFolderProblems(folder: DistFolder, options: InspectOptions): Problem[] {
  const { sdists, wheels, stray, seen } = folder;
  const problems: Problem[] = [];
  const found = `found ${seen.length ? listing(seen) : 'nothing'}`;
  const expectedSdist = expectedSdistFilename(options.projectName, options.version);
  if (stray.length > 0) {
    problems.push({
      title: 'Unexpected file in dist',
      message: `${options.distDir} holds ${listing(stray)}, which is neither an sdist (.tar.gz) nor a wheel (.whl). Expected only the release's files, since everything there is uploaded; build into an empty folder.`,
    });
  }
  if (sdists.length !== 1) {
    problems.push({
      title: sdists.length === 0 ? 'Missing sdist' : 'Several sdists',
      message: `${options.distDir} should hold exactly one sdist, ${expectedSdist}; ${found}. Build into an empty folder with python -m build (which makes both the sdist and the wheel).`,
    });
  }
  const manyWheels = wheels.length > 1 && !options.allowManyWheels;
  if (wheels.length === 0 || manyWheels) {
    problems.push({
      title: wheels.length === 0 ? 'Missing wheel' : 'Several wheels',
      message: `${options.distDir} should hold exactly one wheel, ${distStem(options.projectName, options.version)}-{tags}.whl; ${found}. Build into an empty folder${manyWheels ? ', or allow several wheels when a build matrix makes one per platform' : ''}.`,
    });
  }
  return problems;
}

export async function inspectDist(options: InspectOptions): Promise<DistInspection> {
  let names: string[];
  try {
    names = (await readdir(options.distDir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const problem = {
      title: 'Missing dist folder',
      message: `${options.distDir} does not exist; expected the build to write the sdist and wheel there. Check the build step's output folder.`,
    };
    return {
      sdist: undefined,
      wheel: undefined,
      wheels: [],
      version: undefined,
      importNames: [],
      absentTopLevel: [],
      problems: [problem],
      warnings: [],
    };
  }
  const folder = await sortDistFolder(options.distDir, names);
  const problems = distFolderProblems(folder, options);

  // The wheels first: the sdist must hold the sources of what the (first) wheel makes importable.
  const wheelResults: InspectedWheel[] = [];
  for (const name of folder.wheels)
    wheelResults.push(await inspectWheel(path.join(options.distDir, name), options));
  const importables = wheelResults[0]?.importables ?? [];
  const sdistResults: Inspected[] = [];
  for (const name of folder.sdists)
    sdistResults.push(await inspectSdist(path.join(options.distDir, name), options, importables));
  for (const result of [...sdistResults, ...wheelResults]) problems.push(...result.problems);
  const agreed = agreedVersion([...sdistResults, ...wheelResults], options.version === undefined);
  problems.push(...agreed.problems);

  const manyWheels = folder.wheels.length > 1 && !options.allowManyWheels;
  return {
    sdist: sdistResults.length === 1 ? sdistResults[0]!.info : undefined,
    wheel: manyWheels ? undefined : wheelResults[0]?.info,
    wheels: wheelResults.map((result) => result.info),
    version: agreed.version,
    importNames: importables.map((item) => item.name),
    absentTopLevel: wheelResults[0]?.absentTopLevel ?? [],
    problems,
    warnings: wheelResults.flatMap((result) => result.warnings),
  };
}

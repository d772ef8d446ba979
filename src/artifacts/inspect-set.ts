// Inspects a release built elsewhere (`dist-dir`): each wheel and the sdist as a build of our
// own is inspected, then the checks on the set as a whole. Reads the files; decides nothing of
// its own (wheel-set.ts does).
import type { DistDirContents } from './dist-dir.js';
import type { ArtifactInfo, Inspected, InspectOptions, Problem } from './archive-checks.js';
import { agreedVersion } from './inspect.js';
import { inspectSdist } from './sdist-inspect.js';
import { inspectWheel, type InspectedWheel } from './wheel-inspect.js';
import { sortDistFiles, wheelSetProblems } from './wheel-set.js';

export interface SetInspectOptions extends Omit<InspectOptions, 'distDir' | 'allowManyWheels'> {
  /** The dist-dir input, for messages. */
  readonly distDir: string;
  readonly requireSdist: boolean;
}

export interface SetInspection {
  readonly wheels: readonly ArtifactInfo[];
  readonly sdist: ArtifactInfo | undefined;
  /** Every file to release: the sdist (if any) first, then the wheels by name. */
  readonly files: readonly ArtifactInfo[];
  readonly version: string | undefined;
  readonly importNames: readonly string[];
  /** Names the first wheel's top_level.txt lists that it holds no code for: not imported. */
  readonly absentTopLevel: readonly string[];
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

export async function inspectFileSet(
  contents: DistDirContents,
  options: SetInspectOptions,
): Promise<SetInspection> {
  const sorted = sortDistFiles(contents.files, contents.folders);
  const fileOptions: InspectOptions = { ...options };
  const wheels: InspectedWheel[] = [];
  for (const wheel of sorted.wheels) wheels.push(await inspectWheel(wheel.path, fileOptions));
  // Every wheel of a matrix holds the same packages; the first one's are imported and looked
  // for in the sdist (a compiled module's sources have other names and are not).
  const importables = wheels[0]?.importables ?? [];
  const sdists: Inspected[] = [];
  for (const sdist of sorted.sdists)
    sdists.push(await inspectSdist(sdist.path, fileOptions, importables));
  const member = (result: Inspected) => ({
    filename: result.info.filename,
    metadata: result.metadata,
  });
  const set = wheelSetProblems(wheels.map(member), sdists.map(member), {
    distDir: options.distDir,
    requireSdist: options.requireSdist,
  });
  const agreed = agreedVersion([...sdists, ...wheels], options.version === undefined);
  const problems = [
    ...sorted.problems,
    ...[...sdists, ...wheels].flatMap((result) => result.problems),
    ...set.problems,
    ...agreed.problems,
  ];
  const sdist = sdists.length === 1 ? sdists[0]!.info : undefined;
  return {
    wheels: wheels.map((result) => result.info),
    sdist,
    files: [...(sdist ? [sdist] : []), ...wheels.map((result) => result.info)],
    version: agreed.version,
    importNames: importables.map((item) => item.name),
    absentTopLevel: wheels[0]?.absentTopLevel ?? [],
    problems,
    warnings: [...sorted.warnings, ...set.warnings, ...wheels.flatMap((result) => result.warnings)],
  };
}

// The inspection of files built elsewhere (`dist-dir`): find them, inspect each and the set. The
// problems refuse the release and the warnings (no sdist, one file found twice) do not; the
// caller reports both, before anything leaves the machine.
import path from 'node:path';
import { findDistFiles } from './dist-dir.js';
import type { ArtifactInfo, InspectOptions, Problem } from './archive-checks.js';
import { inspectFileSet } from './inspect-set.js';
import type { FolderRelease } from './install-from-folders.js';

export interface ReleaseFiles {
  /** The first wheel by name; the wheel test installs whichever fits the runner. */
  readonly wheel: ArtifactInfo;
  readonly sdist: ArtifactInfo | undefined;
  /** Everything to upload and attach. */
  readonly files: readonly ArtifactInfo[];
  readonly importNames: readonly string[];
  readonly builtVersion: string;
  readonly fromFolders: FolderRelease;
}

export interface ReleaseFilesInspection {
  /** What to release; undefined when a problem refuses the files, or no wheel is among them. */
  readonly release: ReleaseFiles | undefined;
  readonly problems: readonly Problem[];
  /** Worth reporting, but no reason to refuse. */
  readonly warnings: readonly Problem[];
  /** Names the wheel's top_level.txt lists that it holds no code for: not imported. */
  readonly absentTopLevel: readonly string[];
}

export async function inspectReleaseFiles(options: {
  readonly distDir: string;
  readonly projectDir: string;
  readonly workspace: string;
  readonly projectName: string;
  readonly version: string;
  readonly importName: string | undefined;
  readonly expectLicense: boolean;
  readonly licenseFiles?: InspectOptions['licenseFiles'];
  readonly readme?: string;
  readonly expectReadme?: boolean;
  readonly buildFiles?: readonly string[];
  readonly requireSdist: boolean;
}): Promise<ReleaseFilesInspection> {
  const contents = await findDistFiles(options.distDir, options.projectDir, options.workspace);
  const found = await inspectFileSet(contents, {
    distDir: options.distDir,
    projectName: options.projectName,
    version: options.version,
    importName: options.importName,
    expectLicense: options.expectLicense,
    licenseFiles: options.licenseFiles,
    readme: options.readme,
    expectReadme: options.expectReadme,
    buildFiles: options.buildFiles,
    requireSdist: options.requireSdist,
  });
  const { problems, warnings, absentTopLevel } = found;
  const wheel = found.wheels[0];
  if (problems.length > 0 || !wheel) {
    return { release: undefined, problems, warnings, absentTopLevel };
  }
  const release = {
    wheel,
    sdist: found.sdist,
    files: found.files,
    importNames: found.importNames,
    builtVersion: found.version ?? options.version,
    fromFolders: {
      dirs: contents.dirs,
      wheels: found.wheels.map((item) => path.basename(item.path)),
    },
  };
  return { release, problems, warnings, absentTopLevel };
}

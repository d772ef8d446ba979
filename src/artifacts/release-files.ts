// The release step's inspection of files built elsewhere (`dist-dir`): find them, inspect each
// and the set, report every problem as an annotation and refuse the release before anything
// leaves the machine. Warnings (no sdist, one file found twice) are annotated and pass.
import path from 'node:path';
import { UserError } from '../errors.js';
import { annotate } from '../report.js';
import { findDistFiles } from './dist-dir.js';
import type { ArtifactInfo } from './archive-checks.js';
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

export async function inspectReleaseFiles(options: {
  readonly distDir: string;
  readonly projectDir: string;
  readonly workspace: string;
  readonly projectName: string;
  readonly version: string;
  readonly importName: string | undefined;
  readonly expectLicense: boolean;
  readonly buildFiles?: readonly string[];
  readonly requireSdist: boolean;
}): Promise<ReleaseFiles> {
  const contents = await findDistFiles(options.distDir, options.projectDir, options.workspace);
  const found = await inspectFileSet(contents, {
    distDir: options.distDir,
    projectName: options.projectName,
    version: options.version,
    importName: options.importName,
    expectLicense: options.expectLicense,
    buildFiles: options.buildFiles,
    requireSdist: options.requireSdist,
  });
  for (const warning of found.warnings)
    annotate({ level: 'warning', title: warning.title, message: warning.message });
  const wheel = found.wheels[0];
  if (found.problems.length > 0 || !wheel) {
    for (const problem of found.problems)
      annotate({ level: 'error', title: problem.title, message: problem.message });
    throw new UserError(
      `the files in dist-dir ${options.distDir} are not fit to publish (${[...new Set(found.problems.map((problem) => problem.title))].join(', ')}); see the annotations. Nothing was published.`,
      'Artifacts refused',
    );
  }
  return {
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
}

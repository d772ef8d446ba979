// The wheel test's install for a release built elsewhere: `name==version` from the dist-dir
// folders alone (the installer picks the wheel for this interpreter and never builds the
// sdist), then its dependencies as a user gets them. When no wheel fits, the error says which
// tags the folder has and which the interpreter takes.
import { UserError } from '../errors.js';
import { interpreterTags } from './interpreter-tags.js';
import {
  dependencyInstallArgs,
  fittingWheels,
  folderInstallArgs,
  noFittingWheelMessage,
} from './wheel-fit.js';

export interface FolderRelease {
  /** Folders holding the release's files, given to the installer as --find-links. */
  readonly dirs: readonly string[];
  /** The release's wheel file names. */
  readonly wheels: readonly string[];
}

/** Runs one command of the wheel test; throws a UserError when it fails. */
export type Runner = (what: string, command: string, args: string[]) => Promise<unknown>;

export async function installFromFolders(options: {
  readonly run: Runner;
  readonly command: string;
  /** Turns `pip install …` arguments into this installer's (`-m pip --python <venv> install …`). */
  readonly wrap: (pipArgs: string[]) => string[];
  readonly release: FolderRelease;
  readonly requirement: string;
  /** The interpreter the test environment was made from, asked for its tags on failure. */
  readonly python: string;
}): Promise<void> {
  const { run, command, wrap, release, requirement } = options;
  try {
    await run(
      `Installing ${requirement} from dist-dir`,
      command,
      wrap(folderInstallArgs(requirement, release.dirs)),
    );
  } catch (error) {
    const found = await interpreterTags(options.python);
    if (found.tags.length > 0 && fittingWheels(release.wheels, found.tags).length === 0) {
      throw new UserError(
        noFittingWheelMessage({
          filenames: release.wheels,
          supported: found.tags,
          interpreter: found.label,
          requirement,
        }),
        'No wheel for this runner',
      );
    }
    throw error;
  }
  await run(
    `Installing the dependencies of ${requirement}`,
    command,
    wrap(dependencyInstallArgs(requirement, release.dirs)),
  );
}

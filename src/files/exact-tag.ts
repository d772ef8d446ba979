// Before any build: the checkout is exactly the commit to release. The build runs in the working
// tree (backends such as setuptools-scm need the git checkout), so a file that is not in the
// commit, or HEAD one commit past the tag, would enter the sdist unseen. Refusing names what to
// do; building a hidden export instead would release something the log does not show.
import { dirtyPaths, listSome, parsePorcelainZ } from './clean-tree.js';
import { UserError } from '../errors.js';
import { headCommit, statusOf, tagCommit } from '../tools/index.js';

/** Refuses unless the project folder has no modified or untracked file (build outputs aside). */
export async function requireCleanTree(
  workspace: string,
  projectDir: string,
  what: string,
): Promise<void> {
  const dirty = dirtyPaths(parsePorcelainZ(await statusOf(workspace, projectDir)), projectDir);
  if (dirty.length === 0) return;
  throw new UserError(
    `${what} builds the committed files only, but ${projectDir || 'the repository'} has ${dirty.length} file${dirty.length === 1 ? '' : 's'} that differ from the commit and would enter the sdist: ${listSome(dirty)}. Commit them, or remove them (or list them in .gitignore) in the step before pyrelease, and run again.`,
    'Working tree not clean',
  );
}

/**
 * Refuses unless HEAD is the tag's commit and, when the release builds here, the project folder is
 * clean. Files built elsewhere (dist-dir) are downloaded into the checkout, so they are no dirt.
 */
export async function requireExactTag(
  workspace: string,
  projectDir: string,
  tag: string,
  buildsHere = true,
): Promise<string> {
  const [tagged, head] = await Promise.all([tagCommit(workspace, tag), headCommit(workspace)]);
  if (!tagged) {
    throw new UserError(
      `The tag ${tag} is not in the checkout; check out the tag (actions/checkout does on a tag push).`,
      'Tag not found',
    );
  }
  if (head !== tagged) {
    throw new UserError(
      `The checkout is at ${head?.slice(0, 12) ?? 'no commit'}, not at ${tagged.slice(0, 12)}, the commit of ${tag}; the release builds exactly the tagged commit. Check out the tag (actions/checkout with ref: ${tag}) and run again.`,
      'Checkout is not the tag',
    );
  }
  if (buildsHere) await requireCleanTree(workspace, projectDir, `The release of ${tag}`);
  return tagged;
}

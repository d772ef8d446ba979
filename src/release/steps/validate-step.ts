// The version check, as the pull-request check runs it, plus what a release needs beyond it: a
// version to release, a project name, and a public version (PyPI refuses local ones).
import path from 'node:path';
import { UserError } from '../../errors.js';
import { annotate } from '../../report.js';
import { git } from '../../tools/index.js';
import { parsePep440 } from '../../version/index.js';
import { latestVersionTag } from '../../version/index.js';
import { runCheck, type CheckRun } from '../../check/index.js';
import { releaseStep } from '../release-state.js';

/** PyPI refuses local versions (`1.0.0+abc`): refused here, before anything is built. */
function refuseLocalVersion(run: CheckRun, tag: string | undefined): void {
  const version = run.result.pep440 === undefined ? null : parsePep440(run.result.pep440);
  if (!version?.local) return;
  const primary = run.project.primary;
  const where = primary
    ? `${primary.label} (${primary.file}:${primary.line})`
    : `the tag ${tag ?? run.result.tag ?? ''}`;
  throw new UserError(
    `${where} is ${version.raw}, a local version (+${version.local}); PyPI and TestPyPI refuse local versions (PEP 440). Release the public version ${version.normalized.split('+')[0]} instead, tagged without the +${version.local}. Nothing was built or published.`,
    'Local version',
    primary ? { file: primary.file, line: primary.line, column: primary.column } : undefined,
  );
}

/**
 * For a local dry run without a tag: the version tag on HEAD, which is the version when the
 * build takes it from the tag (hatch-vcs, setuptools-scm).
 */
async function versionTagAtHead(
  cwd: string,
  prefix: string,
  projectNames: readonly string[],
): Promise<string | undefined> {
  const result = await git(cwd, ['tag', '--points-at', 'HEAD']);
  if (result.exitCode !== 0) return undefined;
  const tags = result.stdout.split('\n').filter(Boolean);
  return latestVersionTag(tags, prefix, projectNames)?.tag;
}

export const validate = releaseStep({
  name: 'Validate',
  sideEffect: false,
  writes: ['projectDir', 'validated'],
  async run(state) {
    const { context, inputs, requestedTag } = state;
    let run = await runCheck(context, inputs, requestedTag);
    if (requestedTag === undefined && run.project.origin.kind !== 'file') {
      const headTag = await versionTagAtHead(context.workspace, inputs.tagPrefix, run.tagNames);
      if (headTag) run = await runCheck(context, inputs, headTag);
    }
    state.observed.check = run.result;
    for (const finding of run.result.findings) annotate(finding);
    if (!run.result.ok) {
      const errors = run.result.findings.filter((finding) => finding.level === 'error');
      throw new UserError(
        `the version check found ${errors.length} problem${errors.length === 1 ? '' : 's'} (see the annotations): ${errors.map((e) => e.title).join(', ')}. Nothing was built or published.`,
        'Release refused',
      );
    }
    refuseLocalVersion(run, requestedTag);

    const { project, result: check } = run;
    if (!project.name) {
      const setup = project.setupFiles;
      const [describer] = setup.length > 0 ? setup.slice(-1) : project.buildFiles.slice(-1);
      throw new UserError(
        setup.length > 0
          ? `${setup.join(' and ')} ${setup.length === 1 ? 'names' : 'name'} no project (setup.cfg [metadata] name, or a literal name="…" in setup()); a release needs the name the index knows it by. Add name = your-package under [metadata] in setup.cfg, or name="your-package" in setup(), and commit. Nothing was built or published.`
          : `${project.pyprojectFile} names no project ([project].name, or [tool.poetry].name for Poetry 1); a release needs the name the index knows it by. Add name = "your-package" to its [project] table and commit. Nothing was built or published.`,
        'No project name',
        { file: describer ?? project.pyprojectFile },
      );
    }
    state.projectDir = path.join(context.workspace, project.dir);
    if (check.tag === undefined || check.pep440 === undefined) {
      // An untagged dry run of a project whose version is its tag (or computed by its build)
      // still builds and tests: the version is what the build computes.
      if (
        requestedTag === undefined &&
        inputs.dryRun &&
        !inputs.distDir &&
        project.origin.kind !== 'file'
      ) {
        state.validated = {
          check,
          project,
          tag: '',
          version: '',
          name: project.name,
          fromBuild: true,
          tagNames: run.tagNames,
        };
        return `not tagged: the version is what the build computes (${project.origin.how})`;
      }
      throw new UserError(
        `The version of ${project.buildFiles.join(' and ')} is not written in its files (${project.origin.kind === 'file' ? 'no version' : project.origin.how}), and no tag names it. Release from a version tag: tag the commit (git tag -a v1.2.3) and run again.`,
        'No version to release',
        { file: project.buildFiles[0] ?? project.pyprojectFile },
      );
    }
    state.validated = {
      check,
      project,
      tag: check.tag,
      version: check.pep440,
      name: project.name,
      fromBuild: false,
      tagNames: run.tagNames,
    };
    return `${check.tag} = ${check.pep440}${requestedTag ? '' : ', not tagged (local dry run)'}`;
  },
});

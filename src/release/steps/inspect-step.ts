// Looks inside what will be released before anything else uses it: names, versions and METADATA
// of the built pair, or of the whole set of prebuilt files a dist-dir holds.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inspectDist } from '../../artifacts/index.js';
import { inspectReleaseFiles } from '../../artifacts/index.js';
import { UserError } from '../../errors.js';
import { declaredLicenseFiles, declaredReadme, type Project } from '../../project/index.js';
import { annotate } from '../../report.js';
import {
  buildDir,
  releaseStep,
  type Inspection,
  type ReleaseGiven,
  type ReleaseResults,
} from '../release-state.js';

async function hasTopLevel(projectDir: string, pattern: RegExp): Promise<boolean> {
  const names = await readdir(projectDir).catch(() => [] as string[]);
  return names.some((name) => pattern.test(name));
}

/**
 * The readme the sdist must hold: the declared file; else a README* at its top when the project
 * has one there (pipx keeps its readme in docs/, and an inline readme is no file at all).
 */
async function readmeExpectation(project: Project, projectDir: string) {
  const declared = declaredReadme(project.pyproject.data);
  // A readme above the project folder (`../README.md`) is placed by the backend as it sees fit.
  if (declared && 'file' in declared && !declared.file.startsWith('..'))
    return { readme: declared.file, expectReadme: true };
  if (declared) return { readme: undefined, expectReadme: false };
  return { readme: undefined, expectReadme: await hasTopLevel(projectDir, /^readme/i) };
}

/** The licence files the project declares in pyproject.toml or setup.cfg, if it does. */
async function licenseFiles(project: Project, projectDir: string) {
  const setupCfg = await readFile(path.join(projectDir, 'setup.cfg'), 'utf8').catch(
    () => undefined,
  );
  return declaredLicenseFiles(project.pyproject.data, setupCfg);
}

/** top_level.txt names what the wheel does not hold: said once, and not imported. */
function noteAbsentTopLevel(absent: readonly string[], imported: readonly string[]): void {
  if (absent.length === 0) return;
  const names = absent.join(', ');
  annotate({
    level: 'notice',
    title: 'Not in the wheel',
    message: `The wheel's top_level.txt lists ${names}, but the wheel holds no module or package of that name (setuptools lists every folder its package finder found, such as one of images or docs), so the wheel test imports ${imported.join(', ') || 'nothing'} only. To keep ${names} out of top_level.txt, exclude it in [tool.setuptools.packages.find] exclude (or find_packages(exclude=…)).`,
  });
}

/** Annotates each problem of what would be released; the error refuses the release. */
function refused(
  what: string,
  problems: readonly { readonly title: string; readonly message: string }[],
  titles: readonly string[],
): UserError {
  for (const problem of problems)
    annotate({ level: 'error', title: problem.title, message: problem.message });
  return new UserError(
    `${what} are not fit to publish (${titles.join(', ')}); see the annotations. Nothing was published.`,
    'Artifacts refused',
  );
}

async function inspect(
  state: ReleaseGiven & Pick<ReleaseResults, 'validated' | 'projectDir'>,
): Promise<Inspection> {
  const { context, inputs, validated, projectDir } = state;
  const { name } = validated;
  // Untagged and computed by the build: the artifacts say the version, and must agree on it.
  const version = validated.fromBuild ? undefined : validated.version;
  // Without import-name, the wheel test imports what the built wheel holds.
  const importName = inputs.importName || undefined;
  const expectLicense = await hasTopLevel(projectDir, /^(LICEN[CS]E|COPYING)/i);
  const readme = await readmeExpectation(validated.project, projectDir);
  const declaredLicenses = await licenseFiles(validated.project, projectDir);
  // pyproject.toml, or setup.py and setup.cfg: the sdist must hold what describes the build.
  const buildFiles = validated.project.buildFiles.map((file) => path.posix.basename(file));
  if (inputs.distDir) {
    const prebuilt = await inspectReleaseFiles({
      distDir: inputs.distDir,
      projectDir,
      workspace: context.workspace,
      projectName: name,
      // Prebuilt files are never released untagged (Validate refuses that).
      version: validated.version,
      importName,
      expectLicense,
      licenseFiles: declaredLicenses,
      ...readme,
      buildFiles,
      requireSdist: inputs.requireSdist,
    });
    for (const warning of prebuilt.warnings)
      annotate({ level: 'warning', title: warning.title, message: warning.message });
    noteAbsentTopLevel(prebuilt.absentTopLevel, prebuilt.release?.importNames ?? []);
    if (!prebuilt.release) {
      const titles = [...new Set(prebuilt.problems.map((problem) => problem.title))];
      throw refused(`the files in dist-dir ${inputs.distDir}`, prebuilt.problems, titles);
    }
    return prebuilt.release;
  }
  const found = await inspectDist({
    distDir: buildDir(state),
    projectName: name,
    version,
    importName,
    expectLicense,
    licenseFiles: declaredLicenses,
    ...readme,
    buildFiles,
  });
  for (const warning of found.warnings)
    annotate({ level: 'warning', title: warning.title, message: warning.message });
  noteAbsentTopLevel(found.absentTopLevel, found.importNames);
  if (found.problems.length > 0 || !found.wheel || !found.sdist) {
    const titles = found.problems.map((problem) => problem.title);
    throw refused('the built artifacts', found.problems, titles);
  }
  return {
    wheel: found.wheel,
    sdist: found.sdist,
    files: [found.sdist, found.wheel],
    importNames: found.importNames,
    builtVersion: found.version ?? validated.version,
    fromFolders: undefined,
  };
}

export const inspectArtifacts = releaseStep({
  name: 'Inspect artifacts',
  sideEffect: false,
  reads: ['validated', 'projectDir'],
  writes: ['inspection', 'validated'],
  async run(state) {
    const found = await inspect(state);
    state.inspection = found;
    const { validated } = state;
    if (validated.fromBuild) state.validated = { ...validated, version: found.builtVersion };
    return found.files.map((artifact) => artifact.filename).join(', ');
  },
});

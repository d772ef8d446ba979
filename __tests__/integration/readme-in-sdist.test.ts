// The sdist must hold the readme the project declares, wherever it keeps it: a real hatchling
// build of a project whose readme lives in docs/ (as pipx's does) and whose sdist takes only the
// folders it names is released by a dry run, and a top-level README the sdist leaves out is still
// refused before anything is sent.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taggedExample as tagged, tagDryRun } from '../helpers/tag-dry-run.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

let pypi: PypiServer;

beforeAll(async () => {
  pypi = await startPypiServer({ token: 'pypi-unused-token' });
});
afterAll(async () => {
  await pypi?.close();
});

const SDIST_TAKES_NAMED_FOLDERS = '[tool.hatch.build.targets.sdist]\ninclude = ["/src"]\n\n';

describe('the readme in the sdist', () => {
  it('a readme declared in docs/ is found there', async () => {
    const repo = await tagged(async (project) => {
      await mkdir(path.join(project.dir, 'docs'));
      await project.write('docs/README.md', '# hello-pyrelease\n\nMoved to docs.\n');
      await rm(path.join(project.dir, 'README.md'));
      await project.edit('pyproject.toml', 'readme = "README.md"', 'readme = "docs/README.md"');
      await project.edit(
        'pyproject.toml',
        '[tool.hatch.build.targets.wheel]',
        `${SDIST_TAKES_NAMED_FOLDERS}[tool.hatch.build.targets.wheel]`,
      );
    });
    const run = await tagDryRun(repo, pypi.uploadUrl);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.annotations.filter((annotation) => annotation.level === 'error')).toEqual([]);
  });

  it('an inline readme asks for no file', async () => {
    const repo = await tagged(async (project) => {
      await rm(path.join(project.dir, 'README.md'));
      await project.edit(
        'pyproject.toml',
        'readme = "README.md"',
        'readme = { text = "A small package.", content-type = "text/plain" }',
      );
    });
    const run = await tagDryRun(repo, pypi.uploadUrl);
    expect(run.exitCode, run.stdout).toBe(0);
  });

  it('a top-level README the sdist leaves out is refused', async () => {
    const repo = await tagged(async (project) => {
      await project.edit('pyproject.toml', 'readme = "README.md"\n', '');
      await project.edit(
        'pyproject.toml',
        '[tool.hatch.build.targets.wheel]',
        `${SDIST_TAKES_NAMED_FOLDERS}[tool.hatch.build.targets.wheel]`,
      );
    });
    const run = await tagDryRun(repo, pypi.uploadUrl);
    expect(run.exitCode).toBe(1);
    const missing = run.annotations.find(
      (annotation) => annotation.properties.title === 'Missing file in sdist',
    );
    expect(missing?.message).toContain('a README file');
  });
});

// Changelogs laid out as real projects lay them out, checked through the bundled command line at
// a release tag: numpy's one notes file per version, hatch's changelog above the package folder.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { REAL_PROJECTS } from '../helpers/real-projects.js';
import { makeRepo } from '../helpers/repo.js';

describe('changelog layouts of real projects, at a tag', () => {
  it('numpy: the tag v2.5.2 has its notes file, doc/source/release/2.5.2-notes.rst', async () => {
    const repo = await makeRepo(path.join(REAL_PROJECTS, 'numpy'));
    repo.git('tag', '-a', 'v2.5.2', '-m', 'NumPy 2.5.2');
    const run = await cli(['check', '.', '--tag', 'v2.5.2'], repo.dir);
    expect(run.stdout).toMatch(
      /doc\/source\/release\/2\.5\.2-notes\.rst:4\s+heading\s+2\.5\.2\s+✓/,
    );
    expect(run.stdout).toContain('✓ version 2.5.2 is consistent');
    expect(run.code).toBe(0);
  });

  it('numpy: a tag without its notes file is refused, naming the file to write', async () => {
    const repo = await makeRepo(path.join(REAL_PROJECTS, 'numpy'));
    await repo.edit('pyproject.toml', 'version = "2.5.2"', 'version = "2.5.3"');
    repo.commitAll('Bump');
    repo.git('tag', '-a', 'v2.5.3', '-m', 'NumPy 2.5.3');
    const run = await cli(['check', '.', '--tag', 'v2.5.3'], repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'error: Changelog has no section for this version: There are no release notes for 2.5.3: doc/source/release/2.5.3-notes.rst does not exist.',
    );
  });

  it('hatchling in backend/ finds docs/history/hatchling.md above it, not hatch.md', async () => {
    const repo = await makeRepo(path.join(REAL_PROJECTS, 'hatchling'));
    repo.git('tag', '-a', 'hatchling-v1.32.0', '-m', 'Hatchling 1.32.0');
    const run = await cli(
      ['check', 'backend', '--tag', 'hatchling-v1.32.0', '--tag-prefix', 'hatchling-v'],
      repo.dir,
    );
    expect(run.stdout).toMatch(/docs\/history\/hatchling\.md:11\s+heading\s+1\.32\.0\s+✓/);
    expect(run.stdout).toContain(
      'Changelog: docs/history/hatchling.md (found without --changelog)',
    );
    expect(run.code).toBe(0);
  });
});

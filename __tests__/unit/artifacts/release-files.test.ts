// The inspection of a dist-dir returns what it found; reporting it is the release step's part.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inspectReleaseFiles } from '../../../src/artifacts/release-files.js';

describe('inspectReleaseFiles', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-release-files-'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  const options = (distDir: string) => ({
    distDir,
    projectDir: dir,
    workspace: dir,
    projectName: 'hello-ext',
    version: '0.1.15',
    importName: undefined,
    expectLicense: false,
    requireSdist: false,
  });

  it('returns the problems that refuse the files and the warnings, and annotates nothing', async () => {
    await mkdir(path.join(dir, 'dist', 'wheels-linux'), { recursive: true });
    await writeFile(path.join(dir, 'dist', 'notes.txt'), 'not a release file\n');
    const written = vi.spyOn(process.stdout, 'write');
    const found = await inspectReleaseFiles(options('dist'));
    expect(found.release).toBeUndefined();
    expect(found.problems.map((problem) => problem.title)).toEqual([
      'Unexpected folder in dist-dir',
      'Unexpected file in dist-dir',
      'Missing wheel',
    ]);
    expect(found.warnings.map((warning) => warning.title)).toEqual(['Missing sdist']);
    expect(written.mock.calls.flat().join('')).not.toContain('::');
  });
});

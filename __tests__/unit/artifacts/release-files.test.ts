// The inspection of a dist-dir returns what it found; reporting it is the release step's part.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inspectReleaseFiles } from '../../../src/artifacts/release-files.js';
import { UserError } from '../../../src/errors.js';
import {
  writeBombWheel,
  writeManyEntryWheel,
  writeSymlinkWheel,
} from '../../helpers/python-archives.js';

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

  const wheel = 'hello_ext-0.1.15-py3-none-any.whl';

  async function refusal(): Promise<UserError> {
    const error = await inspectReleaseFiles(options('dist')).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (error instanceof UserError) return error;
    throw new Error(`expected a UserError, got ${String(error)}`);
  }

  it('refuses a FIFO and a link to /dev/zero named like release files, without opening them', async () => {
    await mkdir(path.join(dir, 'dist'));
    execFileSync('mkfifo', [path.join(dir, 'dist', wheel)]);
    await symlink('/dev/zero', path.join(dir, 'dist', 'hello_ext-0.1.15.tar.gz'));
    const started = Date.now();
    const error = await refusal();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error.title).toBe('Not a regular file');
    expect(error.message).toContain(
      `holds dist/${wheel} (a FIFO), dist/hello_ext-0.1.15.tar.gz (a link to a character device): not regular files`,
    );
  }, 10_000);

  it('lists 20,000 stray files without running out of file descriptors', async () => {
    await mkdir(path.join(dir, 'dist'));
    writeManyEntryWheel(path.join(dir, 'dist', wheel), 1, { name: 'hello_ext', version: '0.1.15' });
    execFileSync('/usr/bin/python3', [
      '-c',
      'import sys\nfor i in range(20000): open(f"{sys.argv[1]}/stray-{i}.txt", "w").write(str(i))',
      path.join(dir, 'dist'),
    ]);
    const found = await inspectReleaseFiles(options('dist'));
    expect(found.release).toBeUndefined();
    const stray = found.problems.filter(
      (problem) => problem.title === 'Unexpected file in dist-dir',
    );
    expect(stray.length).toBeGreaterThan(0);
  }, 120_000);

  it('warns of symbolic links inside a wheel, naming them', async () => {
    await mkdir(path.join(dir, 'dist'));
    const file = path.join(dir, 'dist', wheel);
    writeSymlinkWheel(file, 'hello_ext/secrets', '/etc/shadow', 'hello_ext', '0.1.15');
    const found = await inspectReleaseFiles(options('dist'));
    expect(found.problems).toEqual([]);
    expect(found.warnings.map((warning) => warning.title)).toContain('Symbolic link in wheel');
    expect(found.warnings.find((w) => w.title === 'Symbolic link in wheel')!.message).toContain(
      `${wheel} holds symbolic links: hello_ext/secrets.`,
    );
  });

  it('refuses a wheel whose METADATA inflates past the limit, naming it', async () => {
    await mkdir(path.join(dir, 'dist'));
    writeBombWheel(path.join(dir, 'dist', wheel), 'METADATA', 100, 'hello_ext', '0.1.15');
    const found = await inspectReleaseFiles(options('dist'));
    expect(found.release).toBeUndefined();
    const oversized = found.problems.find((problem) => problem.title === 'Oversized archive entry');
    expect(oversized?.message).toMatch(/\.dist-info\/METADATA" declares \d+ bytes \(100 MiB\)/);
  }, 60_000);

  it('inspects a wheel of 65,000 entries in bounded time, duplicates found', async () => {
    await mkdir(path.join(dir, 'dist'));
    writeManyEntryWheel(path.join(dir, 'dist', wheel), 65_000, {
      name: 'hello_ext',
      version: '0.1.15',
      duplicates: 2,
    });
    const started = Date.now();
    const found = await inspectReleaseFiles(options('dist'));
    expect(Date.now() - started).toBeLessThan(15_000);
    const duplicate = found.problems.find(
      (problem) => problem.title === 'Duplicate entry in wheel',
    );
    expect(duplicate?.message).toContain('hello_ext/sub0/m0.py, hello_ext/sub0/m1.py');
  }, 120_000);
});

// The command line as users install it: `npm pack`, then `npm install -g` of that tarball, offline
// (the bundle holds every dependency, so the package needs none), then the installed `pyrelease`
// run on a copy of the example project.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, realpath, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/action.js';
import { runFile } from '../helpers/cli.js';
import { EXAMPLE } from '../helpers/repo.js';

const exec = promisify(execFile);

describe('the npm package', () => {
  let scratch: string;
  let tarball: string;
  let bin: string;
  let files: string[];
  // An empty cache and --offline: the install may not download anything.
  const npm = (args: string[], cwd: string) =>
    exec('npm', [...args, '--offline', '--no-audit', '--no-fund'], {
      cwd,
      env: { ...process.env, npm_config_cache: path.join(scratch, 'npm-cache') },
    });

  beforeAll(async () => {
    scratch = await realpath(await mkdtemp(path.join(tmpdir(), 'pyrelease-pack-')));
    const packed = await npm(['pack', '--json', '--pack-destination', scratch], ROOT);
    const [report] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    tarball = path.join(scratch, report.filename);
    files = report.files.map((file) => file.path).sort();
    const prefix = path.join(scratch, 'prefix');
    await npm(['install', '--global', '--prefix', prefix, tarball], scratch);
    bin = path.join(prefix, 'bin', 'pyrelease');
  }, 180_000);

  it('holds the bundle, its licences, action.yml, README.md and docs/, and no sources', async () => {
    expect(path.basename(tarball)).toMatch(/^pyrelease-\d+\.\d+\.\d+\.tgz$/);
    for (const file of [
      'package.json',
      'dist/cli.js',
      'dist/index.js',
      'dist/licenses.txt',
      'action.yml',
      'LICENSE',
      'README.md',
    ]) {
      expect(files).toContain(file);
    }
    expect(files).toContain('docs/inputs.md');
    expect(files.filter((file) => !/^(dist\/|docs\/[^/]+\.md$|[^/]+$)/.test(file))).toEqual([]);
  });

  it('needs no dependencies at install time', async () => {
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.private).toBeUndefined();
    // esbuild bundles every runtime package into dist/: list them under devDependencies.
    expect(manifest.dependencies ?? {}, 'bundled packages belong in devDependencies').toEqual({});
    expect(manifest.optionalDependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
  });

  it('installs an executable pyrelease with the node shebang', async () => {
    const target = await realpath(bin);
    expect(target.endsWith(path.join('pyrelease', 'dist', 'cli.js'))).toBe(true);
    expect((await stat(target)).mode & 0o111).not.toBe(0);
    expect((await readFile(target, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('runs --version, check and release --dry-run', async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const shown = await runFile(bin, ['--version'], scratch);
    expect(shown).toEqual({ code: 0, stdout: `pyrelease ${version}\n`, stderr: '' });

    const project = path.join(scratch, 'example');
    await cp(EXAMPLE, project, {
      recursive: true,
      filter: (src) => !/(^|\/)(dist|build|__pycache__)$/.test(src) || src === EXAMPLE,
    });
    const check = await runFile(bin, ['check', project], scratch);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('✓ version 0.1.15 is consistent');

    const release = await runFile(
      bin,
      [
        'release',
        '--dry-run',
        project,
        '--builder',
        'build',
        '--no-build-isolation',
        '--python',
        '/usr/bin/python3',
      ],
      scratch,
    );
    expect(release.code, release.stderr).toBe(0);
    expect(release.stdout).toMatch(/^✓ Test the wheel .* import hello_pyrelease → 0\.1\.15$/m);
    expect(release.stdout).toMatch(/^ {2}hello_pyrelease-0\.1\.15\.tar\.gz /m);
    expect(release.stdout).toContain('Dry run: nothing was uploaded, tagged or released.');
  });
});

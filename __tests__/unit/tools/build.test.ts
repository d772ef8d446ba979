import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { buildCommand } from '../../../src/tools/build.js';
import { pipInstallArgs, pythonBuildArgs, venvArgs } from '../../../src/tools/python-build.js';
import {
  KNOWN_UV_SHA256,
  parseChecksumFile,
  uvArchiveUrl,
  uvTarget,
} from '../../../src/tools/uv.js';
import { uvBuildArgs, uvPipInstallArgs, uvVenvArgs } from '../../../src/tools/uv-args.js';

const where = { outDir: '/w/p/dist', projectDir: '/w/p' };

describe('python -m build', () => {
  it('builds sdist and wheel with isolation', () => {
    expect(pythonBuildArgs({ ...where, isolation: true })).toEqual([
      '-m',
      'build',
      '--sdist',
      '--wheel',
      '--outdir',
      '/w/p/dist',
      '/w/p',
    ]);
  });

  it('uses the installed backend and skips the requirement check without isolation', () => {
    expect(pythonBuildArgs({ ...where, isolation: false })).toEqual([
      '-m',
      'build',
      '--sdist',
      '--wheel',
      '--outdir',
      '/w/p/dist',
      '--no-isolation',
      '--skip-dependency-check',
      '/w/p',
    ]);
  });

  it('makes a venv and installs into it with pip', () => {
    expect(venvArgs('/tmp/venv')).toEqual(['-m', 'venv', '/tmp/venv']);
    expect(pipInstallArgs('/d/x-1.0-py3-none-any.whl')).toEqual([
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '/d/x-1.0-py3-none-any.whl',
    ]);
    expect(
      pipInstallArgs('x==1.0', { noDeps: true, indexUrl: 'https://test.pypi.org/simple/' }),
    ).toEqual([
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '--no-deps',
      '--index-url',
      'https://test.pypi.org/simple/',
      'x==1.0',
    ]);
  });
});

describe('uv build', () => {
  it('builds sdist and wheel from the tree, ignoring [tool.uv.sources]', () => {
    expect(uvBuildArgs({ ...where, isolation: true })).toEqual([
      'build',
      '--sdist',
      '--wheel',
      '--no-sources',
      '--out-dir',
      '/w/p/dist',
      '/w/p',
    ]);
  });

  it('names the Python and turns isolation off', () => {
    expect(uvBuildArgs({ ...where, isolation: false, python: '/usr/bin/python3' })).toEqual([
      'build',
      '--sdist',
      '--wheel',
      '--no-sources',
      '--out-dir',
      '/w/p/dist',
      '--python',
      '/usr/bin/python3',
      '--no-build-isolation',
      '/w/p',
    ]);
  });

  it('makes a venv and installs the wheel with its dependencies unless told not to', () => {
    expect(uvVenvArgs('/tmp/venv')).toEqual(['venv', '--quiet', '/tmp/venv']);
    expect(uvVenvArgs('/tmp/venv', 'python3.12')).toEqual([
      'venv',
      '--quiet',
      '--python',
      'python3.12',
      '/tmp/venv',
    ]);
    expect(uvPipInstallArgs('/tmp/venv/bin/python', '/d/x.whl')).toEqual([
      'pip',
      'install',
      '--quiet',
      '--python',
      '/tmp/venv/bin/python',
      '/d/x.whl',
    ]);
    expect(
      uvPipInstallArgs('/tmp/venv/bin/python', '/d/x.whl', {
        noDeps: true,
        indexUrl: 'http://127.0.0.1:1/simple/',
      }),
    ).toEqual([
      'pip',
      'install',
      '--quiet',
      '--python',
      '/tmp/venv/bin/python',
      '--no-deps',
      '--default-index',
      'http://127.0.0.1:1/simple/',
      '/d/x.whl',
    ]);
  });
});

describe('buildCommand', () => {
  const base = { ...where, python: '/usr/bin/python3' };

  it('runs the python module for builder build and uv for builder uv', () => {
    expect(buildCommand({ ...base, builder: 'build', isolation: false })).toEqual([
      '/usr/bin/python3',
      ...pythonBuildArgs({ ...where, isolation: false }),
    ]);
    expect(buildCommand({ ...base, builder: 'uv', uvPath: '/opt/uv/uv', isolation: true })).toEqual(
      ['/opt/uv/uv', ...uvBuildArgs({ ...where, isolation: true, python: base.python })],
    );
  });

  it('refuses builder uv without a uv', () => {
    expect(() => buildCommand({ ...base, builder: 'uv', isolation: true })).toThrow(UserError);
  });
});

describe('hostile paths', () => {
  const hostile = [
    '/tmp/my project/dist',
    '/tmp/a;rm -rf ~/dist',
    '/tmp/$(id)/dist',
    "/tmp/it's `whoami`/dist",
  ];

  it.each(hostile)('%s stays one argument in every command line', (dir) => {
    const cases: [string[], number][] = [
      [pythonBuildArgs({ outDir: dir, projectDir: dir, isolation: false }), 2],
      [uvBuildArgs({ outDir: dir, projectDir: dir, isolation: false, python: dir }), 3],
      [venvArgs(dir), 1],
      [uvVenvArgs(dir, dir), 2],
      [pipInstallArgs(dir), 1],
      [uvPipInstallArgs(dir, dir), 2],
      [
        buildCommand({
          builder: 'uv',
          uvPath: dir,
          python: dir,
          outDir: dir,
          projectDir: dir,
          isolation: true,
        }),
        4,
      ],
    ];
    for (const [args, count] of cases) {
      expect(args.filter((arg) => arg === dir)).toHaveLength(count);
      // Everything else is a fixed flag: no piece of the path was split off or quoted.
      expect(args.filter((arg) => arg !== dir).every((arg) => /^[-\w.]+$/.test(arg))).toBe(true);
    }
  });

  it('turns a path that starts with - into a relative path that is not an option', () => {
    expect(pythonBuildArgs({ outDir: '-o', projectDir: '--help', isolation: true })).toEqual([
      '-m',
      'build',
      '--sdist',
      '--wheel',
      '--outdir',
      './-o',
      './--help',
    ]);
    expect(uvPipInstallArgs('/v/bin/python', '-r.whl').at(-1)).toBe('./-r.whl');
    expect(venvArgs('-x')).toEqual(['-m', 'venv', './-x']);
  });
});

describe('uv release assets', () => {
  it.each([
    ['linux', 'x64', 'uv-x86_64-unknown-linux-gnu.tar.gz', 'uv-x86_64-unknown-linux-gnu/uv'],
    ['linux', 'arm64', 'uv-aarch64-unknown-linux-gnu.tar.gz', 'uv-aarch64-unknown-linux-gnu/uv'],
    ['darwin', 'x64', 'uv-x86_64-apple-darwin.tar.gz', 'uv-x86_64-apple-darwin/uv'],
    ['darwin', 'arm64', 'uv-aarch64-apple-darwin.tar.gz', 'uv-aarch64-apple-darwin/uv'],
    ['win32', 'x64', 'uv-x86_64-pc-windows-msvc.zip', 'uv.exe'],
    ['win32', 'arm64', 'uv-aarch64-pc-windows-msvc.zip', 'uv.exe'],
    ['linux-musl', 'x64', 'uv-x86_64-unknown-linux-musl.tar.gz', 'uv-x86_64-unknown-linux-musl/uv'],
    [
      'linux-musl',
      'arm64',
      'uv-aarch64-unknown-linux-musl.tar.gz',
      'uv-aarch64-unknown-linux-musl/uv',
    ],
  ])('%s/%s downloads %s holding %s', (system, arch, asset, binary) => {
    const [platform, libc] = system.split('-');
    const target = uvTarget(platform!, arch, libc === 'musl');
    expect(target.asset).toBe(asset);
    expect(target.binaryInArchive).toBe(binary);
    expect(uvArchiveUrl('0.12.16', target)).toBe(
      `https://github.com/astral-sh/uv/releases/download/0.12.16/${asset}`,
    );
    // Every supported target has a built-in hash for the default version.
    expect(KNOWN_UV_SHA256[`${asset}@0.12.16`]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores musl outside Linux', () => {
    expect(uvTarget('darwin', 'arm64', true).asset).toBe('uv-aarch64-apple-darwin.tar.gz');
    expect(uvTarget('win32', 'x64', true).asset).toBe('uv-x86_64-pc-windows-msvc.zip');
  });

  it('refuses a platform uv has no build for here', () => {
    expect(() => uvTarget('freebsd', 'x64')).toThrow(/freebsd\/x64.*setup-uv/);
    expect(() => uvTarget('linux', 'ia32')).toThrow(UserError);
  });

  it('uses a mirror base without a doubled slash', () => {
    expect(uvArchiveUrl('1.2.3', uvTarget('linux', 'x64'), 'http://127.0.0.1:9/uv/')).toBe(
      'http://127.0.0.1:9/uv/1.2.3/uv-x86_64-unknown-linux-gnu.tar.gz',
    );
  });
});

describe('parseChecksumFile', () => {
  const asset = 'uv-x86_64-unknown-linux-gnu.tar.gz';
  const hex = 'AB'.repeat(32);

  it('reads the binary-mode line uv publishes, the text-mode line and a bare hash', () => {
    expect(parseChecksumFile(`${hex} *${asset}\n\n`, asset)).toBe(hex.toLowerCase());
    expect(parseChecksumFile(`${hex}  ${asset}\n`, asset)).toBe(hex.toLowerCase());
    expect(parseChecksumFile(`${hex}\r\n`, asset)).toBe(hex.toLowerCase());
  });

  it('picks the line for the asset from a list', () => {
    const other = 'cd'.repeat(32);
    const text = `${other} *uv-aarch64-apple-darwin.tar.gz\n${hex} *${asset}\n`;
    expect(parseChecksumFile(text, asset)).toBe(hex.toLowerCase());
  });

  it('finds nothing in a file for another asset, an HTML page or a short hash', () => {
    expect(parseChecksumFile(`${hex} *uv-aarch64-apple-darwin.tar.gz\n`, asset)).toBeUndefined();
    expect(parseChecksumFile('<html>Not Found</html>', asset)).toBeUndefined();
    expect(parseChecksumFile(`${'ab'.repeat(31)} *${asset}`, asset)).toBeUndefined();
  });
});

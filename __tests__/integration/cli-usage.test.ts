// The command line's own interface: version, help, and usage errors that say what is wrong in one
// line, show the usage and exit 2, never a stack trace.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/action.js';
import { cli } from '../helpers/cli.js';

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

describe('pyrelease --version and --help', () => {
  it.each([['--version'], ['-V']])('%s prints the version of package.json', async (flag) => {
    const run = await cli([flag]);
    expect(run).toEqual({ code: 0, stdout: `pyrelease ${version}\n`, stderr: '' });
  });

  it.each([['--help'], ['-h'], ['help']])('%s lists the commands', async (flag) => {
    const run = await cli([flag]);
    expect(run.code).toBe(0);
    for (const command of ['check', 'release', 'bump']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(run.stdout).toContain("Run 'pyrelease <command> --help'");
  });

  it.each([
    ['check', ['--tag TAG', '--base REF', '--working-directory DIR'], '--builder'],
    ['release', ['--dry-run', '--builder uv|build', '--python PATH'], '--base'],
    ['bump', ['--dry-run', '--bump LEVEL', '--preid ID', '--version-style STYLE'], '--python'],
  ])('%s --help shows its own options', async (command, shown, notShown) => {
    for (const args of [
      [command, '--help'],
      ['help', command],
    ]) {
      const run = await cli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: pyrelease ${command} `));
      for (const option of shown) expect(run.stdout).toContain(`  ${option} `);
      expect(run.stdout).not.toContain(notShown);
    }
  });
});

describe('usage errors', () => {
  it.each([
    [['frobnicate'], 'pyrelease: unknown command "frobnicate"', 'Usage:\n'],
    [['chek'], 'pyrelease: unknown command "chek"; did you mean `check`?', 'Usage:\n'],
    [
      ['relaese', '--dry-run'],
      'pyrelease: unknown command "relaese"; did you mean `release`?',
      'Usage:\n',
    ],
    [
      ['check', '--tag-prefx', 'v'],
      'pyrelease: unknown option --tag-prefx; did you mean `--tag-prefix`?',
      'Usage: pyrelease check',
    ],
    [
      ['release', '--dry-run', '--no-build-isolaton'],
      'pyrelease: unknown option --no-build-isolaton; did you mean `--no-build-isolation`?',
      'Usage: pyrelease release',
    ],
    [[], 'pyrelease: no command given', 'Usage:\n'],
    [['check', '--frob'], 'pyrelease: unknown option --frob', 'Usage: pyrelease check'],
    [['--frob', 'check'], 'pyrelease: unknown option --frob', 'Usage: pyrelease check'],
    [['check', '-x'], 'pyrelease: unknown option -x', 'Usage: pyrelease check'],
    [
      ['check', '--builder', 'uv'],
      'pyrelease: check has no option --builder',
      'Usage: pyrelease check',
    ],
    [['check', '--tag'], 'pyrelease: option --tag needs a value', 'Usage: pyrelease check'],
    [
      ['release', '--dry-run=yes'],
      'pyrelease: option --dry-run takes no value',
      'Usage: pyrelease release',
    ],
    [
      ['check', 'a', 'b'],
      'pyrelease: one project folder at most, not "a" "b"',
      'Usage: pyrelease check',
    ],
    [
      ['check', 'example', '--working-directory', 'example'],
      'pyrelease: give the project folder as DIR or as --working-directory, not both',
      'Usage: pyrelease check',
    ],
    [['help', 'frob'], 'pyrelease: no help for "frob"', 'Usage:\n'],
    [
      ['bump', '--dry-run', 'example'],
      'pyrelease: bump needs --bump LEVEL (patch, minor, major, pre…, or a version)',
      'Usage: pyrelease bump',
    ],
    [
      ['release', '--dry-run', 'example', '--builder', 'pip'],
      'pyrelease: Option --builder must be uv, uv with a release (uv@0.12.16) or build, not "pip".',
      'Usage: pyrelease release',
    ],
  ])('%j: one line, the usage, exit 2', async (args, message, usage) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const [first, blank, ...rest] = run.stderr.split('\n');
    expect(first).toBe(message);
    expect(blank).toBe('');
    expect(rest.join('\n')).toContain(usage);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it.each([['release'], ['bump']])('%s without --dry-run is refused, exit 2', async (command) => {
    const run = await cli([command, 'example', ...(command === 'bump' ? ['--bump', 'patch'] : [])]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${command} runs only as --dry-run`);
  });
});

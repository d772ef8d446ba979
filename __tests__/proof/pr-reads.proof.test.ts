// A pull request reads only what it should. Its author writes every setting that names a file
// (hatch's path and pattern, scikit-build-core's input and regex, setuptools' file:, towncrier's
// filename, the changelog), and the check runs with the checkout's persisted credential in
// .git/config. Each case points a setting at that credential, at a file outside the repository,
// at a FIFO or at a huge file, runs the bundled action as a pull request check, and asserts the
// run ended with the refusal and that the credential (or any 8 characters of it) is nowhere in
// what the run printed, summarised or output.
import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

// What actions/checkout persists: an extraheader with the token, base64 in basic auth.
const CREDENTIAL = `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_prreadsSecret0123456789').toString('base64')}`;
const HATCH = (file: string, pattern = 'extraheader = (?P<version>.+)') =>
  `\n[tool.hatch.version]\npath = "${file}"\npattern = '${pattern}'\n`;

/** Every slice of 8 characters of `secret` that is in `text`. */
function slicesIn(text: string, secret: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 8 <= secret.length; i++) {
    if (text.includes(secret.slice(i, i + 8))) found.push(secret.slice(i, i + 8));
  }
  return found;
}

function everything(run: ActionRun): string {
  return [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
}

/**
 * The example with a dynamic version (unless `tool` is null: then as it is), `tool` appended to
 * pyproject.toml, on a branch.
 */
async function pullRequest(
  tool: string | null,
  prepare?: (repo: TestRepo) => Promise<void>,
): Promise<{ repo: TestRepo; base: string }> {
  const repo = await makeRepo();
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '--quiet', '-b', 'pr');
  if (tool !== null)
    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'dynamic = ["version"]');
  await repo.write('pyproject.toml', `${await repo.read('pyproject.toml')}${tool ?? ''}`);
  await prepare?.(repo);
  await repo.write('CONTRIBUTING.md', 'A change.\n');
  repo.commitAll('A pull request');
  // The checkout's credential, as actions/checkout leaves it (never committed).
  await appendFile(path.join(repo.dir, '.git/config'), `[http]\n\textraheader = ${CREDENTIAL}\n`);
  return { repo, base };
}

async function check(
  repo: TestRepo,
  base: string,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    inputs,
    payload: { pull_request: { number: 7, base: { ref: 'main', sha: base } } },
  });
}

function expectRefused(run: ActionRun, title: string, file: string): void {
  expect(run.exitCode, run.stdout).toBe(1);
  const error = run.annotations.find((annotation) => annotation.level === 'error');
  expect(error?.properties.title, run.stdout).toBe(title);
  expect(error?.properties.file).toBe(file);
  expect(slicesIn(everything(run), CREDENTIAL)).toEqual([]);
  expect(run.outputs).toEqual({});
}

describe('a pull request cannot make the check print the checkout credential', () => {
  it('hatch path = ".git/config" with a pattern: refused at its pyproject.toml line', async () => {
    const { repo, base } = await pullRequest(HATCH('.git/config'));
    const run = await check(repo, base);
    expectRefused(run, 'File in .git', 'pyproject.toml');
    const error = run.annotations.find((annotation) => annotation.level === 'error')!;
    expect(Number(error.properties.line)).toBeGreaterThan(20);
    expect(error.message).toContain('pyproject.toml line');
    expect(error.message).toContain('.git/config is in the .git folder');
  });

  it.each(['src/../.git/config', '.git/./config', 'src/hello_pyrelease/../../.git/config'])(
    'hatch path = "%s"',
    async (file) => {
      const { repo, base } = await pullRequest(HATCH(file));
      expectRefused(await check(repo, base), 'File in .git', 'pyproject.toml');
    },
  );

  it("scikit-build-core's regex provider with input = .git/config", async () => {
    const tool = `\n[tool.scikit-build]\nmetadata.version.provider = "scikit_build_core.metadata.regex"\nmetadata.version.input = ".git/config"\nmetadata.version.regex = 'extraheader = (?P<value>.+)'\n`;
    const { repo, base } = await pullRequest(tool);
    expectRefused(await check(repo, base), 'File in .git', 'pyproject.toml');
  });

  it("setuptools' version = { file = .git/config }", async () => {
    const { repo, base } = await pullRequest(
      '\n[tool.setuptools.dynamic]\nversion = { file = ".git/config" }\n',
      (repo) =>
        repo.edit(
          'pyproject.toml',
          'build-backend = "hatchling.build"',
          'build-backend = "setuptools.build_meta"',
        ),
    );
    expectRefused(await check(repo, base), 'File in .git', 'pyproject.toml');
  });

  it('a committed symbolic link into .git as the version file', async () => {
    const { repo, base } = await pullRequest(HATCH('src/hello_pyrelease/_about.py'), (repo) =>
      symlink('../../.git/config', path.join(repo.dir, 'src/hello_pyrelease/_about.py')),
    );
    const run = await check(repo, base);
    expectRefused(run, 'File in .git', 'pyproject.toml');
    expect(run.stdout).toContain('is a symbolic link into the .git folder');
  });

  it('the changelog input, and towncrier filename, naming .git/config', async () => {
    const { repo, base } = await pullRequest(null);
    expectRefused(
      await check(repo, base, { changelog: '.git/config' }),
      'File in .git',
      '.git/config',
    );
    const towncrier = await pullRequest(null, (repo) =>
      appendFile(
        path.join(repo.dir, 'pyproject.toml'),
        '\n[tool.towncrier]\nfilename = ".git/config"\n',
      ),
    );
    expectRefused(await check(towncrier.repo, towncrier.base), 'File in .git', 'pyproject.toml');
  });

  it('a pattern that captures a token from a file of the workspace: not a version, not quoted', async () => {
    // Another step of the job may leave a credential file in the workspace (a cloud login does).
    const token = 'ya29.prreadsCloudToken0123456789abcdef';
    const { repo, base } = await pullRequest(
      HATCH('gha-creds-7.json', '"access_token": "(?P<version>[^"]+)"'),
    );
    await writeFile(
      path.join(repo.dir, 'gha-creds-7.json'),
      `{\n  "access_token": "${token}"\n}\n`,
    );
    const run = await check(repo, base);
    expectRefused(run, 'Invalid version', 'gha-creds-7.json');
    expect(slicesIn(everything(run), token)).toEqual([]);
  });
  it('a version that is no version is quoted nowhere: not the table, its title or an annotation', async () => {
    const token = 'ghp_prreadsNotAVersion0123456789abcdef';
    const { repo, base } = await pullRequest(null, (repo) =>
      repo.edit('pyproject.toml', 'version = "0.1.15"', `version = "${token}"`),
    );
    const run = await check(repo, base);
    expectRefused(run, 'Invalid version', 'pyproject.toml');
    expect(slicesIn(everything(run), token)).toEqual([]);
    expect(run.stdout).toContain('Version (not a version): ');
    expect(run.stdout).toContain('✗ pyproject.toml [project].version: (not a version)');
  });
});

describe('a pull request cannot make the check read outside the repository', () => {
  it('a version file that is a symbolic link out of the repository', async () => {
    const { repo, base } = await pullRequest(HATCH('src/hello_pyrelease/_about.py'));
    const secret = path.join(path.dirname(repo.dir), 'secret.txt');
    await writeFile(secret, `extraheader = ${CREDENTIAL}\n`);
    await symlink(secret, path.join(repo.dir, 'src/hello_pyrelease/_about.py'));
    const run = await check(repo, base);
    expectRefused(run, 'File outside the repository', 'pyproject.toml');
    expect(run.stdout).toContain('is a symbolic link that leads outside the repository');
  });

  it('a version path that climbs out with ..', async () => {
    const { repo, base } = await pullRequest(HATCH('../secret.txt'));
    await writeFile(
      path.join(path.dirname(repo.dir), 'secret.txt'),
      `extraheader = ${CREDENTIAL}\n`,
    );
    const run = await check(repo, base);
    expectRefused(run, 'File outside the repository', 'pyproject.toml');
    expect(run.stdout).toContain('../secret.txt points outside the repository');
    expect(run.stdout).not.toContain('symbolic link');
  });
});

describe('a pull request cannot hang the check on a file', () => {
  it('a FIFO as the version file is refused at once', { timeout: 60_000 }, async () => {
    const { repo, base } = await pullRequest(
      HATCH('src/hello_pyrelease/_about.py', '(?P<version>.+)'),
    );
    execFileSync('mkfifo', [path.join(repo.dir, 'src/hello_pyrelease/_about.py')]);
    const run = await check(repo, base);
    expectRefused(run, 'Not a file', 'pyproject.toml');
    expect(run.stdout).toContain('is a named pipe (FIFO), not a file');
  });

  it('a FIFO as CHANGELOG.md is refused at once', { timeout: 60_000 }, async () => {
    const repo = await makeRepo();
    const base = repo.git('rev-parse', 'HEAD').trim();
    await rm(path.join(repo.dir, 'CHANGELOG.md'));
    execFileSync('mkfifo', [path.join(repo.dir, 'CHANGELOG.md')]);
    const run = await check(repo, base);
    expectRefused(run, 'Not a file', 'CHANGELOG.md');
  });

  it(
    'a 40 MB incremental _version.py is refused without being read',
    { timeout: 60_000 },
    async () => {
      const { repo, base } = await pullRequest(
        '\n[tool.hatch.version]\nsource = "incremental"\n\n[tool.incremental]\nname = "hello_pyrelease"\n',
      );
      const line = '# padding padding padding padding padding padding padding padding\n';
      const text = `from incremental import Version\n${line.repeat(Math.ceil(40e6 / line.length))}__version__ = Version("hello_pyrelease", 0, 1, 15)\n`;
      await writeFile(path.join(repo.dir, 'src/hello_pyrelease/_version.py'), text);
      const run = await check(repo, base);
      expectRefused(run, 'File too large', 'src/hello_pyrelease/_version.py');
      expect(run.stdout).toContain('more than the 4.0 MiB');
    },
  );

  it('a CHANGELOG.md that is a folder is named', async () => {
    const repo = await makeRepo();
    const base = repo.git('rev-parse', 'HEAD').trim();
    await rm(path.join(repo.dir, 'CHANGELOG.md'));
    await mkdir(path.join(repo.dir, 'CHANGELOG.md'));
    await writeFile(path.join(repo.dir, 'CHANGELOG.md/0.1.15.md'), '## 0.1.15\n');
    const run = await check(repo, base);
    expect(run.stdout).toContain('CHANGELOG.md is a folder, not a file');
  });
});

// Releasing what a build matrix made (`dist-dir`), as the runner runs it: bundled dist/index.js,
// a real C extension built by Debian's compiler, the other legs' wheels made by retagging copies
// of it, real twine and pip, a local PyPI and a local GitHub API. Then every bad folder is
// refused before anything is uploaded or released.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWheelFilename } from '../../src/artifacts/filenames.js';
import { runAction } from '../helpers/action.js';
import { EXAMPLE, makeRepo, type TestRepo } from '../helpers/repo.js';
import { retagWheel, rewriteWheel } from '../helpers/wheels.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-test-token-0123456789';
const GITHUB_TOKEN = 'ghs_testtoken0123456789';
const PYTHON = '/usr/bin/python3';
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/c-extension');
// The servers run in this process: child processes must not block it.
const exec = promisify(execFile);

let pypi: PypiServer;
let github: GithubServer;
let scratch: string;
/** The real build: the sdist and the wheel for this machine (`linux_x86_64`). */
let sdist: string;
let linuxWheel: string;
/** This interpreter's tag, `cp311`, read from the real wheel's name. */
let py: string;
let repo: TestRepo;

function build(project: string, outdir: string): void {
  execFileSync(
    PYTHON,
    ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', outdir, project],
    { stdio: 'pipe' },
  );
}

async function only(dir: string, suffix: string): Promise<string> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(suffix));
  expect(names).toHaveLength(1);
  return path.join(dir, names[0]!);
}

const manylinux = () => `${py}-${py}-manylinux_2_17_x86_64.manylinux2014_x86_64`;

/** What a cibuildwheel matrix leaves for the release job: repaired wheels and the sdist. */
async function matrix(dir: string, options: { sdist?: boolean } = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  // auditwheel repair renames the wheel this way; this machine's glibc runs manylinux_2_17.
  const made = [
    await retagWheel(linuxWheel, dir, manylinux()),
    await retagWheel(linuxWheel, dir, `${py}-${py}-musllinux_1_2_x86_64`),
    await retagWheel(linuxWheel, dir, `${py}-${py}-win_amd64`),
    await retagWheel(linuxWheel, dir, `${py}-${py}-macosx_11_0_arm64`),
    await retagWheel(
      linuxWheel,
      dir,
      'pp310-pypy310_pp73-manylinux_2_17_x86_64.manylinux2014_x86_64',
    ),
  ];
  if (options.sdist !== false) {
    const copy = path.join(dir, path.basename(sdist));
    await copyFile(sdist, copy);
    made.push(copy);
  }
  return made.map((file) => path.basename(file)).sort();
}

beforeAll(async () => {
  [pypi, github] = await Promise.all([
    startPypiServer({ token: PYPI_TOKEN }),
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN }),
  ]);
  scratch = await mkdtemp(path.join(tmpdir(), 'pyrelease-dist-dir-'));
  const project = path.join(scratch, 'project');
  await cp(FIXTURE, project, { recursive: true });
  build(project, path.join(scratch, 'built'));
  sdist = await only(path.join(scratch, 'built'), '.tar.gz');
  linuxWheel = await only(path.join(scratch, 'built'), '.whl');
  py = parseWheelFilename(path.basename(linuxWheel))!.pythonTags[0]!;

  repo = await makeRepo(FIXTURE);
  repo.git('tag', 'v0.1.14', 'HEAD');
  repo.git('tag', '-a', 'v0.1.15', '-m', 'Release v0.1.15');
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
}, 180_000);
afterAll(async () => {
  await Promise.all([pypi?.close(), github?.close()]);
});

function release(inputs: Record<string, string>) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: 'refs/tags/v0.1.15',
    payload: { ref: 'refs/tags/v0.1.15', repository: { default_branch: 'main' } },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/hello-pyrelease' },
    inputs: {
      builder: 'build',
      python: PYTHON,
      'repository-url': pypi.uploadUrl,
      'pypi-token': PYPI_TOKEN,
      'github-token': GITHUB_TOKEN,
      ...inputs,
    },
  });
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

function counts() {
  return { pypi: pypi.requests.length, github: github.requests.length };
}

/** What a dry run may not do: send anything (it reads what the index has, as PyPI's state). */
function sent() {
  const pypiSent = pypi.requests.filter((request) => request.method !== 'GET').length;
  return { pypi: pypiSent, github: github.requests.length };
}

function errorTitles(run: { annotations: { level: string; properties: { title?: string } }[] }) {
  return run.annotations.filter((a) => a.level === 'error').map((a) => a.properties.title);
}

describe('a release of matrix-built wheels', () => {
  it('uploads and attaches every file, installs the wheel that fits, and a re-run duplicates nothing', async () => {
    const dist = path.join(repo.dir, 'dist');
    const files = await matrix(dist);
    expect(files).toHaveLength(6);

    const first = await release({
      'dist-dir': 'dist',
      'smoke-test': 'import hellocext; assert hellocext.add(2, 3) == 5',
    });
    expect(first.stderr).toBe('');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.summary).toContain('<td>Build</td><td>– skipped</td>');
    for (const step of ['Inspect artifacts', 'twine check', 'Test the wheel'])
      expect(first.summary).toContain(`<td>${step}</td><td>✓ passed</td>`);

    // The index received every file, byte for byte; nothing was built.
    const received = pypi.files.filter((file) => file.version === '0.1.15');
    expect(received.map((file) => file.filename).sort()).toEqual(files);
    for (const file of received)
      expect(file.sha256).toBe(await sha256(path.join(dist, file.filename)));
    expect((await readdir(dist)).sort()).toEqual(files);

    // pip on this machine installs the manylinux wheel from the index and runs the C code.
    const venv = await mkdtemp(path.join(tmpdir(), 'pyrelease-pip-'));
    await exec(PYTHON, ['-m', 'venv', venv]);
    await exec(
      path.join(venv, 'bin/pip'),
      ['install', '--quiet', '--no-deps', '--index-url', pypi.simpleUrl, 'hellocext==0.1.15'],
      { env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' } },
    );
    const { stdout } = await exec(
      path.join(venv, 'bin/python'),
      ['-c', 'import hellocext; print(hellocext.add(40, 2), hellocext._speed.__file__)'],
      { cwd: venv },
    );
    expect(stdout).toMatch(/^42 .*_speed\.cpython-.*\.so$/m);

    // One draft release with every file attached.
    expect(github.violations).toEqual([]);
    const releases = github.state.releases.filter((r) => r.tag_name === 'v0.1.15');
    expect(releases).toHaveLength(1);
    const assets = () =>
      github.state.assets
        .filter((asset) => asset.release_id === releases[0]!.id)
        .map((asset) => asset.name)
        .sort();
    expect(assets()).toEqual(files);
    expect(first.outputs).toMatchObject({
      sdist: 'dist/hellocext-0.1.15.tar.gz',
      wheel: expect.stringMatching(/^dist\/hellocext-0\.1\.15-.*\.whl$/),
    });

    // Again: everything is on the index already.
    const uploadsBefore = pypi.files.length;
    const second = await release({ 'dist-dir': 'dist/' });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(pypi.files.length).toBe(uploadsBefore);
    expect(
      second.annotations.filter((a) => a.properties.title === 'Already uploaded'),
    ).toHaveLength(6);
    expect(github.state.releases.filter((r) => r.tag_name === 'v0.1.15')).toHaveLength(1);
    expect(assets()).toEqual(files);
    expect(github.violations).toEqual([]);
  });

  it("takes maturin's layout, one folder per artifact, through a glob", async () => {
    const linux = await matrix(path.join(repo.dir, 'wheels-linux-x86_64'), { sdist: false });
    await mkdir(path.join(repo.dir, 'wheels-sdist'));
    await copyFile(sdist, path.join(repo.dir, 'wheels-sdist', path.basename(sdist)));
    // A pure file both legs made: the same bytes twice are released once, with a warning.
    await copyFile(
      path.join(repo.dir, 'wheels-linux-x86_64', linux[0]!),
      path.join(repo.dir, 'wheels-sdist', linux[0]!),
    );
    const before = sent();
    const run = await release({ 'dist-dir': 'wheels-*', 'dry-run': 'true' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(sent()).toEqual(before);
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((w) => w.properties.title)).toEqual(['Same file twice']);
    expect(warnings[0]!.message).toContain(`wheels-sdist/${linux[0]}`);
    const plan = run.stdout.slice(run.stdout.indexOf('Dry run:'));
    for (const name of [...linux, path.basename(sdist)]) expect(plan).toContain(name);
  });
});

describe('a bad dist-dir is refused before anything leaves the machine', () => {
  const cases: {
    name: string;
    make?: (dir: string) => Promise<void>;
    inputs?: Record<string, string>;
    title: string;
    says: RegExp;
  }[] = [
    {
      name: 'a folder that does not exist',
      title: 'Missing dist-dir',
      says: /does not exist\. Download the artifacts/,
    },
    {
      name: 'an empty folder',
      make: async (dir) => void (await mkdir(dir)),
      title: 'Empty dist-dir',
      says: /is empty/,
    },
    {
      name: 'a glob that matches nothing',
      inputs: { 'dist-dir': 'no-wheels-*' },
      title: 'Missing dist-dir',
      says: /matches nothing/,
    },
    {
      name: 'wheels of two versions',
      make: async (dir) => {
        await matrix(dir);
        const project = path.join(scratch, 'project-0.1.16');
        await cp(FIXTURE, project, { recursive: true });
        const toml = path.join(project, 'pyproject.toml');
        await writeFile(toml, (await readFile(toml, 'utf8')).replace('0.1.15', '0.1.16'));
        build(project, path.join(scratch, 'built-0.1.16'));
        const wheel = await only(path.join(scratch, 'built-0.1.16'), '.whl');
        await retagWheel(wheel, dir, `${py}-${py}-manylinux_2_28_x86_64`);
      },
      title: 'Wrong wheel file name',
      says: /hellocext-0\.1\.16-.* is version 0\.1\.16; expected 0\.1\.15/,
    },
    {
      name: 'wheels of two projects',
      make: async (dir) => {
        await matrix(dir);
        build(EXAMPLE, path.join(scratch, 'example'));
        await copyFile(
          await only(path.join(scratch, 'example'), '.whl'),
          path.join(dir, 'hello_pyrelease-0.1.15-py3-none-any.whl'),
        );
      },
      title: 'Wrong wheel file name',
      says: /hello_pyrelease-0\.1\.15-py3-none-any\.whl starts with "hello_pyrelease"; expected "hellocext".*another project/,
    },
    {
      name: 'a wheel whose METADATA disagrees with its file name',
      make: async (dir) => {
        const names = await matrix(dir);
        const win = names.find((name) => name.includes('win_amd64'))!;
        await rewriteWheel(path.join(dir, win), path.join(dir, win), {
          'hellocext-0.1.15.dist-info/METADATA': (text) =>
            text.replace('Version: 0.1.15', 'Version: 0.1.16'),
        });
      },
      title: 'Wrong version in metadata',
      says: /win_amd64\.whl:hellocext-0\.1\.15\.dist-info\/METADATA says Version: 0\.1\.16; expected 0\.1\.15/,
    },
    {
      name: 'a corrupt zip',
      make: async (dir) => {
        const names = await matrix(dir);
        const mac = path.join(
          dir,
          names.find((name) => name.includes('macosx'))!,
        );
        const data = await readFile(mac);
        await writeFile(mac, data.subarray(0, data.length - 100));
      },
      title: 'Unreadable wheel',
      says: /macosx_11_0_arm64\.whl is not a readable zip file/,
    },
    {
      name: 'a wheel tag PyPI refuses',
      make: async (dir) => {
        await matrix(dir);
        await copyFile(linuxWheel, path.join(dir, path.basename(linuxWheel)));
      },
      title: 'Platform tag PyPI refuses',
      says: /linux_x86_64.*auditwheel repair/,
    },
    {
      name: 'two wheels for one tag',
      make: async (dir) => {
        await matrix(dir);
        await retagWheel(linuxWheel, dir, `${py}-${py}-manylinux2014_x86_64`);
      },
      title: 'Two wheels for one tag',
      says: /both for .*-manylinux2014_x86_64/,
    },
    {
      name: 'a .zip sdist and an egg',
      make: async (dir) => {
        await matrix(dir);
        await writeFile(path.join(dir, 'hellocext-0.1.15.zip'), 'PK');
        await writeFile(path.join(dir, 'hellocext-0.1.15-py3.11.egg'), 'PK');
      },
      title: 'Unexpected file in dist-dir',
      says: /hellocext-0\.1\.15-py3\.11\.egg is an egg, which PyPI no longer accepts/,
    },
    {
      name: 'no sdist',
      make: async (dir) => void (await matrix(dir, { sdist: false })),
      title: 'Missing sdist',
      says: /holds no sdist/,
    },
    {
      name: 'no wheel that installs on this runner',
      make: async (dir) => {
        await mkdir(dir);
        await retagWheel(linuxWheel, dir, `${py}-${py}-win_amd64`);
        await retagWheel(linuxWheel, dir, 'pp310-pypy310_pp73-manylinux2014_x86_64');
        await copyFile(sdist, path.join(dir, path.basename(sdist)));
      },
      title: 'No wheel for this runner',
      says: /No wheel in dist-dir installs on this runner's Python .*win_amd64.*this interpreter takes cp\d+-cp\d+-manylinux/,
    },
  ];
  for (const [index, bad] of cases.entries()) {
    it(bad.name, async () => {
      const folder = `bad-${index}`;
      if (bad.make) await bad.make(path.join(repo.dir, folder));
      const before = counts();
      const run = await release({ 'dist-dir': folder, ...bad.inputs });
      expect(run.exitCode, run.stdout).toBe(1);
      expect(errorTitles(run)).toContain(bad.title);
      const messages = run.annotations.filter((a) => a.properties.title === bad.title);
      expect(messages.map((a) => a.message).join('\n')).toMatch(bad.says);
      expect(counts()).toEqual(before);
      expect(run.outputs).toEqual({});
      expect(run.summary).toContain('✗ failed');
    });
  }
});

// Secrets within reach of repository code. The repository's code runs as the same user as
// pyrelease, so a clean environment of its own is not enough: it can read /proc/<pid>/environ of
// pyrelease's process (the wheel test's parent) and of every other process of that user. A canary in an
// in-tree build backend and in the package's __init__.py, run by the build and by the wheel test,
// reads its parent's environment and every readable /proc/*/environ, looks for each token, and
// records what it found and which runner variables its own environment holds.
//
// The two-job release keeps the tokens out of its reach: the build job holds none, and the publish
// job, which holds them, never runs the canary. In one job the canary does reach the token, and
// the run says so in exactly one notice. No child is given GITHUB_ENV, GITHUB_PATH,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, INPUT_* or the OIDC request variables.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-AgEIcHlwaS5vcmcreachCanary0123456789';
const GITHUB_TOKEN = 'ghs_reachCanaryGithubToken0123456789ab';
const OIDC_TOKEN = 'oidc-reachCanaryRequestToken0123456789';
const PYTHON = '/usr/bin/python3';
const TAG = 'v0.1.15';
const REACH_TITLE = "Secrets within the repository's reach";
/** The runner variables no child may hold. */
const WITHHELD = [
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RUNTIME_TOKEN',
];

interface Record_ {
  where: 'backend' | 'import';
  /** The tokens found in the parent process's environment. */
  parent: string[];
  /** The tokens found in any readable /proc/<pid>/environ. */
  anywhere: string[];
  readable: number;
  /** Withheld variables (and INPUT_*) in the canary's own environment. */
  own: string[];
}

let pypi: PypiServer;
let github: GithubServer;
let records: string;
let runnerFiles: string;

/** The canary, as Python: `_canary(where)` records what this process can reach. */
function canary(): string {
  const tokens = { pypi: PYPI_TOKEN, github: GITHUB_TOKEN, oidc: OIDC_TOKEN };
  return [
    'import glob as _glob, json as _json, os as _os',
    `_TOKENS = ${JSON.stringify(tokens)}`,
    `_WATCHED = ${JSON.stringify(WITHHELD)}`,
    `_RECORDS = ${JSON.stringify(records)}`,
    'def _read(path):',
    '    try:',
    '        with open(path, "rb") as handle:',
    '            return handle.read().decode("utf-8", "replace")',
    '    except OSError:',
    '        return None',
    'def _canary(where):',
    '    parent = _read(f"/proc/{_os.getppid()}/environ") or ""',
    '    anywhere, readable = set(), 0',
    '    for path in _glob.glob("/proc/[0-9]*/environ"):',
    '        text = _read(path)',
    '        if text is None:',
    '            continue',
    '        readable += 1',
    '        anywhere.update(k for k, v in _TOKENS.items() if v in text)',
    '    own = sorted(k for k in _os.environ if k.upper() in _WATCHED or k.upper().startswith("INPUT_"))',
    '    record = {"where": where, "parent": sorted(k for k, v in _TOKENS.items() if v in parent),',
    '              "anywhere": sorted(anywhere), "readable": readable, "own": own}',
    '    with open(_os.path.join(_RECORDS, f"{where}-{_os.getpid()}.json"), "w") as handle:',
    '        _json.dump(record, handle)',
    '',
  ].join('\n');
}

/** The example project with the canary in an in-tree backend and in its __init__.py, tagged. */
async function canaryRepo(): Promise<TestRepo> {
  const repo = await makeRepo();
  await repo.edit(
    'pyproject.toml',
    'build-backend = "hatchling.build"',
    'build-backend = "canary_backend"\nbackend-path = ["_build"]',
  );
  await mkdir(path.join(repo.dir, '_build'));
  await repo.write(
    '_build/canary_backend.py',
    [
      canary(),
      'from hatchling.build import *  # noqa: F401,F403',
      'from hatchling import build as _hatchling',
      'def build_wheel(*args, **kwargs):',
      '    _canary("backend")',
      '    return _hatchling.build_wheel(*args, **kwargs)',
      'def build_sdist(*args, **kwargs):',
      '    _canary("backend")',
      '    return _hatchling.build_sdist(*args, **kwargs)',
      '',
    ].join('\n'),
  );
  const init = 'src/hello_pyrelease/__init__.py';
  await repo.write(init, `${await repo.read(init)}\n${canary()}_canary("import")\n`);
  repo.commitAll('A canary in the backend and the package');
  repo.git('tag', '-a', TAG, '-m', `Release ${TAG}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

async function recorded(): Promise<Record_[]> {
  const names = (await readdir(records)).sort();
  return Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(records, name), 'utf8'))),
  );
}

beforeAll(async () => {
  [pypi, github] = await Promise.all([
    startPypiServer({ token: PYPI_TOKEN }),
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN }),
  ]);
  records = await mkdtemp(path.join(tmpdir(), 'pyrelease-canary-'));
  runnerFiles = await mkdtemp(path.join(tmpdir(), 'pyrelease-runner-files-'));
  for (const name of ['env', 'path', 'state']) await writeFile(path.join(runnerFiles, name), '');
});
afterAll(async () => {
  await Promise.all([pypi?.close(), github?.close()]);
});

async function clearRecords(): Promise<void> {
  await rm(records, { recursive: true, force: true });
  await mkdir(records);
}

function run(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    workspace,
    eventName: 'push',
    ref: `refs/tags/${TAG}`,
    payload: { ref: `refs/tags/${TAG}`, repository: { default_branch: 'main' } },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo/hello-pyrelease',
      GITHUB_RUN_ID: '777',
      GITHUB_RUN_ATTEMPT: '1',
      // The runner's other command files, which the steps after this one read.
      GITHUB_ENV: path.join(runnerFiles, 'env'),
      GITHUB_PATH: path.join(runnerFiles, 'path'),
      GITHUB_STATE: path.join(runnerFiles, 'state'),
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-not-a-secret-here',
      ...env,
    },
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: PYTHON,
      'smoke-test': 'import hello_pyrelease',
      ...inputs,
    },
  });
}

const reachNotices = (result: ActionRun) =>
  result.annotations.filter((a) => a.properties.title === REACH_TITLE);

describe('the two-job release keeps every token out of reach of repository code', () => {
  it('the build job holds no token; the publish job holds them and runs no repository code', async () => {
    const repo = await canaryRepo();
    const commit = repo.git('rev-parse', 'HEAD').trim();
    await clearRecords();

    // The build job: no pypi-token, no github-token, no id-token: write.
    const built = await run(
      repo.dir,
      { mode: 'build', 'github-token': '' },
      { GITHUB_SHA: commit },
    );
    expect(built.exitCode, built.stdout).toBe(0);
    const fired = await recorded();
    // The canary did run, in the backend and in the wheel test, and found nothing to take.
    expect(new Set(fired.map((record) => record.where))).toEqual(new Set(['backend', 'import']));
    for (const record of fired) {
      expect(record.readable).toBeGreaterThan(0);
      expect(record.anywhere, JSON.stringify(record)).toEqual([]);
      expect(record.own, JSON.stringify(record)).toEqual([]);
    }
    expect(reachNotices(built)).toEqual([]);
    for (const file of ['env', 'path', 'state'])
      expect(await readFile(path.join(runnerFiles, file), 'utf8')).toBe('');

    // The publish job: its own checkout, the files as download-artifact leaves them.
    await clearRecords();
    const publishDir = path.join(await mkdtemp(path.join(tmpdir(), 'pyrelease-reach-')), 'work');
    execFileSync('git', ['clone', '--quiet', repo.origin, publishDir]);
    await mkdir(path.join(publishDir, 'dist'));
    for (const name of await readdir(path.join(repo.dir, 'dist')))
      await copyFile(path.join(repo.dir, 'dist', name), path.join(publishDir, 'dist', name));
    const published = await run(
      publishDir,
      {
        mode: 'publish',
        handover: built.outputs.handover!,
        'repository-url': pypi.uploadUrl,
        'pypi-token': PYPI_TOKEN,
        'github-token': GITHUB_TOKEN,
      },
      {
        GITHUB_SHA: commit,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/never-asked',
      },
    );
    expect(published.exitCode, published.stdout).toBe(0);
    expect(pypi.files.map((file) => file.filename).sort()).toEqual([
      'hello_pyrelease-0.1.15-py3-none-any.whl',
      'hello_pyrelease-0.1.15.tar.gz',
    ]);
    // The canary never fired: no build, no wheel test, no import of the package.
    expect(await recorded()).toEqual([]);
    expect(reachNotices(published)).toEqual([]);
  });
});

describe('one job with a publishing secret', () => {
  it('the canary reaches the token through /proc, and the run says so in exactly one notice', async () => {
    const repo = await canaryRepo();
    await clearRecords();
    const result = await run(repo.dir, {
      'dry-run': 'true',
      'pypi-token': PYPI_TOKEN,
      'github-token': GITHUB_TOKEN,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    const fired = await recorded();
    expect(fired.length).toBeGreaterThan(0);
    // What the notice warns of is true: the package imported by the wheel test is pyrelease's
    // child, and reads the token from /proc/<its parent>/environ, clean as its own environment is.
    expect(fired.some((record) => record.parent.includes('pypi'))).toBe(true);
    expect(fired.some((record) => record.anywhere.includes('pypi'))).toBe(true);
    for (const record of fired) expect(record.own, JSON.stringify(record)).toEqual([]);
    const notices = reachNotices(result);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('pypi-token');
    expect(notices[0]!.message).toContain('/proc/<pid>/environ');
    expect(notices[0]!.message).toContain('mode: build');
    expect(notices[0]!.message).toContain('docs/two-jobs.md');
  });

  it('with trusted publishing possible (id-token: write): one notice naming the OIDC request token', async () => {
    const repo = await canaryRepo();
    await clearRecords();
    const result = await run(
      repo.dir,
      { 'dry-run': 'true', 'github-token': '' },
      {
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/never-asked',
      },
    );
    expect(result.exitCode, result.stdout).toBe(0);
    const notices = reachNotices(result);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
    for (const record of await recorded()) expect(record.own).toEqual([]);
  });

  it('a dry run without a secret says nothing of it', async () => {
    const repo = await canaryRepo();
    await clearRecords();
    const result = await run(repo.dir, { 'dry-run': 'true', 'github-token': '' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(reachNotices(result)).toEqual([]);
  });
});

// The release in two jobs, as the runner runs them: a build job (mode: build, no secret) builds,
// tests and writes the hand-over; a publish job (mode: publish) in another checkout takes a copy
// of those files, as actions/download-artifact leaves them, verifies them and releases them. A
// hand-over that differs in any way is refused with nothing uploaded or released.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';
import { runAction } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

const PYPI_TOKEN = 'pypi-test-token-0123456789';
const GITHUB_TOKEN = 'ghs_testtoken0123456789';
const PYTHON = '/usr/bin/python3';
const TAG = 'v0.1.15';
const RUN_ID = '4242';
const MANIFEST = 'pyrelease-handover.json';

let pypi: PypiServer;
let github: GithubServer;
let repo: TestRepo;
let commit: string;
/** The publish job's own checkout of the tag. */
let publishDir: string;

beforeAll(async () => {
  [pypi, github] = await Promise.all([
    startPypiServer({ token: PYPI_TOKEN }),
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN }),
  ]);
  repo = await makeRepo();
  repo.git('tag', 'v0.1.14', 'HEAD');
  repo.git('tag', '-a', TAG, '-m', `Release ${TAG}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  commit = repo.git('rev-parse', 'HEAD').trim();
  publishDir = path.join(await mkdtemp(path.join(tmpdir(), 'pyrelease-publish-job-')), 'work');
  execFileSync('git', ['clone', '--quiet', repo.origin, publishDir]);
});
afterAll(async () => {
  await Promise.all([pypi?.close(), github?.close()]);
});

function job(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    workspace,
    eventName: 'push',
    ref: `refs/tags/${TAG}`,
    payload: { ref: `refs/tags/${TAG}`, repository: { default_branch: 'main' } },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo/hello-pyrelease',
      GITHUB_SHA: commit,
      GITHUB_RUN_ID: RUN_ID,
      GITHUB_RUN_ATTEMPT: '1',
      ...env,
    },
    inputs: { builder: 'build', 'build-isolation': 'false', python: PYTHON, ...inputs },
  });
}

function publish(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return job(
    publishDir,
    {
      mode: 'publish',
      'repository-url': pypi.uploadUrl,
      'pypi-token': PYPI_TOKEN,
      'github-token': GITHUB_TOKEN,
      ...inputs,
    },
    env,
  );
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

/** What download-artifact leaves in the publish job: a copy of the build job's dist/. */
async function handOver(change?: (dist: string) => Promise<void>): Promise<string> {
  const dist = path.join(publishDir, 'dist');
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist);
  for (const name of await readdir(path.join(repo.dir, 'dist')))
    await copyFile(path.join(repo.dir, 'dist', name), path.join(dist, name));
  await change?.(dist);
  return dist;
}

const counts = () => ({ pypi: pypi.requests.length, github: github.requests.length });

let handover = '';
let built: string[] = [];

describe('the build job', () => {
  it('refuses a dist/ that already holds files, naming them, before building', async () => {
    await mkdir(path.join(repo.dir, 'dist'));
    await appendFile(path.join(repo.dir, 'dist', 'old-0.1.0.tar.gz'), 'x');
    const run = await job(repo.dir, { mode: 'build' });
    await rm(path.join(repo.dir, 'dist'), { recursive: true });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error')!;
    expect(error.properties.title).toBe('Build folder not empty');
    expect(error.message).toContain('dist already holds old-0.1.0.tar.gz');
    // Nothing was built.
    expect(run.summary).toContain('<td>Build folder</td><td>✗ failed</td>');
    expect(run.summary).not.toContain('<td>Build</td>');
  });

  it('builds, tests the wheel and writes dist/ with its manifest, uploading and releasing nothing', async () => {
    const before = counts();
    const run = await job(repo.dir, { mode: 'build', 'github-token': GITHUB_TOKEN });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(counts()).toEqual(before);
    expect(pypi.files).toEqual([]);
    expect(
      run.annotations.filter((a) => a.level !== 'notice' || /secret/i.test(a.message)),
    ).toEqual([]);

    const dist = path.join(repo.dir, 'dist');
    built = (await readdir(dist)).filter((name) => name !== MANIFEST).sort();
    expect(built).toEqual([
      'hello_pyrelease-0.1.15-py3-none-any.whl',
      'hello_pyrelease-0.1.15.tar.gz',
    ]);
    handover = run.outputs.handover!;
    expect(handover).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256(path.join(dist, MANIFEST))).toBe(handover);
    const manifest = JSON.parse(await readFile(path.join(dist, MANIFEST), 'utf8'));
    expect(manifest).toMatchObject({
      schema: 1,
      project: 'hello-pyrelease',
      version: '0.1.15',
      tag: TAG,
      commit,
      repository: 'octo/hello-pyrelease',
      runId: RUN_ID,
      runAttempt: '1',
      dryRun: false,
      wheelTest: expect.stringMatching(/^import hello_pyrelease → 0\.1\.15/),
    });
    for (const file of manifest.files as { name: string; size: number; sha256: string }[])
      expect(file.sha256).toBe(await sha256(path.join(dist, file.name)));
    expect((manifest.files as { name: string }[]).map((file) => file.name).sort()).toEqual(built);
    expect((manifest.checks as { name: string }[]).map((check) => check.name)).toEqual(
      expect.arrayContaining([
        'Validate',
        'Build',
        'Inspect artifacts',
        'twine check',
        'Test the wheel',
      ]),
    );
    expect(run.outputs).toMatchObject({ version: '0.1.15', tag: TAG });
    expect(run.summary).toContain('(build job)');
  });
});

describe('the publish job refuses a hand-over that differs, with nothing uploaded or released', () => {
  const cases: {
    name: string;
    change?: (dist: string) => Promise<void>;
    inputs?: () => Record<string, string>;
    env?: Record<string, string>;
    says: RegExp;
  }[] = [
    {
      name: 'a file changed after the build',
      change: (dist) => appendFile(path.join(dist, 'hello_pyrelease-0.1.15.tar.gz'), '\0'),
      says: /hello_pyrelease-0\.1\.15\.tar\.gz is \d+ bytes, the manifest says \d+/,
    },
    {
      name: 'a file of the same size with other bytes',
      change: async (dist) => {
        const wheel = path.join(dist, 'hello_pyrelease-0.1.15-py3-none-any.whl');
        const bytes = await readFile(wheel);
        bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
        await rm(wheel);
        await appendFile(wheel, bytes);
      },
      says: /hello_pyrelease-0\.1\.15-py3-none-any\.whl has sha256 [0-9a-f]{64}, the manifest says/,
    },
    {
      name: 'a file the manifest does not list',
      change: (dist) =>
        copyFile(
          path.join(dist, 'hello_pyrelease-0.1.15-py3-none-any.whl'),
          path.join(dist, 'hello_pyrelease-0.1.15-py3-none-win_amd64.whl'),
        ),
      says: /hello_pyrelease-0\.1\.15-py3-none-win_amd64\.whl is there but not in the manifest/,
    },
    {
      name: 'a file missing',
      change: (dist) => rm(path.join(dist, 'hello_pyrelease-0.1.15.tar.gz')),
      says: /hello_pyrelease-0\.1\.15\.tar\.gz is listed in the manifest but missing/,
    },
    {
      name: 'a handover input that is not the manifest’s sha256',
      inputs: () => ({ handover: 'a'.repeat(64) }),
      says: /but the handover input .* is a{64}: it is not the manifest the build job wrote/,
    },
    {
      name: 'another commit (GITHUB_SHA)',
      env: { GITHUB_SHA: 'b'.repeat(40) },
      says: /the manifest is for the commit [0-9a-f]{40}, this run for b{40} \(GITHUB_SHA\)/,
    },
    {
      name: 'another workflow run',
      env: { GITHUB_RUN_ID: '9999' },
      says: /written in workflow run 4242, this is run 9999 \(GITHUB_RUN_ID\)/,
    },
    {
      name: 'another repository',
      env: { GITHUB_REPOSITORY: 'mallory/hello-pyrelease' },
      says: /the repository octo\/hello-pyrelease, this run for mallory\/hello-pyrelease/,
    },
    {
      name: 'no manifest at all',
      change: (dist) => rm(path.join(dist, MANIFEST)),
      says: /dist\/pyrelease-handover\.json does not exist/,
    },
  ];

  it.each(cases)('$name', async ({ change, inputs, env, says }) => {
    await handOver(change);
    const before = counts();
    const run = await publish({ handover, ...inputs?.() }, env);
    expect(run.exitCode, run.stdout).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(says);
    expect(errors[0]!.message).toContain('Nothing was uploaded or released');
    expect(pypi.files).toEqual([]);
    expect(counts()).toEqual(before);
    expect(github.state.releases).toEqual([]);
  });
});

describe('the publish job', () => {
  it('verifies the hand-over and releases the files without building or testing them again', async () => {
    const dist = await handOver();
    const run = await publish({ handover });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('(publish job)');
    expect(run.summary).toMatch(/<td>Verify hand-over<\/td><td>✓ passed<\/td>/);
    expect(run.summary).toContain('<td>Build</td><td>– skipped</td>');
    expect(run.summary).toMatch(
      /<td>Test the wheel<\/td><td>– skipped<\/td><td>[^<]*<\/td><td>ran in the build job \(run 4242\): import hello_pyrelease → 0\.1\.15/,
    );
    // No secret-reach notice: this job holds the token but runs none of the repository's code.
    expect(run.annotations.filter((a) => /secret/i.test(a.properties.title ?? ''))).toEqual([]);

    const received = pypi.files.filter((file) => file.version === '0.1.15');
    expect(received.map((file) => file.filename).sort()).toEqual(built);
    for (const file of received)
      expect(file.sha256).toBe(await sha256(path.join(dist, file.filename)));
    const releases = github.state.releases.filter((r) => r.tag_name === TAG);
    expect(releases).toHaveLength(1);
    const assets = github.state.assets
      .filter((asset) => asset.release_id === releases[0]!.id)
      .map((asset) => asset.name)
      .sort();
    expect(assets).toEqual(built);
    expect(github.violations).toEqual([]);
    expect(run.outputs['release-url']).toMatch(/^http/);
  });
});

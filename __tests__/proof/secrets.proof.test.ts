// Secrets: every run's stdout, stderr, step summary and outputs are scanned for every token the
// run was given — raw, base64 (alone and as the Basic credentials twine sends) and URL-encoded —
// with the runner's own `::add-mask::` lines excepted. Zero occurrences, also when twine or the
// wheel test fail and print their own errors. And no code from the repository runs with a token
// in its environment: an in-tree build backend records what it was given.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-AgEIcHlwaS5vcmcsecret0123456789';
const GITHUB_TOKEN = 'ghs_secretGithubToken0123456789abcd';
const PYTHON = '/usr/bin/python3';

let pypi: PypiServer;
let github: GithubServer;
beforeAll(async () => {
  [pypi, github] = await Promise.all([
    startPypiServer({ token: PYPI_TOKEN }),
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN }),
  ]);
});
afterAll(async () => {
  await Promise.all([pypi?.close(), github?.close()]);
});

/** Every spelling of a token that a log could carry. */
function spellings(token: string): string[] {
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  return [
    token,
    encodeURIComponent(token),
    base64(token),
    base64(`__token__:${token}`),
    base64(`x-access-token:${token}`),
  ];
}

function leaks(run: ActionRun, tokens: readonly string[]): string[] {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const texts = {
    stdout,
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
  };
  const found: string[] = [];
  for (const token of tokens) {
    for (const spelling of spellings(token)) {
      for (const [where, text] of Object.entries(texts)) {
        if (text.includes(spelling)) found.push(`${where} holds ${spelling}`);
      }
    }
  }
  return found;
}

async function tagged(prepare?: (repo: TestRepo) => Promise<void>): Promise<TestRepo> {
  const repo = await makeRepo();
  if (prepare) {
    await prepare(repo);
    repo.commitAll('Prepare');
  }
  repo.git('tag', '-a', 'v0.1.15', '-m', 'Release 0.1.15');
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

function release(repo: TestRepo, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: 'refs/tags/v0.1.15',
    payload: { ref: 'refs/tags/v0.1.15', repository: { default_branch: 'main' } },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/hello-pyrelease' },
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: PYTHON,
      'repository-url': pypi.uploadUrl,
      'pypi-token': PYPI_TOKEN,
      'github-token': GITHUB_TOKEN,
      ...inputs,
    },
  });
}

describe('tokens never reach the log, the summary or the outputs', () => {
  it('a release that publishes', async () => {
    const run = await release(await tagged());
    expect(run.exitCode, run.stdout).toBe(0);
    expect(leaks(run, [PYPI_TOKEN, GITHUB_TOKEN])).toEqual([]);
  });

  it('twine failing: the index refuses the token', async () => {
    const wrong = 'pypi-AgEIwrongTokenValue9876543210';
    // An index of its own: the one above already holds this version's files from another build.
    const index = await startPypiServer({ token: PYPI_TOKEN });
    const run = await release(await tagged(), {
      'pypi-token': wrong,
      'repository-url': index.uploadUrl,
    }).finally(() => index.close());
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(/403|auth/i);
    expect(leaks(run, [wrong, GITHUB_TOKEN])).toEqual([]);
  });

  it('the smoke test failing after printing its whole environment', async () => {
    const run = await release(await tagged(), {
      'smoke-test': 'import os; print(dict(os.environ)); raise SystemExit("smoke test failed")',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('smoke test failed');
    expect(leaks(run, [PYPI_TOKEN, GITHUB_TOKEN])).toEqual([]);
  });
});

describe('no code from the repository runs with a token in its environment', () => {
  it('an in-tree build backend sees neither token', async () => {
    const repo = await tagged(async (repo) => {
      await repo.edit(
        'pyproject.toml',
        'build-backend = "hatchling.build"',
        'build-backend = "recording_backend"\nbackend-path = ["_build"]',
      );
      await mkdir(path.join(repo.dir, '_build'));
      await repo.write(
        '_build/recording_backend.py',
        [
          '"""Records the environment the build gets, then builds with hatchling."""',
          'import json, os',
          'from hatchling.build import *  # noqa: F401,F403',
          'from hatchling import build as _hatchling',
          '',
          'def _record(kind):',
          '    path = os.path.join(os.path.dirname(__file__), f"env-{kind}.json")',
          '    with open(path, "w") as handle:',
          '        json.dump(dict(os.environ), handle)',
          '',
          'def build_wheel(*args, **kwargs):',
          '    _record("wheel")',
          '    return _hatchling.build_wheel(*args, **kwargs)',
          '',
          'def build_sdist(*args, **kwargs):',
          '    _record("sdist")',
          '    return _hatchling.build_sdist(*args, **kwargs)',
          '',
        ].join('\n'),
      );
    });
    await release(repo, { 'dry-run': 'true' });
    const recorded = await readFile(path.join(repo.dir, '_build/env-sdist.json'), 'utf8');
    expect(Object.keys(JSON.parse(recorded) as object).length).toBeGreaterThan(0);
    for (const token of [PYPI_TOKEN, GITHUB_TOKEN]) {
      for (const spelling of spellings(token)) expect(recorded).not.toContain(spelling);
    }
    expect(recorded).not.toMatch(
      /INPUT_PYPI-TOKEN|INPUT_GITHUB-TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN/,
    );
  });
});

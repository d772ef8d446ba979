// The whole tag-push release through the action (A) and through scripts/bench-release.sh (B), the
// same commands typed one after another, against local PyPI and GitHub servers that run in this
// process: those runs are spawned asynchronously, so the servers keep answering while a child
// waits for them. A dry run first, then publishing runs, each with fresh servers; one that leaves
// no upload or release counts as failed.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  GITHUB_TOKEN,
  OWNER,
  PYPI_TOKEN,
  RELEASE_TAG,
  REPO,
  checkPublished,
  loadServers,
  onPath,
  startServers,
  taggedClone,
} from './release-fixture.mjs';
import { ACTION, ROOT, measurePairsAsync, median, number, timeAsync } from './shared.mjs';

const SCRIPT = path.join(ROOT, 'scripts/bench-release.sh');
const PYTHON = '/usr/bin/python3';
const RELEASE_TARGET_RATIO = 1.0;

/** The servers, a workspace for each side, and what the action's runner would provide. */
async function prepare(scratch) {
  const [loaded, workspaceA, workspaceB, hasCurl, hasJq] = await Promise.all([
    loadServers(),
    taggedClone(path.join(scratch, 'action')),
    taggedClone(path.join(scratch, 'script')),
    onPath('curl'),
    onPath('jq'),
  ]);
  const runnerTemp = path.join(scratch, 'runner');
  await mkdir(runnerTemp, { recursive: true });
  const eventFile = path.join(scratch, 'event.json');
  await writeFile(
    eventFile,
    JSON.stringify({ ref: `refs/tags/${RELEASE_TAG}`, repository: { default_branch: 'main' } }),
  );
  const baseEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
  };
  return {
    scratch,
    loaded,
    workspaceA,
    workspaceB,
    hasCurl,
    hasJq,
    runnerTemp,
    eventFile,
    baseEnv,
  };
}

/** A: the action as the runner starts it on a tag push. */
async function runAction(setup, extraEnv) {
  const outputFile = path.join(setup.scratch, 'output');
  const summaryFile = path.join(setup.scratch, 'summary');
  await Promise.all([writeFile(outputFile, ''), writeFile(summaryFile, '')]);
  const env = {
    ...setup.baseEnv,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: setup.workspaceA,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: setup.eventFile,
    GITHUB_REF: `refs/tags/${RELEASE_TAG}`,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: setup.runnerTemp,
    INPUT_BUILDER: 'build',
    'INPUT_BUILD-ISOLATION': 'false',
    INPUT_PYTHON: PYTHON,
    ...extraEnv,
  };
  return timeAsync('node dist/index.js (release)', process.execPath, [ACTION], {
    cwd: setup.workspaceA,
    env,
  });
}

/** B: the script, with paths and URLs as arguments and credentials in its environment. */
function runScript(setup, args, extraEnv = {}) {
  return timeAsync(
    'scripts/bench-release.sh',
    'bash',
    [SCRIPT, setup.workspaceB, PYTHON, RELEASE_TAG, ...args],
    {
      cwd: setup.scratch,
      env: { ...setup.baseEnv, ...extraEnv },
    },
  );
}

/** Runs `run` against fresh servers and checks what it published; resolves with its time. */
async function withServers(loaded, label, run, withGithub) {
  const servers = await startServers(loaded);
  try {
    const { ms, output } = await run(servers);
    checkPublished(label, servers, withGithub, output);
    return ms;
  } finally {
    await servers.close();
  }
}

/** A and B publishing, in alternating pairs; B releases on GitHub only with curl and jq. */
function publishPairs(setup, githubInB, pairs) {
  return measurePairsAsync(
    () =>
      withServers(
        setup.loaded,
        'node dist/index.js (release)',
        ({ pypi, github }) =>
          runAction(setup, {
            'INPUT_REPOSITORY-URL': pypi.uploadUrl,
            'INPUT_PYPI-TOKEN': PYPI_TOKEN,
            'INPUT_GITHUB-TOKEN': GITHUB_TOKEN,
            GITHUB_API_URL: github.url,
          }),
        true,
      ),
    () =>
      withServers(
        setup.loaded,
        'scripts/bench-release.sh',
        ({ pypi, github }) =>
          runScript(setup, [pypi.uploadUrl, github.url, `${OWNER}/${REPO}`], {
            TWINE_USERNAME: '__token__',
            TWINE_PASSWORD: PYPI_TOKEN,
            GITHUB_TOKEN,
          }),
        githubInB,
      ),
    pairs,
  );
}

/** B's median, A's median and the median ratio A / B against the target. */
function comparisonRows(name, times) {
  const ratio = median(times.ratios);
  const met = ratio < RELEASE_TARGET_RATIO ? 'met' : 'NOT met';
  return [
    [`${name}: bench-release.sh (B)`, `median ${number(median(times.b) / 1000, 2)} s`],
    [`${name}: node dist/index.js (A)`, `median ${number(median(times.a) / 1000, 2)} s`],
    [
      `${name}: ratio A / B`,
      `median ${number(ratio, 2)} (target < ${RELEASE_TARGET_RATIO}: ${met})`,
    ],
  ];
}

export const release = {
  name: 'release',
  async run({ releasePairs: pairs, scratch }) {
    const setup = await prepare(scratch);
    const githubInB = setup.hasCurl && setup.hasJq;
    const dryRun = await measurePairsAsync(
      async () => (await runAction(setup, { 'INPUT_DRY-RUN': 'true' })).ms,
      async () => (await runScript(setup, [])).ms,
      pairs,
    );
    const publish = await publishPairs(setup, githubInB, pairs);
    const rows = [...comparisonRows('dry run', dryRun), ...comparisonRows('publish', publish)];
    if (!githubInB) {
      rows.push([
        'note',
        `no ${setup.hasCurl ? 'jq' : 'curl'} on PATH: B skipped the GitHub release`,
      ]);
    }
    return { title: `Release pipeline on example/ (${pairs} alternating pairs)`, rows };
  },
};

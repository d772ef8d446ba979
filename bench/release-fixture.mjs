// What the release benchmark runs against: a clone of example/ with a bare origin holding the
// release tag, the local PyPI and GitHub servers of servers/ (fresh for every publishing run, as a
// re-run would skip the uploads), and the check that a run really published.
import { execFile } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { EXAMPLE, ROOT } from './shared.mjs';

export const RELEASE_TAG = 'v0.1.15';
export const RELEASE_VERSION = '0.1.15';
export const OWNER = 'octo';
export const REPO = 'hello-pyrelease';
export const PYPI_TOKEN = 'pypi-bench-token-0123456789';
export const GITHUB_TOKEN = 'ghs_benchtoken0123456789';
const execFileAsync = promisify(execFile);

/** Whether `name` is an executable file in one of PATH's directories (`command -v`). */
export async function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      await access(path.join(dir, name), fsConstants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/**
 * The local PyPI and GitHub servers of servers/, bundled from TypeScript on the fly. The bundle
 * goes under node_modules/ so that its own imports (ajv, @octokit/openapi) resolve there.
 */
export async function loadServers() {
  const { build } = await import('esbuild');
  const cache = path.join(ROOT, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const outdir = await mkdtemp(path.join(cache, 'pyrelease-bench-'));
  try {
    await build({
      entryPoints: {
        pypi: path.join(ROOT, 'servers/pypi.ts'),
        github: path.join(ROOT, 'servers/github.ts'),
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outdir,
      // Under node_modules no package.json says "type": "module".
      outExtension: { '.js': '.mjs' },
      packages: 'external',
      logLevel: 'error',
    });
    const [pypi, github] = await Promise.all([
      import(pathToFileURL(path.join(outdir, 'pypi.mjs')).href),
      import(pathToFileURL(path.join(outdir, 'github.mjs')).href),
    ]);
    return { startPypiServer: pypi.startPypiServer, startGithubServer: github.startGithubServer };
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Bench Author',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench Author',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

/** A clone of example/ with a bare origin that holds main and the annotated release tag. */
export async function taggedClone(base) {
  const origin = path.join(base, 'origin.git');
  const dir = path.join(base, 'work');
  const git = (cwd, ...args) =>
    execFileAsync('git', args, { cwd, env: { ...process.env, ...GIT_IDENTITY } });
  await mkdir(base, { recursive: true });
  await git(base, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  await git(base, 'init', '--quiet', '--initial-branch=main', dir);
  await cp(EXAMPLE, dir, {
    recursive: true,
    filter: (src) => src === EXAMPLE || !/(^|\/)(dist|build|__pycache__)$/.test(src),
  });
  await git(dir, 'remote', 'add', 'origin', origin);
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '--quiet', '-m', 'Initial commit');
  await git(dir, 'tag', '-a', RELEASE_TAG, '-m', `Release ${RELEASE_TAG}`);
  await git(dir, 'push', '--quiet', 'origin', 'main', '--tags');
  return dir;
}

/** Fresh servers for one run, so every run really uploads and creates the release. */
export async function startServers(loaded) {
  const [pypi, github] = await Promise.all([
    loaded.startPypiServer({ token: PYPI_TOKEN }),
    loaded.startGithubServer({ owner: OWNER, repo: REPO, token: GITHUB_TOKEN }),
  ]);
  return {
    pypi,
    github,
    close: () => Promise.all([pypi.close(), github.close()]),
  };
}

/** Throws unless the index got both files and GitHub one draft release with both attached. */
export function checkPublished(label, servers, withGithub, output) {
  const problems = [];
  const files = servers.pypi.files.filter((file) => file.version === RELEASE_VERSION);
  if (files.length !== 2) problems.push(`the index received ${files.length} files, not 2`);
  if (withGithub) {
    const releases = servers.github.state.releases.filter((r) => r.tag_name === RELEASE_TAG);
    const assets = servers.github.state.assets.filter((a) => a.release_id === releases[0]?.id);
    if (releases.length !== 1 || !releases[0].draft) {
      problems.push(`GitHub has ${releases.length} releases of ${RELEASE_TAG}, not one draft`);
    } else if (assets.length !== 2) {
      problems.push(`the GitHub release has ${assets.length} assets, not 2`);
    }
    for (const violation of servers.github.violations) {
      problems.push(
        `GitHub would refuse ${violation.method} ${violation.path}: ${violation.reason}`,
      );
    }
  }
  if (problems.length > 0) {
    const error = new Error(`${label} did not publish: ${problems.join('; ')}`);
    error.output = output;
    throw error;
  }
}

// The action's own release script, run on a copy of this repository in a temporary git repository
// whose origin is a local bare repository: a dry run changes nothing, a release tags vX.Y.Z and
// moves vX on the remote, and every refusal leaves no tag anywhere.
import {
  copyFile,
  cp,
  link,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/action.js';
import { runFile } from '../helpers/cli.js';
import { gitIn } from '../helpers/repo.js';

const COPIED = ['package.json', 'tsconfig.json', 'CHANGELOG.md', 'scripts', 'src', 'dist'];

/**
 * node_modules as hard links: a symlinked node_modules would give esbuild other paths, so other
 * chunk names, and the script would rightly find dist/ stale.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isDirectory()) return linkTree(source, target);
      if (entry.isSymbolicLink()) return symlink(await readlink(source), target);
      return link(source, target).catch(() => copyFile(source, target));
    }),
  );
}

interface ActionRepo {
  dir: string;
  origin: string;
  git(...args: string[]): string;
  release(...args: string[]): ReturnType<typeof runFile>;
  remoteTags(): string;
}

async function makeActionRepo(): Promise<ActionRepo> {
  const base = await mkdtemp(path.join(tmpdir(), 'pyrelease-self-'));
  const origin = path.join(base, 'origin.git');
  const dir = path.join(base, 'work');
  gitIn(base, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  gitIn(base, 'init', '--quiet', '--initial-branch=main', dir);
  for (const name of COPIED)
    await cp(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  await linkTree(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  await writeFile(path.join(dir, '.gitignore'), 'node_modules\n');
  const repo: ActionRepo = {
    dir,
    origin,
    git: (...args) => gitIn(dir, ...args),
    release: (...args) =>
      runFile(process.execPath, [path.join(dir, 'scripts/release-action.mjs'), ...args], dir),
    remoteTags: () => gitIn(origin, 'tag', '--list').trim(),
  };
  repo.git('remote', 'add', 'origin', origin);
  repo.git('add', '-A');
  repo.git('commit', '--quiet', '-m', 'pyrelease');
  repo.git('push', '--quiet', 'origin', 'main');
  return repo;
}

async function setVersion(repo: ActionRepo, version: string, entry?: string): Promise<void> {
  const manifest = path.join(repo.dir, 'package.json');
  const text = await readFile(manifest, 'utf8');
  await writeFile(manifest, text.replace(/"version": "[^"]+"/, `"version": "${version}"`));
  if (entry) {
    const changelog = path.join(repo.dir, 'CHANGELOG.md');
    const log = await readFile(changelog, 'utf8');
    // The new section holds `entry` alone, whatever the Unreleased section of the checkout holds.
    await writeFile(
      changelog,
      // The new section takes the place of whatever [Unreleased] held.
      log.replace(
        /## \[Unreleased\]\n[\s\S]*?(?=\n## \[)/,
        `## [Unreleased]\n\n## [${version}] - 2026-12-01\n\n${entry}\n`,
      ),
    );
  }
  // The version is built into the CLI: dist/ follows package.json.
  await runFile(process.execPath, ['scripts/bundle.mjs'], repo.dir);
  repo.git('add', '-A');
  repo.git('commit', '--quiet', '-m', `Release ${version}`);
  repo.git('push', '--quiet', 'origin', 'main');
}

const version = (
  JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
const major = `v${version.split('.')[0]}`;

describe('scripts/release-action.mjs', () => {
  it('--dry-run checks everything, prints the commands and changes nothing', async () => {
    const repo = await makeActionRepo();
    const run = await repo.release('--dry-run');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `  git tag --annotate --cleanup=verbatim --message 'pyrelease ${version}\n\n### `,
    );
    expect(run.stdout).toContain(` v${version} HEAD\n`);
    expect(run.stdout).toContain(
      `  git tag --force --annotate --message 'pyrelease ${major}: v${version}' ${major} v${version}^{commit}\n`,
    );
    expect(run.stdout).toContain(
      `  git push --atomic --porcelain --force-with-lease=refs/tags/${major}: origin HEAD:refs/heads/main refs/tags/v${version}:refs/tags/v${version} refs/tags/${major}:refs/tags/${major}\n`,
    );
    expect(repo.git('tag', '--list')).toBe('');
    expect(repo.remoteTags()).toBe('');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('tags vX.Y.Z with its changelog section and moves vX on the remote, release after release', async () => {
    const repo = await makeActionRepo();
    const first = await repo.release();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const firstCommit = repo.git('rev-parse', 'HEAD').trim();
    const peeled = (ref: string) => gitIn(repo.origin, 'rev-parse', `${ref}^{commit}`).trim();
    expect(repo.remoteTags().split('\n').sort()).toEqual([major, `v${version}`].sort());
    expect(peeled(`v${version}`)).toBe(firstCommit);
    expect(peeled(major)).toBe(firstCommit);
    expect(gitIn(repo.origin, 'cat-file', '-t', `v${version}`).trim()).toBe('tag');
    const message = gitIn(repo.origin, 'tag', '--list', '--format=%(contents)', `v${version}`);
    expect(message).toMatch(
      new RegExp(`^pyrelease ${version.replace(/\./g, '\\.')}\n\n### \\w+\n- `),
    );

    const [x, y, z] = version.split('.').map(Number);
    const next = `${x}.${y}.${z! + 1}`;
    await setVersion(repo, next, '### Fixed\n- A fix.');
    const second = await repo.release();
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const secondCommit = repo.git('rev-parse', 'HEAD').trim();
    expect(peeled(major)).toBe(secondCommit);
    expect(peeled(`v${version}`)).toBe(firstCommit);
    expect(gitIn(repo.origin, 'tag', '--list', '--format=%(contents)', `v${next}`).trimEnd())
      .toBe(`pyrelease ${next}

### Fixed
- A fix.`);

    const again = await repo.release();
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`the tag v${next} exists already`);
  });

  it('refuses a tree that is not clean', async () => {
    const repo = await makeActionRepo();
    await writeFile(path.join(repo.dir, 'notes.txt'), 'draft\n');
    const run = await repo.release('--dry-run');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the working tree is not clean');
    expect(run.stderr).toContain('?? notes.txt');
  });

  it('refuses a dist/ that is not what the build makes', async () => {
    const repo = await makeActionRepo();
    await writeFile(path.join(repo.dir, 'dist/index.js'), '// stale\n', { flag: 'a' });
    repo.git('commit', '--quiet', '-am', 'Stale dist');
    const run = await repo.release();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('dist/ is not what npm run build makes from src/ (index.js)');
    expect(repo.git('tag', '--list')).toBe('');
    expect(repo.remoteTags()).toBe('');
  });

  it('refuses a version without a changelog section', async () => {
    const repo = await makeActionRepo();
    await setVersion(repo, '7.0.0');
    const run = await repo.release('--dry-run');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CHANGELOG.md has no entries under ## [7.0.0]');
  });

  it('pushes nothing and keeps no tag when the branch moved on the remote', async () => {
    const repo = await makeActionRepo();
    const other = path.join(repo.dir, '..', 'other');
    gitIn(path.dirname(other), 'clone', '--quiet', repo.origin, other);
    gitIn(
      other,
      '-c',
      'user.name=O',
      '-c',
      'user.email=o@example.com',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      'Elsewhere',
    );
    gitIn(other, 'push', '--quiet', 'origin', 'main');
    const run = await repo.release();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the push failed, so nothing was pushed');
    expect(repo.remoteTags()).toBe('');
    expect(repo.git('tag', '--list')).toBe('');
  });

  it('prints its usage for --help and refuses an unknown option', async () => {
    const repo = await makeActionRepo();
    expect((await repo.release('--help')).stdout).toMatch(
      /^Usage: node scripts\/release-action\.mjs/,
    );
    const wrong = await repo.release('--frob');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^release-action: Unknown option '--frob'/);
  });
});

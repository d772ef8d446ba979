// Changelogs found without configuration where they are less plain, checked by the bundled
// dist/index.js as the runner runs it (`mode: check` on a tag push): a root file that only points
// to the changelog, release notes kept one file per release or series in the docs, a package in a
// subfolder whose changelog is the repository's, and real projects laid out that way.
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import { REAL_PROJECTS } from '../helpers/real-projects.js';
import { EXAMPLE, makeRepo, type TestRepo } from '../helpers/repo.js';

/** `mode: check` on the push of `tag`, in `dir` (the working-directory input) when given. */
function checkTag(repo: TestRepo, tag: string, inputs: Record<string, string> = {}) {
  repo.git('tag', '-a', tag, '-m', tag);
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/${tag}`,
    payload: { ref: `refs/tags/${tag}`, repository: { default_branch: 'main' } },
    inputs: { mode: 'check', 'github-token': '', ...inputs },
  });
}

const notices = (run: { annotations: { level: string; message: string }[] }) =>
  run.annotations.filter((a) => a.level === 'notice').map((a) => a.message);

const RST_RELEASES = [
  'Changelog',
  '=========',
  '',
  '0.1.15 (2025-10-15)',
  '-------------------',
  '',
  '- Placeholder entry.',
  '',
].join('\n');

/** The example project with its CHANGELOG.md replaced by `files`. */
async function exampleWith(files: Record<string, string>): Promise<TestRepo> {
  const repo = await makeRepo();
  await rm(path.join(repo.dir, 'CHANGELOG.md'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo.dir, file)), { recursive: true });
    await repo.write(file, text);
  }
  repo.commitAll('Changelog layout');
  return repo;
}

describe('a root changelog that only points elsewhere', () => {
  it('follows CHANGES.rst "See docs/changes.rst" to the file, and says so with file and line', async () => {
    const repo = await exampleWith({
      'CHANGES.rst': 'Changes\n=======\n\nSee docs/changes.rst.\n',
      'docs/changes.rst': RST_RELEASES,
    });
    const run = await checkTag(repo, 'v0.1.15');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(notices(run)).toContain(
      'Changelog: docs/changes.rst (CHANGES.rst:4 points to docs/changes.rst; found without the changelog input).',
    );
    expect(run.summary).toContain('docs/changes.rst:4');
  });

  it('follows an rst include in NEWS.rst and a Markdown link in CHANGELOG.md', async () => {
    const included = await exampleWith({
      'NEWS.rst': '.. include:: docs/changelog.rst\n',
      'docs/changelog.rst': RST_RELEASES,
    });
    const run = await checkTag(included, 'v0.1.15');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(notices(run).join('\n')).toContain('NEWS.rst:1 points to docs/changelog.rst');
    const linked = await exampleWith({
      'CHANGELOG.md': '# Changelog\n\nSee [the changelog](docs/changelog.md).\n',
      'docs/changelog.md': '# Changelog\n\n## [0.1.15] - 2025-10-15\n\n- Entry.\n',
    });
    const linkedRun = await checkTag(linked, 'v0.1.15');
    expect(linkedRun.exitCode, linkedRun.stdout).toBe(0);
    expect(linkedRun.summary).toContain('docs/changelog.md:3');
  });

  it('matches a hosted docs URL to docs/changelog.rst', async () => {
    const repo = await exampleWith({
      NEWS: 'The changelog is at https://hello.readthedocs.io/en/latest/changelog.html\n',
      'docs/changelog.rst': RST_RELEASES,
    });
    const run = await checkTag(repo, 'v0.1.15');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(notices(run).join('\n')).toContain('NEWS:1 points to docs/changelog.rst');
  });

  it('checks no section in a pointer whose target is elsewhere, naming its file and line', async () => {
    const repo = await exampleWith({
      'HISTORY.md':
        '# History\n\nThe changelog moved to https://github.com/octo/hello-pyrelease/releases\n',
    });
    const run = await checkTag(repo, 'v0.1.15');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(notices(run).join('\n')).toContain(
      'HISTORY.md holds no release heading and points to https://github.com/octo/hello-pyrelease/releases (HISTORY.md:3)',
    );
    const notRead = run.annotations.find((a) => a.properties.title === 'Changelog not read');
    expect(notRead?.properties.file).toBe('HISTORY.md');
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  });
});

describe('release notes in the docs, one file per release or per series', () => {
  it('IPython 9.16.0: the section "IPython 9.16" of docs/source/whatsnew/version9.rst', async () => {
    const repo = await makeRepo(path.join(REAL_PROJECTS, 'ipython'));
    await repo.edit('IPython/core/release.py', '_version_patch = 1', '_version_patch = 0');
    repo.commitAll('The 9.16.0 release');
    const run = await checkTag(repo, '9.16.0');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('docs/source/whatsnew/version9.rst:7');
    expect(notices(run)).toContain(
      'Release notes: docs/source/whatsnew/version9.rst (one file per release series: docs/source/whatsnew/version{major}.rst, found in docs/source/whatsnew/).',
    );
  });

  it('IPython 9.16.1, a patch with no section of its own: its minor’s "IPython 9.16" serves', async () => {
    const repo = await makeRepo(path.join(REAL_PROJECTS, 'ipython'));
    const run = await checkTag(repo, '9.16.1');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('docs/source/whatsnew/version9.rst:7');
    expect(notices(run)).toContain(
      'docs/source/whatsnew/version9.rst (the notes of 9.16) serves as the notes of 9.16.1.',
    );
  });

  it('IPython 9.17.0 with no section in version9.rst: refused, naming the file', async () => {
    const repo = await makeRepo(path.join(REAL_PROJECTS, 'ipython'));
    await repo.edit('IPython/core/release.py', '_version_minor = 16', '_version_minor = 17');
    await repo.edit('IPython/core/release.py', '_version_patch = 1', '_version_patch = 0');
    repo.commitAll('The next minor release');
    const run = await checkTag(repo, '9.17.0');
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.properties.file).toBe('docs/source/whatsnew/version9.rst');
    expect(error?.message).toContain('docs/source/whatsnew/version9.rst names no 9.17.0');
  });

  it('a docs/releases folder of one file per release: the file of the tag', async () => {
    const repo = await exampleWith({
      'docs/releases/v0.1.14.rst': 'v0.1.14\n=======\n\n- Older.\n',
      'docs/releases/v0.1.15.rst': 'v0.1.15\n=======\n\nHighlights\n----------\n\n- New.\n',
      'docs/releases/index.rst': 'Releases\n========\n',
    });
    const run = await checkTag(repo, 'v0.1.15');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('docs/releases/v0.1.15.rst:1');
  });
});

describe('sphinx: the current series in CHANGES.rst, older series in doc/changes/', () => {
  it('v9.1.0 is the first section of the root CHANGES.rst', async () => {
    const repo = await makeRepo(path.join(REAL_PROJECTS, 'sphinx'));
    const run = await checkTag(repo, 'v9.1.0');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('CHANGES.rst:1');
  });

  it('9.0.4 in doc/changes/9.0.rst is its release section, not the title "Sphinx 9.0"', async () => {
    const repo = await makeRepo(path.join(REAL_PROJECTS, 'sphinx'));
    await repo.edit('sphinx/__init__.py', "'9.1.0'", "'9.0.4'");
    repo.commitAll('9.0.x branch');
    const run = await checkTag(repo, 'v9.0.4', { changelog: 'doc/changes/9.0.rst' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('doc/changes/9.0.rst:6');
  });
});

describe('a package in a subfolder with no changelog of its own', () => {
  /** The example project in libs/hello, its CHANGELOG.md at the repository root. */
  async function subfolderRepo(more: Record<string, string> = {}): Promise<TestRepo> {
    const repo = await makeRepo(EXAMPLE, 'libs/hello');
    await rename(
      path.join(repo.dir, 'libs/hello/CHANGELOG.md'),
      path.join(repo.dir, 'CHANGELOG.md'),
    );
    for (const [file, text] of Object.entries(more)) {
      await mkdir(path.dirname(path.join(repo.dir, file)), { recursive: true });
      await repo.write(file, text);
    }
    repo.commitAll('Move the package to libs/hello');
    return repo;
  }

  it('takes the root changelog when the repository holds no other package', async () => {
    const repo = await subfolderRepo();
    const run = await checkTag(repo, 'v0.1.15', { 'working-directory': 'libs/hello' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('CHANGELOG.md:12');
    expect(notices(run)).toContain(
      "Changelog: CHANGELOG.md, the repository's, for hello-pyrelease in libs/hello, which has none of its own (the repository holds no other package; found without the changelog input).",
    );
  });

  it('does not take it beside another package when no heading names this one', async () => {
    const repo = await subfolderRepo({
      'libs/other/pyproject.toml': '[project]\nname = "other"\nversion = "1.0.0"\n',
    });
    const run = await checkTag(repo, 'v0.1.15', { 'working-directory': 'libs/hello' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).not.toContain('CHANGELOG.md:12');
    expect(notices(run).join('\n')).toContain(
      'CHANGELOG.md at the repository root is not taken for hello-pyrelease in libs/hello',
    );
  });
});

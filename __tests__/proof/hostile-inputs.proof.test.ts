// Hostile inputs: every case runs the bundled action as the runner does, against a real git
// repository with a bare origin and the local index and GitHub API servers, and must end with
// its expected exit code and annotation (file and line where there is one) and no side effect
// at all: the index and the API received nothing, origin's refs and the checkout are unchanged.
// Every refusal here happens before any build.
import { rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { checkoutState, remoteRefs, smuggledCommands } from '../helpers/proof.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-hostile-token-0123456789';
const GITHUB_TOKEN = 'ghs_hostiletoken0123456789';
const INIT = 'src/hello_pyrelease/__init__.py';

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

type Mode = 'check' | 'release' | 'bump' | 'pr';

interface Case {
  readonly name: string;
  readonly mode: Mode;
  /** Changes committed (and pushed) before the run. */
  readonly prepare?: (repo: TestRepo) => Promise<void>;
  /** Changes made after tagging and left uncommitted (or committed by the step itself). */
  readonly after?: (repo: TestRepo) => Promise<void>;
  /** release: the tag created on HEAD (default v0.1.15); null creates none. */
  readonly tag?: string | null;
  /** The ref of the run; default from the mode. */
  readonly ref?: string;
  readonly inputs?: Record<string, string>;
  readonly payload?: unknown;
  /** The payload file's text, when it is not JSON. */
  readonly rawPayload?: string;
  readonly env?: Record<string, string>;
  readonly exit: 0 | 1;
  readonly title?: string | RegExp;
  readonly file?: string;
  readonly line?: number;
}

async function setVersion(repo: TestRepo, version: string, tomlValue = `"${version}"`) {
  await repo.edit('pyproject.toml', 'version = "0.1.15"', `version = ${tomlValue}`);
  await repo.edit(INIT, '__version__ = "0.1.15"', `__version__ = "${version}"`);
  await repo.edit('CHANGELOG.md', '## [0.1.15] - 2025-10-15', `## [${version}] - 2025-10-15`);
}

const pyprojectVersion = (value: string) => (repo: TestRepo) =>
  repo.edit('pyproject.toml', 'version = "0.1.15"', `version = ${value}`);

function cases(): Case[] {
  const list: Case[] = [];
  const add = (c: Case) => list.push(c);

  // TOML that does not parse: the annotation is on the line the parser stopped at.
  const toml: [string, string, number][] = [
    ['an unclosed string', 'version = "0.1.15', 7],
    ['an unclosed table header', '[project', 5],
    ['a key without a value', 'name =', 6],
    ['a bare word value', 'version = 0.1.15', 7],
    ['a duplicate key', 'version = "0.1.15"\nversion = "0.1.16"', 8],
    ['a control character', 'version = "0.1.15"\u0001', 7],
  ];
  for (const [what, text, line] of toml) {
    add({
      name: `pyproject.toml with ${what}`,
      mode: 'check',
      prepare: async (repo) => {
        if (text.startsWith('[project')) await repo.edit('pyproject.toml', '[project]', text);
        else if (text.startsWith('name'))
          await repo.edit('pyproject.toml', 'name = "hello-pyrelease"', text);
        else await repo.edit('pyproject.toml', 'version = "0.1.15"', text);
      },
      exit: 1,
      title: 'Invalid pyproject.toml',
      file: 'pyproject.toml',
      line,
    });
  }

  // Versions that are not PEP 440, written as TOML strings (escapes included).
  for (const value of [
    '"abc"',
    '"1.0.0-"',
    '"1..0"',
    '"1.0.0++"',
    '"1.0 beta"',
    '"==1.0"',
    '"💥"',
    '""',
    '"1.2.3\\n::set-output name=x::y"',
    '"1.2.3\\r\\n::error::fake"',
    '"1.2.3\\u0007"',
    '"1.2.3\\t"',
    '"999999999999999999999.0.0"',
    "'1.0.0 ; rm -rf /'",
  ]) {
    add({
      name: `[project].version = ${value}`,
      mode: 'check',
      prepare: pyprojectVersion(value),
      exit: 1,
      title: 'Invalid version',
      file: 'pyproject.toml',
      line: 7,
    });
  }
  add({
    name: '[project].version is a number',
    mode: 'check',
    prepare: pyprojectVersion('1.0'),
    exit: 1,
    title: 'Invalid version',
    file: 'pyproject.toml',
    line: 7,
  });
  add({
    name: '__version__ that is not PEP 440',
    mode: 'check',
    prepare: (repo) =>
      repo.edit(INIT, '__version__ = "0.1.15"', '__version__ = "0.1.15-final-really"'),
    exit: 1,
    title: 'Invalid version',
    file: INIT,
    line: 3,
  });
  add({
    name: 'conflicting __version__ assignments',
    mode: 'check',
    prepare: (repo) =>
      repo.edit(INIT, '__version__ = "0.1.15"', '__version__ = "0.1.15"\n__version__ = "0.2.0"'),
    exit: 1,
    title: 'Conflicting __version__',
    file: INIT,
    line: 4,
  });
  add({
    name: '__version__ disagreeing with pyproject.toml',
    mode: 'check',
    prepare: (repo) => repo.edit(INIT, '__version__ = "0.1.15"', '__version__ = "0.1.16"'),
    exit: 1,
    title: /mismatch/i,
    file: INIT,
    line: 3,
  });
  add({
    name: '0.1.014 in pyproject.toml against 0.1.15',
    mode: 'check',
    prepare: pyprojectVersion('"0.1.014"'),
    exit: 1,
    title: /mismatch/i,
  });

  // Files that are fine: BOM, CRLF. The check passes and changes nothing.
  add({
    name: 'pyproject.toml with a BOM',
    mode: 'check',
    prepare: async (repo) =>
      repo.write('pyproject.toml', `\uFEFF${await repo.read('pyproject.toml')}`),
    exit: 0,
  });
  add({
    name: 'CRLF line endings everywhere',
    mode: 'check',
    prepare: async (repo) => {
      for (const file of ['pyproject.toml', INIT, 'CHANGELOG.md'])
        await repo.write(file, (await repo.read(file)).replace(/\n/g, '\r\n'));
    },
    exit: 0,
  });
  add({
    name: 'a BOM and CRLF in __init__.py',
    mode: 'check',
    prepare: async (repo) =>
      repo.write(INIT, `\uFEFF${(await repo.read(INIT)).replace(/\n/g, '\r\n')}`),
    exit: 0,
  });
  add({
    name: 'binary garbage in a version file',
    mode: 'check',
    prepare: async (repo) => {
      await writeFile(
        path.join(repo.dir, 'src/hello_pyrelease/_version.py'),
        Buffer.from([0, 159, 146, 150, 255, 10, 0xc3, 0x28]),
      );
    },
    inputs: { 'version-files': 'src/hello_pyrelease/_version.py' },
    exit: 1,
    file: 'src/hello_pyrelease/_version.py',
  });
  add({
    name: 'pyproject.toml that is not UTF-8 (Latin-1 in a comment)',
    mode: 'release',
    prepare: async (repo) => {
      const text = await repo.read('pyproject.toml');
      const [first, ...rest] = text.split('\n');
      await writeFile(
        path.join(repo.dir, 'pyproject.toml'),
        Buffer.concat([
          Buffer.from(`${first}\n`),
          Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]),
          Buffer.from(rest.join('\n')),
        ]),
      );
    },
    exit: 1,
    title: 'Not UTF-8',
    file: 'pyproject.toml',
    line: 2,
  });
  add({
    name: 'a version file that does not exist',
    mode: 'check',
    inputs: { 'version-files': 'src/hello_pyrelease/nowhere.py' },
    exit: 1,
    file: 'src/hello_pyrelease/nowhere.py',
  });

  // Changelogs: a release refuses a version without its heading, or with two.
  add({
    name: 'release whose changelog has no heading for the version',
    mode: 'release',
    prepare: (repo) =>
      repo.edit('CHANGELOG.md', '## [0.1.15] - 2025-10-15', '## [0.1.13] - 2025-10-15'),
    inputs: { 'changelog-entry': 'required' },
    exit: 1,
    file: 'CHANGELOG.md',
  });
  // Untidy, not wrong: a warning on the second heading, and the check passes.
  add({
    name: 'a changelog with the version twice',
    mode: 'check',
    prepare: (repo) =>
      repo.edit('CHANGELOG.md', '## [0.1.14] - 2025-09-30', '## [0.1.15] - 2025-09-30'),
    exit: 0,
  });

  // Symbolic links out of the workspace are refused with the file named.
  const links: [string, string, Record<string, string>?][] = [
    ['pyproject.toml', '/etc/passwd'],
    ['CHANGELOG.md', '/etc/hostname'],
    ['src/hello_pyrelease/__init__.py', '/proc/self/environ'],
    [
      'src/hello_pyrelease/_version.py',
      '/proc/self/environ',
      { 'version-files': 'src/hello_pyrelease/_version.py' },
    ],
    ['pyproject.toml', '../../../../../../etc/passwd'],
  ];
  for (const [file, target, inputs] of links) {
    for (const mode of ['check', 'release'] as const) {
      add({
        name: `${mode}: ${file} -> ${target}`,
        mode,
        prepare: async (repo) => {
          await rm(path.join(repo.dir, file), { force: true });
          await symlink(target, path.join(repo.dir, file));
        },
        inputs,
        exit: 1,
        title: /File outside the repository|Unreadable file/,
        file,
      });
    }
  }

  for (const dir of ['../..', '..', '/etc', '../../../../../../tmp', 'src/../../..']) {
    add({
      name: `working-directory: ${dir}`,
      mode: 'check',
      inputs: { 'working-directory': dir },
      exit: 1,
      title: /Working directory (outside the workspace|not found)/,
    });
  }

  // Tags and branches with shell syntax, option syntax or line breaks.
  for (const tag of [
    'v1.0.0;id',
    'v1.0.0$(id)',
    'v1.0.0`id`',
    'v1.0.0 && id',
    'v1.0.0\n::error::fake',
    '--upload-pack=touch x',
    'v1.0.0|id',
    'latest',
  ]) {
    add({
      name: `release of the tag ${JSON.stringify(tag)}`,
      mode: 'release',
      tag: null,
      ref: `refs/tags/${tag}`,
      exit: 1,
      title: /Invalid ref name|Not a version tag/,
    });
  }
  for (const branch of ['--upload-pack=touch x', 'main\n::error::fake', 'a..b', '-x']) {
    add({
      name: `check on the branch ${JSON.stringify(branch)}`,
      mode: 'check',
      ref: `refs/heads/${branch}`,
      exit: 1,
      title: 'Invalid ref name',
    });
  }
  for (const branch of ['main;id', 'main$(id)', 'feature/`id`']) {
    add({
      name: `bump on the branch ${JSON.stringify(branch)}`,
      mode: 'bump',
      ref: `refs/heads/${branch}`,
      inputs: { bump: 'patch' },
      exit: 1,
      title: /Wrong branch checked out|Not a release branch/,
    });
  }

  // Inputs with line breaks or values nobody defined.
  const badInputs: Record<string, string>[] = [
    { mode: 'check\nrelease' },
    { mode: 'deploy' },
    { builder: 'poetry' },
    { builder: 'build\nuv' },
    { python: '/usr/bin/python3\n::error::fake' },
    { 'tag-prefix': 'v\n' + '::error::x' },
    { 'tag-prefix': 'v;id' },
    { 'tag-prefix': '--' },
    { 'git-user': 'Eve <eve@example.com>\nX' },
    { 'git-user': 'not an email' },
    { preid: 'gamma' },
    { 'version-style': 'calver' },
    { 'dry-run': 'maybe' },
    { 'dry-run': 'true\nfalse' },
    { publish: 'sometimes' },
    { testpypi: 'yes please' },
    { 'build-isolation': 'off!' },
    { 'import-name': 'os; import x' },
    { 'import-name': 'a\nb' },
    { 'repository-url': 'file:///etc/passwd' },
    { 'repository-url': 'ftp://example.com/legacy/' },
    { 'repository-url': 'javascript:alert(1)' },
    { 'repository-url': 'https://upload.pypi.org/legacy/\n::error::x' },
    { 'testpypi-url': 'ssh://git@example.com/' },
    { 'pypi-token': 'pypi-abc\ndef' },
    { changelog: 'CHANGELOG.md\n::error::x' },
    { 'working-directory': '.\n..' },
    { 'release-branches': 'main\u0007' },
  ];
  for (const inputs of badInputs) {
    const git = 'git-user' in inputs;
    add({
      name: `input ${JSON.stringify(inputs)}`,
      mode: git ? 'bump' : 'release',
      inputs: git ? { ...inputs, bump: 'patch' } : inputs,
      exit: 1,
      title: /Invalid input/,
    });
  }

  // Event payloads that are not what the runner writes.
  for (const [what, raw] of [
    ['not JSON', '{"ref": '],
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"x"'],
    ['empty', ''],
  ]) {
    add({
      name: `an event payload that is ${what}`,
      mode: 'check',
      rawPayload: raw,
      exit: 1,
      title: 'Invalid event payload',
    });
  }
  const sha = 'a'.repeat(40);
  for (const [what, payload, title] of [
    [
      'a base ref that is an option',
      { pull_request: { number: 1, base: { ref: '--upload-pack=touch x', sha } } },
      'Invalid ref name',
    ],
    [
      'a base sha that is an option',
      { pull_request: { number: 1, base: { ref: 'main', sha: '--upload-pack=touch x' } } },
      'Invalid commit id',
    ],
    [
      'a base sha that is a ref',
      { pull_request: { number: 1, base: { ref: 'main', sha: 'main' } } },
      'Invalid commit id',
    ],
    [
      'a pull request number that is text',
      { pull_request: { number: '1;id', base: { ref: 'main', sha } } },
      'Invalid event payload',
    ],
    [
      'a default branch that is an option',
      { repository: { default_branch: '--upload-pack=x' } },
      'Invalid ref name',
    ],
  ] as const) {
    add({ name: `a pull request payload with ${what}`, mode: 'pr', payload, exit: 1, title });
  }
  add({
    name: 'GITHUB_SHA that is an option',
    mode: 'check',
    env: { GITHUB_SHA: '--upload-pack=x' },
    exit: 1,
    title: 'Invalid commit id',
  });

  // A release needs the name the index knows the project by.
  add({
    name: 'release of a pyproject.toml without [project].name',
    mode: 'release',
    prepare: (repo) => repo.edit('pyproject.toml', 'name = "hello-pyrelease"\n', ''),
    exit: 1,
    title: 'No project name',
    file: 'pyproject.toml',
  });

  // Local versions: PyPI refuses them, so a release refuses them before anything.
  add({
    name: 'release of a local version 1.0.0+abc from files and tag',
    mode: 'release',
    prepare: (repo) => setVersion(repo, '1.0.0+abc'),
    tag: 'v1.0.0+abc',
    exit: 1,
    title: 'Local version',
    file: 'pyproject.toml',
    line: 7,
  });
  add({
    name: 'release of the tag v1.0+abc',
    mode: 'release',
    prepare: (repo) => setVersion(repo, '1.0+abc'),
    tag: 'v1.0+abc',
    exit: 1,
    title: 'Local version',
  });

  // Exactly the tag: HEAD past it, or files not in the commit, are refused before the build.
  add({
    name: 'release with HEAD one commit past the tag',
    mode: 'release',
    after: async (repo) => {
      await repo.edit('README.md', /$/, '\nLater.\n');
      repo.commitAll('After the tag');
    },
    exit: 1,
    title: 'Checkout is not the tag',
  });
  add({
    name: 'release with an untracked file',
    mode: 'release',
    after: (repo) => repo.write('notes.txt', 'secret plans\n'),
    exit: 1,
    title: 'Working tree not clean',
  });
  add({
    name: 'release with a modified README',
    mode: 'release',
    after: (repo) => repo.edit('README.md', /$/, '\nUncommitted.\n'),
    exit: 1,
    title: 'Working tree not clean',
  });
  add({
    name: 'release with a staged file',
    mode: 'release',
    after: async (repo) => {
      await repo.write('staged.py', 'x = 1\n');
      repo.git('add', 'staged.py');
    },
    exit: 1,
    title: 'Working tree not clean',
  });
  add({
    name: 'release of a tag that is not in the checkout',
    mode: 'release',
    tag: null,
    ref: 'refs/tags/v0.1.15',
    exit: 1,
    title: 'Tag not found',
  });

  // Bumps refused before anything is pushed.
  for (const bump of [
    '1.0.0;id',
    '999999999999999999999.0.0',
    '1.0.0+abc',
    '$(id)',
    'patch;id',
    '--upload-pack=x',
    '0.0.1',
    '0.1.15',
    'patch\nmajor',
    'huge',
  ]) {
    add({
      name: `bump ${JSON.stringify(bump)}`,
      mode: 'bump',
      inputs: { bump },
      exit: 1,
      title: /Invalid bump|Version not greater|Invalid input/,
    });
  }
  add({
    name: 'bump on a detached HEAD',
    mode: 'bump',
    inputs: { bump: 'patch' },
    after: async (repo) => void repo.git('checkout', '--quiet', '--detach'),
    exit: 1,
    title: 'Detached HEAD',
  });
  add({
    name: 'bump from a branch that is not a release branch',
    mode: 'bump',
    ref: 'refs/heads/feature',
    inputs: { bump: 'patch' },
    after: async (repo) => {
      repo.git('checkout', '--quiet', '-b', 'feature');
      repo.git('push', '--quiet', 'origin', 'feature');
    },
    exit: 1,
    title: 'Not a release branch',
  });
  add({
    name: 'bump with a local commit not on origin',
    mode: 'bump',
    inputs: { bump: 'patch' },
    after: async (repo) => {
      await repo.write('local.txt', 'not pushed\n');
      repo.commitAll('Local only');
    },
    exit: 1,
    title: 'Local commit not on the remote branch',
  });
  add({
    name: 'bump with an untracked file',
    mode: 'bump',
    inputs: { bump: 'patch' },
    after: (repo) => repo.write('stray.py', 'print(1)\n'),
    exit: 1,
    title: 'Working tree not clean',
  });
  add({
    name: 'bump from a tag ref',
    mode: 'bump',
    ref: 'refs/tags/v0.1.15',
    inputs: { bump: 'patch', mode: 'bump' },
    exit: 1,
    title: 'No branch to bump',
  });
  return list;
}

async function runCase(
  c: Case,
): Promise<{ run: ActionRun; repo: TestRepo; before: [string, string] }> {
  const repo = await makeRepo();
  if (c.prepare) {
    await c.prepare(repo);
    repo.commitAll('Prepare');
    repo.git('push', '--quiet', 'origin', 'main');
  }
  const tag = c.tag === undefined ? 'v0.1.15' : c.tag;
  if (c.mode === 'release' && tag !== null) {
    repo.git('tag', '-a', tag, '-m', `Release ${tag}`);
    repo.git('push', '--quiet', 'origin', tag);
  }
  if (c.after) await c.after(repo);
  const before: [string, string] = [remoteRefs(repo), checkoutState(repo)];
  let env: Record<string, string> = { GITHUB_API_URL: github.url, ...c.env };
  if (c.rawPayload !== undefined) {
    const file = path.join(repo.dir, '..', 'event.json');
    await writeFile(file, c.rawPayload);
    env = { ...env, GITHUB_EVENT_PATH: file };
  }
  const defaults = {
    check: { eventName: 'push', ref: 'refs/heads/main' },
    release: { eventName: 'push', ref: `refs/tags/${tag ?? 'v0.1.15'}` },
    bump: { eventName: 'workflow_dispatch', ref: 'refs/heads/main' },
    pr: { eventName: 'pull_request', ref: 'refs/pull/1/merge' },
  }[c.mode];
  const run = await runAction({
    workspace: repo.dir,
    eventName: defaults.eventName,
    ref: c.ref ?? defaults.ref,
    payload: c.payload ?? {
      repository: { default_branch: 'main' },
      inputs: c.mode === 'bump' ? { bump: '' } : undefined,
    },
    env,
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: '/usr/bin/python3',
      'repository-url': pypi.uploadUrl,
      'pypi-token': PYPI_TOKEN,
      'github-token': GITHUB_TOKEN,
      ...(c.mode === 'release' ? { mode: 'release' } : {}),
      ...c.inputs,
    },
  });
  return { run, repo, before };
}

describe.concurrent('hostile inputs are refused cleanly, with no side effect', () => {
  for (const c of cases()) {
    it(c.name, async () => {
      const { run, repo, before } = await runCase(c);
      const context = `${run.stdout}\n${run.stderr}`;
      expect(run.exitCode, context).toBe(c.exit);
      expect(context).not.toMatch(/Unexpected failure|\n\s+at .+:\d+:\d+\)?\n/);
      const errors = run.annotations.filter((annotation) => annotation.level === 'error');
      if (c.exit === 1) expect(errors.length, context).toBeGreaterThan(0);
      else expect(errors, context).toEqual([]);
      if (c.title !== undefined || c.file !== undefined) {
        const match = errors.find(
          (error) =>
            (c.title === undefined ||
              (typeof c.title === 'string'
                ? error.properties.title === c.title
                : c.title.test(error.properties.title ?? ''))) &&
            (c.file === undefined || error.properties.file === c.file) &&
            (c.line === undefined || Number(error.properties.line) === c.line),
        );
        expect(match, JSON.stringify(errors, null, 1)).toBeDefined();
      }
      // Nothing the repository or the inputs hold became a workflow command.
      expect(smuggledCommands(run.stdout, [PYPI_TOKEN, GITHUB_TOKEN], ['fake', 'x'])).toEqual([]);
      // No side effect at all.
      expect(remoteRefs(repo)).toBe(before[0]);
      expect(checkoutState(repo)).toBe(before[1]);
      expect(pypi.requests).toEqual([]);
      expect(github.requests).toEqual([]);
      expect(run.outputs).toEqual(c.exit === 0 ? run.outputs : {});
    });
  }
});

it('has at least 100 cases', () => {
  expect(cases().length).toBeGreaterThanOrEqual(100);
});

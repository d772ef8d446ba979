// Workflow-command injection: text from the repository (changelog sections, commit messages,
// file names, version values) and from tools (build output) that holds `::add-mask::x`,
// `::stop-commands::t`, `::error::fake` or `::set-output name=x::y` is printed inert. stdout is
// read the way the runner reads it; the only commands in it are the ones pyrelease meant.
// GITHUB_OUTPUT is read the way the runner reads it too: a multi-line value stays one value.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runAction } from '../helpers/action.js';
import { smuggledCommands } from '../helpers/proof.js';
import { makeRepo } from '../helpers/repo.js';

const PAYLOADS = [
  '::add-mask::x',
  '::stop-commands::t',
  '::error::fake',
  '::set-output name=x::y',
  '  ::warning::fake',
  'text ##[error]fake',
];
const LINES = PAYLOADS.join('\n');
const PLANTED = ['x', 't', 'fake', 'y'];

function expectInert(stdout: string) {
  expect(smuggledCommands(stdout, [], PLANTED)).toEqual([]);
}

/** GITHUB_OUTPUT as the runner reads it: `key<<DELIMITER` … `DELIMITER`, or `key=value`. */
function runnerOutputs(text: string): Record<string, string> {
  const lines = text.split('\n');
  const outputs: Record<string, string> = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, index + 1);
      if (end < 0) throw new Error(`unterminated ${heredoc[1]}`);
      outputs[heredoc[1]!] = lines.slice(index + 1, end).join('\n');
      index = end;
    } else {
      const equals = line.indexOf('=');
      if (equals < 0) throw new Error(`invalid line ${JSON.stringify(line)}`);
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
    }
  }
  return outputs;
}

describe('text from the repository and from tools is printed inert', () => {
  it('a changelog section and commit messages in a bump dry run', async () => {
    const repo = await makeRepo();
    await repo.edit(
      'CHANGELOG.md',
      '### Added\n- `greet()` accepts',
      `### Added\n${LINES}\n- \`greet()\` accepts`,
    );
    repo.commitAll(`Commit message\n\n${LINES}`);
    repo.git('push', '--quiet', 'origin', 'main');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      payload: { inputs: { bump: 'minor' }, repository: { default_branch: 'main' } },
      inputs: { 'dry-run': 'true' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('::error::fake'); // shown in the log, as written
    expectInert(run.stdout);
  });

  it('a changelog whose only commands hide behind U+0085, which the runner trims', async () => {
    const repo = await makeRepo();
    const hidden = '\u0085::add-mask::x\n\u0085::stop-commands::t\n\u0085::error::fake';
    await repo.edit(
      'CHANGELOG.md',
      '### Added\n- `greet()` accepts',
      `### Added\n${hidden}\n- \`greet()\` accepts`,
    );
    repo.commitAll('Changelog');
    repo.git('push', '--quiet', 'origin', 'main');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      payload: { inputs: { bump: 'minor' }, repository: { default_branch: 'main' } },
      inputs: { 'dry-run': 'true' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('\u0085::error::fake'); // shown in the log, as written
    expectInert(run.stdout);
  });

  it('a version value with a line break, in the check table and the annotation', async () => {
    const repo = await makeRepo();
    await repo.edit(
      'pyproject.toml',
      'version = "0.1.15"',
      'version = "0.1.15\\n::set-output name=x::y\\n::error::fake"',
    );
    repo.commitAll('Version with a line break');
    const run = await runAction({ workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((a) => a.properties.title === 'Invalid version');
    expect(error?.properties).toMatchObject({ file: 'pyproject.toml', line: '7' });
    expectInert(run.stdout);
    expect(run.outputs).toEqual({});
  });

  it('untracked file names in a refused release', async () => {
    const repo = await makeRepo();
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release');
    for (const payload of PAYLOADS)
      await writeFile(path.join(repo.dir, `${payload}\n::error::fake.txt`.replace(/\//g, '_')), '');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v0.1.15',
      inputs: { mode: 'release' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.properties.title)).toContain('Working tree not clean');
    expectInert(run.stdout);
  });

  it('build output that fails the build, with debug logging on', async () => {
    const repo = await makeRepo();
    await repo.write(
      'loud_backend.py',
      `import sys\nprint(${JSON.stringify(LINES)})\nprint(${JSON.stringify(LINES)}, file=sys.stderr)\nraise SystemExit(3)\n`,
    );
    await repo.edit(
      'pyproject.toml',
      'build-backend = "hatchling.build"',
      'build-backend = "loud_backend"\nbackend-path = ["."]',
    );
    repo.commitAll('A backend that prints commands');
    repo.git('push', '--quiet', 'origin', 'main');
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release');
    repo.git('push', '--quiet', 'origin', 'v0.1.15');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v0.1.15',
      payload: { repository: { default_branch: 'main' } },
      env: { RUNNER_DEBUG: '1' },
      inputs: {
        builder: 'build',
        'build-isolation': 'false',
        python: '/usr/bin/python3',
        'dry-run': 'true',
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.properties.title)).toContain('Build failed');
    expect(run.stdout).toContain('::stop-commands::');
    expectInert(run.stdout);
  });

  it('a passing check writes outputs the runner reads as exactly its values', async () => {
    const repo = await makeRepo();
    const run = await runAction({ workspace: repo.dir });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ version: '0.1.15', pep440: '0.1.15', prerelease: 'false' });
    expect(Object.keys(run.outputs).sort()).toEqual(['pep440', 'prerelease', 'tag', 'version']);
  });
});

describe('GITHUB_OUTPUT keeps a multi-line value inside its heredoc', () => {
  it('@actions/core setOutput with a value that tries to end its block', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-output-'));
    const file = path.join(dir, 'output');
    await writeFile(file, '');
    const value = `1.2.3\nEOF\nversion=evil\nghadelimiter_x\nx<<EOF\n::set-output name=x::y`;
    const script = `import * as core from '@actions/core'; core.setOutput('version', process.argv[1]);`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script, value], {
      cwd: ROOT,
      env: { ...process.env, GITHUB_OUTPUT: file },
    });
    expect(runnerOutputs(await readFile(file, 'utf8'))).toEqual({ version: value });
  });
});

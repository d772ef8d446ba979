// The step summary and the log as the runner gets them from dist/index.js: the summary file as
// written, and the log groups as printed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

const PYTHON = '/usr/bin/python3';

async function tagged(tag: string): Promise<TestRepo> {
  const repo = await makeRepo();
  repo.git('tag', '-a', tag, '-m', `Release ${tag}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

function releaseRun(repo: TestRepo, tag: string, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/${tag}`,
    payload: { ref: `refs/tags/${tag}`, repository: { default_branch: 'main' } },
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: PYTHON,
      'dry-run': 'true',
      ...inputs,
    },
  });
}

/** Each log group's title and lines, in the order printed. */
function groups(run: ActionRun): { title: string; lines: string[] }[] {
  const found: { title: string; lines: string[] }[] = [];
  let open: { title: string; lines: string[] } | undefined;
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('::group::')) {
      expect(open, `a group opened inside ${open?.title}`).toBeUndefined();
      open = { title: line.slice('::group::'.length), lines: [] };
    } else if (line === '::endgroup::') {
      found.push(open!);
      open = undefined;
    } else open?.lines.push(line);
  }
  return found;
}

describe('a release dry run', () => {
  it("prints each step's tool output in its own group with its time; the summary stays short", async () => {
    const repo = await tagged('v0.1.15');
    const run = await releaseRun(repo, 'v0.1.15');
    expect(run.exitCode, run.stdout).toBe(0);
    const printed = groups(run);
    // The build starts alone, so its group opens when it starts and its output follows live;
    // the group ends with the step's result and time.
    const build = printed.find((group) => group.title === 'Build');
    expect(build, printed.map((group) => group.title).join(', ')).toBeDefined();
    expect(build!.lines.at(-1)).toMatch(/^Build: passed in \d+\.\d s$/);
    // A step that ran beside the one printing keeps its lines for a group of its own, whole.
    for (const group of printed) {
      const name = group.title.replace(/ \((failed, )?\d+\.\d s\)$/, '');
      expect(group.lines.at(-1), group.title).toMatch(
        new RegExp(`^${name}: (passed|failed) in \\d+\\.\\d s$`),
      );
    }
    expect(build!.lines.join('\n')).toContain(`$ ${PYTHON} -m build --sdist --wheel`);
    expect(build!.lines.join('\n')).toMatch(/Successfully built/);
    const twine = printed.find((group) => group.title.startsWith('twine check'))!;
    expect(twine.lines.join('\n')).toMatch(/twine check --strict[\s\S]*PASSED/);
    const wheel = printed.find((group) => group.title.startsWith('Test the wheel'))!;
    expect(wheel.lines.join('\n')).toContain('pyrelease-probe');
    // The Detail column holds no full command, no absolute path.
    expect(run.summary).toContain('<td>python -m build</td>');
    expect(run.summary).not.toContain(`${PYTHON} -m build`);
    expect(run.summary).not.toContain(repo.dir);
    expect(run.summary).toContain('<td>pyproject.toml:7</td>');
    // A dry run builds outside the project: its outputs are absolute paths there.
    expect(path.isAbsolute(run.outputs.wheel!)).toBe(true);
    expect(run.outputs.wheel!.startsWith(repo.dir)).toBe(false);
    expect(existsSync(run.outputs.wheel!)).toBe(true);
    expect(existsSync(path.join(repo.dir, 'dist'))).toBe(false);
  });
});

describe('a failed release', () => {
  it('summarises the versions with file:line and the reason of the step that failed', async () => {
    const repo = await tagged('v0.2.0');
    const run = await releaseRun(repo, 'v0.2.0');
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('✗');
    expect(run.summary).toContain('Version check: ✗ failed');
    expect(run.summary).toContain('<td>pyproject.toml:7</td>');
    expect(run.summary).toContain('<td>src/hello_pyrelease/__init__.py:3</td>');
    expect(run.summary).toMatch(/<h3>Stopped at Validate<\/h3>\s*<pre>the version check found/);
    expect(run.summary).toContain('Version mismatch');
  });
});

describe('a pull-request check that cannot read pyproject.toml', () => {
  it('still writes a summary naming the problem', async () => {
    const repo = await makeRepo();
    const base = repo.git('rev-parse', 'HEAD').trim();
    await repo.edit('pyproject.toml', 'version = "0.1.15"', 'version = "0.1.15');
    repo.commitAll('Break the TOML');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      payload: { pull_request: { number: 7, base: { ref: 'main', sha: base } } },
    });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('Version check: ✗ failed');
    expect(run.summary).toContain('pyproject.toml');
    expect(run.stdout).not.toContain('Unexpected failure');
  });
});

describe('a bump dry run', () => {
  it("writes a summary with each file's diff", async () => {
    const repo = await makeRepo();
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release 0.1.15');
    repo.git('push', '--quiet', 'origin', 'v0.1.15');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      payload: {
        ref: 'refs/heads/main',
        inputs: { bump: 'patch' },
        repository: { default_branch: 'main' },
      },
      inputs: { 'dry-run': 'true', python: PYTHON },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.summary).toContain('Bump 0.1.15 → 0.1.16, tag v0.1.16 (dry run');
    expect(run.summary).toContain('<h3>pyproject.toml</h3>');
    expect(run.summary).toContain('<h3>src/hello_pyrelease/__init__.py</h3>');
    expect(run.summary).toContain('-version = &quot;0.1.15&quot;\n+version = &quot;0.1.16&quot;');
    expect(run.summary).toContain('<h3>CHANGELOG.md</h3>');
    expect(repo.git('status', '--porcelain')).toBe('');
  });
});

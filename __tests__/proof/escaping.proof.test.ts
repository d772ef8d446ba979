// One escaping function for everything printed. The runner reads a step's output line by line
// (.NET's ReadLine ends a line at \n, \r or \r\n only) and trims each with .NET's TrimStart (all
// Unicode white space: U+0085, U+2028, U+2029 too) before looking for `::`. Text that hides a
// command behind those characters, or behind a lone \r, is printed inert: stdout and stderr,
// parsed the way the runner parses them, hold only the commands pyrelease meant. The step
// summary shows markup from the repository as text, and no line break in it lets Markdown in.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { smuggledCommands } from '../helpers/proof.js';
import { makeRepo } from '../helpers/repo.js';

const PLANTED = ['x', 't', 'fake', 'y'];
const HIDDEN = [
  '\u0085::add-mask::x',
  '\u2028::stop-commands::t',
  '\u2029::error::fake',
  'text\r::set-output name=x::y',
  '\u3000::warning::fake',
  '\u200b::error::fake',
];
const HTML = '<a href=x>y</a><img src=x>';

function expectInert(run: ActionRun) {
  expect(smuggledCommands(run.stdout, [], PLANTED)).toEqual([]);
  expect(smuggledCommands(run.stderr, [], PLANTED)).toEqual([]);
}

/** The summary shows the markup as text: no element from the repository, no blank line. */
function expectNoMarkup(summary: string) {
  expect(summary).not.toContain('<img');
  expect(summary).not.toContain('<a href=x>');
  expect(summary).not.toMatch(/!\[/);
}

const dispatch = {
  eventName: 'workflow_dispatch',
  ref: 'refs/heads/main',
  payload: { inputs: { bump: 'minor' }, repository: { default_branch: 'main' } },
  inputs: { 'dry-run': 'true' },
};

describe('commands hidden behind what the runner trims or splits on are printed inert', () => {
  it("a bump dry run's changelog lines and diff, and the summary's diff", async () => {
    const repo = await makeRepo();
    await repo.edit(
      'CHANGELOG.md',
      '### Added\n- `greet()` accepts',
      `### Added\n- ${HTML}\n\n![i](http://e/i.png)\n${HIDDEN.join('\n')}\n- \`greet()\` accepts`,
    );
    repo.commitAll('Changelog');
    repo.git('push', '--quiet', 'origin', 'main');
    const run = await runAction({ workspace: repo.dir, ...dispatch });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain('\u2028::stop-commands::t'); // shown in the log, as written
    expectInert(run);
    expect(run.summary).toContain('&lt;img src=x&gt;');
    expectNoMarkup(run.summary);
  });

  it('file names in a refused release: the log, the annotation and the summary', async () => {
    const repo = await makeRepo();
    repo.git('tag', '-a', 'v0.1.15', '-m', 'Release');
    for (const [index, payload] of HIDDEN.entries()) {
      await writeFile(path.join(repo.dir, `f${index}\n${payload}\n::error::fake`), '');
    }
    // A path whose folder and name together read `<a href=x>y</a><img src=x>`.
    await mkdir(path.join(repo.dir, '<a href=x>y<'));
    await writeFile(path.join(repo.dir, '<a href=x>y<', 'a><img src=x>'), '');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v0.1.15',
      inputs: { mode: 'release' },
    });
    expect(run.exitCode).toBe(1);
    expect(
      run.annotations.map((a) => a.properties.title),
      run.stdout,
    ).toContain('Working tree not clean');
    expectInert(run);
    expect(run.summary).toContain('&lt;a href=x&gt;y&lt;/a&gt;&lt;img src=x&gt;');
    expectNoMarkup(run.summary);
  });

  it('a version with U+2028 and markup, in the check table, the annotation and the summary', async () => {
    const repo = await makeRepo();
    await repo.edit(
      'pyproject.toml',
      'version = "0.1.15"',
      `version = "0.1.15\\u2028::set-output name=x::y\\r::error::fake${HTML}"`,
    );
    repo.commitAll('Version with hidden commands');
    const run = await runAction({ workspace: repo.dir });
    expect(run.exitCode).toBe(1);
    expectInert(run);
    expect(run.outputs).toEqual({});
    expectNoMarkup(run.summary);
    // A value that is not a version is not quoted at all: the summary says so instead.
    expect(run.summary).not.toContain('img src');
    expect(run.summary).toContain('(not a version)');
  });

  it('a package folder whose name holds commands and markup, in group titles and the summary', async () => {
    const repo = await makeRepo();
    const folder = `pkg\r::error::fake\u2028${HTML.replace(/\//g, '_')}`;
    await mkdir(path.join(repo.dir, folder));
    for (const name of ['pyproject.toml', 'CHANGELOG.md', 'src', 'README.md', 'LICENSE'])
      repo.git('mv', name, `${folder}/${name}`);
    repo.commitAll('The project in a folder');
    const run = await runAction({ workspace: repo.dir });
    expect(run.stdout).toContain('::group::pkg%0D::error::fake');
    expectInert(run);
    expectNoMarkup(run.summary);
  });
});

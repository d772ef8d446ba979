// Regular expressions a pull request supplies cannot hang the check. hatch's version pattern,
// scikit-build-core's regex and towncrier's filename template come from the repository; patterns
// that backtrack exponentially or polynomially in a backtracking engine ((a+)+$ over 28 a's held
// the check for 92 s) run on RE2 in linear time. Each case runs the bundled action as a pull
// request check and asserts that it ended, with its error, well within the test's time limit.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { makeRepo } from '../helpers/repo.js';

const VERSION_FILE = 'src/hello_pyrelease/_about.py';
const LIMIT = { timeout: 60_000 };

async function pullRequest(
  tool: string,
  files: Record<string, string>,
  dynamic = true,
): Promise<ActionRun> {
  const repo = await makeRepo();
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '--quiet', '-b', 'pr');
  if (dynamic) await repo.edit('pyproject.toml', 'version = "0.1.15"', 'dynamic = ["version"]');
  await repo.write('pyproject.toml', `${await repo.read('pyproject.toml')}${tool}`);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo.dir, file)), { recursive: true });
    await writeFile(path.join(repo.dir, file), text);
  }
  repo.commitAll('A pull request');
  return runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    payload: { pull_request: { number: 7, base: { ref: 'main', sha: base } } },
  });
}

const hatch = (pattern: string) =>
  `\n[tool.hatch.version]\npath = "${VERSION_FILE}"\npattern = '${pattern}'\n`;

function firstError(run: ActionRun) {
  return run.annotations.find((annotation) => annotation.level === 'error');
}

describe('a version pattern from the repository runs in linear time', () => {
  const cases: [string, string][] = [
    ['(a+)+$', `${'a'.repeat(5_000)}b\n`],
    ['(x+x+)+y', `${'x'.repeat(100_000)}\n`],
    ['^(?P<version>(a|aa)+)$', `${'a'.repeat(50_000)}!\n`],
    ['(?P<version>(.*a){20})z', `${'a'.repeat(3_000)}\n`],
  ];
  for (const [pattern, line] of cases) {
    it(`hatch pattern ${pattern} over a hostile line ends`, LIMIT, async () => {
      const run = await pullRequest(hatch(pattern), {
        [VERSION_FILE]: `__version__ = "0.1.15"\n${line}`,
      });
      expect(run.exitCode, run.stdout).toBe(1);
      expect(firstError(run)?.properties).toMatchObject({
        title: expect.stringMatching(/Version pattern matches nothing|Invalid version/),
      });
    });
  }

  it("scikit-build-core's regex (a|aa)+$ over a hostile line ends", LIMIT, async () => {
    const tool = `\n[tool.scikit-build]\nmetadata.version.provider = "scikit_build_core.metadata.regex"\nmetadata.version.input = "${VERSION_FILE}"\nmetadata.version.regex = '(?P<value>(a|aa)+)$'\n`;
    const run = await pullRequest(tool, { [VERSION_FILE]: `${'a'.repeat(50_000)}!\n` });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(firstError(run)?.properties.title).toBe('Version pattern matches nothing');
  });

  it('a backreference is refused at the pattern, saying what to write instead', LIMIT, async () => {
    const run = await pullRequest(hatch(`(["])(?P<version>[^"]+)\\1`), {
      [VERSION_FILE]: '__version__ = "0.1.15"\n',
    });
    expect(run.exitCode, run.stdout).toBe(1);
    const error = firstError(run);
    expect(error?.properties).toMatchObject({
      title: 'Unusable version pattern',
      file: 'pyproject.toml',
    });
    expect(error?.message).toContain('backreference');
  });
});

describe("towncrier's filename template runs in linear time", () => {
  it('a filename of 40 placeholders over long file names ends', LIMIT, async () => {
    const names = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`news/${'a'.repeat(150 + i)}.md`, '0.1.15\n======\n']),
    );
    const tool = `\n[tool.towncrier]\nsingle_file = false\nfilename = "news/${'{name}'.repeat(40)}{version}z.md"\n`;
    const run = await pullRequest(tool, names, false);
    // It ends: whatever it says of the missing notes, the check did not hang on the names.
    expect([0, 1]).toContain(run.exitCode);
    expect(run.stdout).toContain('Release notes are one file per version: news/{name}');
  });
});

// A release whose Requires-Python leaves out the wheel test's interpreter: the dry run stops at
// the wheel test and says which Python the release needs, which one ran, and what to do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taggedExample, tagDryRun } from '../helpers/tag-dry-run.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

let pypi: PypiServer;

beforeAll(async () => {
  pypi = await startPypiServer({ token: 'pypi-unused-token' });
});
afterAll(async () => {
  await pypi?.close();
});

describe('a Requires-Python the interpreter does not meet', () => {
  it('names both versions and the python input', async () => {
    const repo = await taggedExample((project) =>
      project.edit('pyproject.toml', 'requires-python = ">=3.8"', 'requires-python = ">=3.99"'),
    );
    const run = await tagDryRun(repo, pypi.uploadUrl);
    expect(run.exitCode).toBe(1);
    const failed = run.annotations.find((a) => a.properties.title === 'Wheel test failed');
    expect(failed?.message).toMatch(
      /^Test the wheel failed: hello-pyrelease 0\.1\.15 requires Python >=3\.99 \(Requires-Python\), and the wheel test's Python is 3\.\d+\.\d+ \(\/usr\/bin\/python3\)\. .* name one in the python input\.$/,
    );
  });
});

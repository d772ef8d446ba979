import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContext } from '../../../src/run/context.js';
import { UserError } from '../../../src/errors.js';
import { isCommitId, refNameProblem } from '../../../src/run/refs.js';

const SHA = 'a'.repeat(40);

async function payloadFile(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pyrelease-event-'));
  const file = path.join(dir, 'event.json');
  await writeFile(file, text);
  return file;
}

async function contextError(env: NodeJS.ProcessEnv): Promise<UserError> {
  try {
    readContext(env, '/nowhere');
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('ref names and commit ids', () => {
  it.each(['main', 'hotfix/1.2', 'release/v1.0', 'v1.2.3', 'feature/a-b_c'])('%s is valid', (n) =>
    expect(refNameProblem(n)).toBeUndefined(),
  );
  it.each([
    '--upload-pack=touch /tmp/x',
    '-x',
    'a b',
    'a\nb',
    'a..b',
    'a~1',
    'a^',
    'a:b',
    'a*',
    'a[',
    'a\\b',
    '@',
    'a@{1}',
    '/a',
    'a/',
    'a//b',
    '.a',
    'a/.b',
    'a.lock',
    'a.',
    '',
    '$(id)',
  ])('%j is refused', (n) => {
    // `$(id)` is a valid ref name for git; it is only ever passed in an argument array.
    if (n === '$(id)') expect(refNameProblem(n)).toBeUndefined();
    else expect(refNameProblem(n)).toBeDefined();
  });
  it('commit ids are full hex', () => {
    expect(isCommitId(SHA)).toBe(true);
    expect(isCommitId('b'.repeat(64))).toBe(true);
    expect(isCommitId('--upload-pack=x')).toBe(false);
    expect(isCommitId('A'.repeat(40))).toBe(false);
    expect(isCommitId('abc')).toBe(false);
  });
});

describe('readContext', () => {
  it('refuses a payload that is null, not JSON, or not an object', async () => {
    for (const text of ['null', '{"a":', '[1]', '42', '']) {
      const error = await contextError({ GITHUB_EVENT_PATH: await payloadFile(text) });
      expect(error.title).toBe('Invalid event payload');
    }
  });
  it('refuses payload values git would read as options', async () => {
    const cases: [unknown, string][] = [
      [
        { pull_request: { number: 1, base: { ref: '--upload-pack=x', sha: SHA } } },
        'Invalid ref name',
      ],
      [
        { pull_request: { number: 1, base: { ref: 'main', sha: '--upload-pack=x' } } },
        'Invalid commit id',
      ],
      [{ pull_request: { number: 1, base: { ref: 'main', sha: 42 } } }, 'Invalid commit id'],
      [
        { pull_request: { number: '1;id', base: { ref: 'main', sha: SHA } } },
        'Invalid event payload',
      ],
      [{ repository: { default_branch: '-main' } }, 'Invalid ref name'],
    ];
    for (const [payload, title] of cases) {
      const error = await contextError({
        GITHUB_EVENT_PATH: await payloadFile(JSON.stringify(payload)),
      });
      expect(error.title, JSON.stringify(payload)).toBe(title);
    }
  });
  it('refuses a GITHUB_REF or GITHUB_SHA that is not a ref name or commit id', async () => {
    expect((await contextError({ GITHUB_REF: 'refs/heads/--upload-pack=x' })).title).toBe(
      'Invalid ref name',
    );
    expect((await contextError({ GITHUB_REF: 'refs/tags/v1\n::error::x' })).title).toBe(
      'Invalid ref name',
    );
    expect((await contextError({ GITHUB_SHA: '-x' })).title).toBe('Invalid commit id');
  });
  it('reads a valid pull request', async () => {
    const payload = { pull_request: { number: 7, base: { ref: 'main', sha: SHA } } };
    const context = readContext(
      { GITHUB_EVENT_PATH: await payloadFile(JSON.stringify(payload)) },
      '/w',
    );
    expect(context.pullRequest).toEqual({ number: 7, baseRef: 'main', baseSha: SHA });
  });
});

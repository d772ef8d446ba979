import { describe, expect, it } from 'vitest';
import { secretReachFinding } from '../../../src/release/secret-reach.js';

const none = { pypiToken: '', testpypiToken: '' };
const oidc = { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' };

describe('what the repository code of a job could reach', () => {
  it('a one-job release with a token or trusted publishing: one notice naming what it holds', () => {
    const token = secretReachFinding({ ...none, pypiToken: 'p', mode: 'release' }, {});
    expect(token?.level).toBe('notice');
    expect(token?.message).toContain('pypi-token (INPUT_PYPI-TOKEN)');
    expect(token?.message).toContain('/proc/<pid>/environ');
    expect(token?.message).toContain('mode: build');
    expect(token?.message).toContain('docs/two-jobs.md');
    const trusted = secretReachFinding({ ...none, mode: 'auto' }, oidc);
    expect(trusted?.message).toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
    expect(trusted?.message).not.toContain('pypi-token (');
    const test = secretReachFinding({ ...none, testpypiToken: 't', mode: 'bump' }, {});
    expect(test?.message).toContain('testpypi-token');
  });

  it('no word without a publishing secret, or in the publish job', () => {
    expect(secretReachFinding({ ...none, mode: 'release' }, {})).toBeUndefined();
    expect(secretReachFinding({ ...none, mode: 'release' }, { GITHUB_TOKEN: 'x' })).toBeUndefined();
    expect(secretReachFinding({ ...none, pypiToken: 'p', mode: 'publish' }, oidc)).toBeUndefined();
  });

  it('a build job given a publishing secret is warned: it needs none', () => {
    expect(secretReachFinding({ ...none, mode: 'build' }, {})).toBeUndefined();
    const warned = secretReachFinding({ ...none, mode: 'build' }, oidc);
    expect(warned?.level).toBe('warning');
    expect(warned?.message).toMatch(/mode: build needs no secret/);
  });
});

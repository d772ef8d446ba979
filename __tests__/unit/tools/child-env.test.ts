import { describe, expect, it } from 'vitest';
import { childEnvironment, isWithheld } from '../../../src/tools/child-env.js';

describe('childEnvironment', () => {
  it('leaves out the action inputs, the runner tokens and its command files; keeps the rest, adds extras', () => {
    const env = childEnvironment(
      {
        PATH: '/usr/bin',
        HOME: '/home/runner',
        'INPUT_PYPI-TOKEN': 'pypi-secret',
        INPUT_MODE: 'release',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
        ACTIONS_RUNTIME_TOKEN: 'rt',
        GITHUB_TOKEN: 'ghs',
        TWINE_PASSWORD: 'pw',
        GITHUB_ENV: '/runner/env',
        GITHUB_PATH: '/runner/path',
        GITHUB_OUTPUT: '/runner/output',
        GITHUB_STEP_SUMMARY: '/runner/summary',
        GITHUB_STATE: '/runner/state',
        GITHUB_REPOSITORY: 'octo/x',
        GITHUB_SHA: 'abc',
        PIP_INDEX_URL: 'https://mirror/simple',
      },
      { SOURCE_DATE_EPOCH: '1700000000' },
    );
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      GITHUB_REPOSITORY: 'octo/x',
      GITHUB_SHA: 'abc',
      PIP_INDEX_URL: 'https://mirror/simple',
      SOURCE_DATE_EPOCH: '1700000000',
    });
  });

  it('matches names case-insensitively, as Windows does', () => {
    expect(
      childEnvironment({ Input_Pypi_Token: 'x', Path: 'C:\\bin', github_output: 'o' }),
    ).toEqual({ Path: 'C:\\bin' });
  });

  it('gives a tool the token it is handed explicitly', () => {
    expect(childEnvironment({ TWINE_PASSWORD: 'old' }, { TWINE_PASSWORD: 'new' })).toEqual({
      TWINE_PASSWORD: 'new',
    });
    expect(isWithheld('GITHUB_WORKSPACE')).toBe(false);
    expect(isWithheld('INPUT_GITHUB-TOKEN')).toBe(true);
  });
});

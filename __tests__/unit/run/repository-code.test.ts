import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/run/inputs.js';
import { mayRunRepositoryCode, publishingSecrets } from '../../../src/run/repository-code.js';

const inputs = (given: Record<string, string>) => readInputs((name) => given[name]);

describe('the publishing secrets a job holds', () => {
  it('names the tokens, passwords in URLs and the id-token', () => {
    expect(publishingSecrets(inputs({}), {})).toEqual([]);
    expect(publishingSecrets(inputs({ 'pypi-token': 'pypi-x' }), {})).toEqual(['pypi-token']);
    expect(
      publishingSecrets(
        inputs({
          'repository-url': 'https://deploy:pw@pypi.example/legacy/',
          testpypi: 'true',
          'testpypi-token': 'pypi-t',
        }),
        { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' },
      ),
    ).toEqual([
      'testpypi-token',
      'repository-url (its password)',
      'the id-token (trusted publishing)',
    ]);
    // A TestPyPI token that is not used is not in the job's uploads, but testpypi: false holds it
    // only as an input nobody set.
    expect(publishingSecrets(inputs({ 'testpypi-token': 'pypi-t' }), {})).toEqual([]);
  });
});

describe('whether repository code may run', () => {
  it('never in mode: publish, never beside a publishing secret', () => {
    expect(mayRunRepositoryCode({ mode: 'release', secrets: [] })).toEqual({ allowed: true });
    expect(mayRunRepositoryCode({ mode: 'publish', secrets: [] })).toEqual({
      allowed: false,
      reason: 'mode: publish runs no repository code',
    });
    expect(mayRunRepositoryCode({ mode: 'auto', secrets: ['pypi-token'] })).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('pypi-token'),
    });
  });
});

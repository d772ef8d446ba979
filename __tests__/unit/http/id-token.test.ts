// Reading the runner's OIDC token endpoint's answer, and what is refused before asking it.
import { describe, expect, it } from 'vitest';
import { idTokenFromAnswer, requestIdToken } from '../../../src/http/id-token.js';

describe("the runner's OIDC token", () => {
  it('is the value of a 200 answer', () => {
    expect(idTokenFromAnswer(200, '{"count": 1, "value": "a.b.c"}')).toBe('a.b.c');
  });

  it.each([
    [200, '{"count": 1}', 'the token endpoint answered without a token'],
    [200, 'not json', 'the token endpoint answered without a token'],
    [
      401,
      '{"message": "Bad credentials"}',
      'the token endpoint answered 401: {"message": "Bad credentials"}',
    ],
    [500, '', 'the token endpoint answered 500'],
  ])('%i %s is refused', (status, text, message) => {
    expect(() => idTokenFromAnswer(status, text)).toThrow(message);
  });

  it('is not asked for without the request URL and token', async () => {
    await expect(requestIdToken('pypi', {})).rejects.toThrow(
      'ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set',
    );
  });
});

// The runner's OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL), asked through this client so the request
// has the same deadline, size limit and retries as every other: @actions/core's getIDToken has no
// overall deadline, and waits for ever on an endpoint that drips its answer.
import { httpRequest } from './client.js';

/** A token is a few KB; an answer longer than this is not one. */
export const ID_TOKEN_MAX_BYTES = 256 * 1024;

/** The token endpoint's answer, read: the JWT, or why there is none. */
export function idTokenFromAnswer(status: number, text: string): string {
  let value: unknown;
  try {
    value = (JSON.parse(text) as { value?: unknown })?.value;
  } catch {
    value = undefined;
  }
  if (status === 200 && typeof value === 'string' && value !== '') return value;
  const said = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  throw new Error(
    status === 200
      ? 'the token endpoint answered without a token'
      : `the token endpoint answered ${status}${said ? `: ${said}` : ''}`,
  );
}

/**
 * The runner's OIDC token for `audience`, as @actions/core's getIDToken asks for it: a GET of the
 * request URL with `&audience=`, the request token as Bearer. Throws HttpFailure when the
 * endpoint never answers whole, an Error when it refuses.
 */
export async function requestIdToken(
  audience: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const base = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!base || !bearer) {
    throw new Error('ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set');
  }
  const url = audience ? `${base}&audience=${encodeURIComponent(audience)}` : base;
  const response = await httpRequest(url, {
    headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
    maxBodyBytes: ID_TOKEN_MAX_BYTES,
  });
  return idTokenFromAnswer(response.status, response.body.toString('utf8'));
}

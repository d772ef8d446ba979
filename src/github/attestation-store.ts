// Stores a signed attestation in the repository: GitHub's "Create an attestation"
// (`POST /repos/{owner}/{repo}/attestations` with `{"bundle": …}`, answered 201 `{"id": N}`),
// through the one HTTP client. A failure becomes the GithubError the release client would give,
// with what is particular to attestations added.
import { UserError } from '../errors.js';
import { GithubError, githubError, type GithubCall } from './github-errors.js';
import { timeoutFromEnvironment } from './github-fetch.js';
import { HttpFailure, httpRequest, type HttpResponse } from '../http/index.js';

export interface AttestationStore {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  readonly apiUrl: string;
  /** owner/repo */
  readonly repository: string;
  /** Masked by the caller. */
  readonly token: string;
}

const STORAGE =
  'GitHub stores attestations only for public repositories and for repositories of a GitHub Enterprise Cloud account; elsewhere leave github out of attestations.';

function parsedBody(response: HttpResponse): unknown {
  const text = response.body.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Adds the storage rule to the refusals it may explain. */
function withStorageRule(error: GithubError): GithubError {
  if (!['permission', 'not-found', 'refused'].includes(error.kind)) return error;
  return new GithubError(
    error.what,
    `${error.advice} ${STORAGE}`,
    error.kind,
    error.call,
    error.status,
    error.retryAfterSeconds,
  );
}

/** Stores the bundle; returns the attestation's id. */
export async function storeAttestation(
  bundle: unknown,
  store: AttestationStore,
): Promise<{ id: number }> {
  const route = `/repos/${store.repository}/attestations`;
  const call: GithubCall = {
    what: 'store the build-provenance attestation',
    method: 'POST',
    route,
    permission: 'attestations: write',
    repository: store.repository,
  };
  let response: HttpResponse;
  try {
    response = await httpRequest(`${store.apiUrl.replace(/\/+$/, '')}${route}`, {
      method: 'POST',
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${store.token}`,
        'content-type': 'application/json',
        'x-github-api-version': '2022-11-28',
      },
      body: JSON.stringify({ bundle }),
      // Storing the same signed bundle twice adds nothing a verifier could tell apart, so an
      // attempt whose answer was lost may be repeated.
      idempotent: true,
      timeoutMs: timeoutFromEnvironment().baseMs,
    });
  } catch (thrown) {
    if (!(thrown instanceof HttpFailure)) throw thrown;
    throw githubError(call, { message: thrown.message });
  }
  const data = parsedBody(response);
  if (response.status !== 201 && response.status !== 200) {
    throw withStorageRule(
      githubError(call, {
        status: response.status,
        message: `HTTP ${response.status}`,
        response: { headers: response.headers, data },
      }),
    );
  }
  const id = (data as { id?: unknown } | null)?.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    throw new UserError(
      `GitHub answered ${response.status} to POST ${route} but named no attestation id: ${JSON.stringify(data).slice(0, 200)}.`,
      'GitHub attestation not confirmed',
    );
  }
  return { id };
}

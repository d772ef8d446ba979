import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  GithubError,
  githubError,
  timeoutFromEnvironment
} from "./chunk-V5LYSJ7N.js";
import {
  HttpFailure,
  httpRequest
} from "./chunk-MQQSYQHO.js";
import "./chunk-4LYOQI2X.js";
import "./chunk-QCIHYT6C.js";
import "./chunk-QJ74AIE5.js";
import "./chunk-WCRYQQ6S.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";

// src/github/attestation-store.ts
var STORAGE = "GitHub stores attestations only for public repositories and for repositories of a GitHub Enterprise Cloud account; elsewhere leave github out of attestations.";
function parsedBody(response) {
  const text = response.body.toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
function withStorageRule(error) {
  if (!["permission", "not-found", "refused"].includes(error.kind)) return error;
  return new GithubError(
    error.what,
    `${error.advice} ${STORAGE}`,
    error.kind,
    error.call,
    error.status,
    error.retryAfterSeconds
  );
}
async function storeAttestation(bundle, store) {
  const route = `/repos/${store.repository}/attestations`;
  const call = {
    what: "store the build-provenance attestation",
    method: "POST",
    route,
    permission: "attestations: write",
    repository: store.repository
  };
  let response;
  try {
    response = await httpRequest(`${store.apiUrl.replace(/\/+$/, "")}${route}`, {
      method: "POST",
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${store.token}`,
        "content-type": "application/json",
        "x-github-api-version": "2022-11-28"
      },
      body: JSON.stringify({ bundle }),
      // Storing the same signed bundle twice adds nothing a verifier could tell apart, so an
      // attempt whose answer was lost may be repeated.
      idempotent: true,
      timeoutMs: timeoutFromEnvironment().baseMs
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
        response: { headers: response.headers, data }
      })
    );
  }
  const id = data?.id;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) {
    throw new UserError(
      `GitHub answered ${response.status} to POST ${route} but named no attestation id: ${JSON.stringify(data).slice(0, 200)}.`,
      "GitHub attestation not confirmed"
    );
  }
  return { id };
}
export {
  storeAttestation
};

import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  SIMPLE_ACCEPT,
  parseJsonApi,
  parseSimpleAnswer
} from "./chunk-3QRDUNX5.js";
import {
  decodeClaims,
  describeClaims,
  describeUploadFailure,
  isExpiredTokenRefusal,
  isTransientUploadFailure,
  refuse,
  twineUploadFile,
  uploadOrder
} from "./chunk-Z4TZZRYR.js";
import {
  jsonApiUrl,
  simpleProjectUrl
} from "./chunk-G6NBCSAW.js";
import "./chunk-WNMN2RH2.js";
import "./chunk-CGYPN3IW.js";
import "./chunk-SINCDJQB.js";
import {
  setSecret
} from "./chunk-7OOC5VYS.js";
import {
  requestIdToken
} from "./chunk-RQK7EK2C.js";
import {
  HttpFailure,
  backoffDelay,
  httpRequest,
  retryPolicy
} from "./chunk-MQQSYQHO.js";
import {
  displayUrl
} from "./chunk-4LYOQI2X.js";
import "./chunk-QCIHYT6C.js";
import {
  info
} from "./chunk-QJ74AIE5.js";
import "./chunk-WCRYQQ6S.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";

// src/publish/upload.ts
import { stat } from "node:fs/promises";

// src/publish/existing.ts
function planUploads(indexLabel, local, remote) {
  const upload = [];
  const skip = [];
  for (const file of local) {
    const existing = remote.find((candidate) => candidate.filename === file.filename);
    if (!existing) upload.push(file);
    else if (existing.sha256 === void 0) {
      throw new UserError(
        `${indexLabel} already lists ${file.filename}, but without a sha256, so whether it is this build's file (sha256 ${file.sha256}) cannot be told. Nothing was uploaded. Compare the file on the index with dist/ by hand, or give the index's simple API that gives hashes on a second line of repository-url (#sha256= links, or PEP 691 JSON).`,
        "Existing file has no hash"
      );
    } else if (existing.sha256.toLowerCase() === file.sha256.toLowerCase()) skip.push(file);
    else {
      throw new UserError(
        `${indexLabel} already has ${file.filename} with different content (sha256 ${existing.sha256} there, ${file.sha256} here). An index never lets a file be replaced: release a new version (for example a .post1), or rebuild exactly the files that were uploaded.`,
        "File already exists with other content"
      );
    }
  }
  return { upload: uploadOrder(upload), skip };
}
function authorization(credentials) {
  if (!credentials) return {};
  const pair = `${credentials.username}:${credentials.password}`;
  return { authorization: `Basic ${Buffer.from(pair).toString("base64")}` };
}
async function get(url, headers) {
  try {
    return await httpRequest(url, { headers });
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    throw new UserError(
      `Could not ask ${displayUrl(url)} which files exist: ${error.message}. Nothing was uploaded; run the release again when the index answers (a re-run skips what is already there).`,
      "Index unreachable"
    );
  }
}
function failed(index, url, response) {
  return new UserError(
    `${displayUrl(url)} answered ${response.status} when asked which files ${index.label} has. Nothing was uploaded; run the release again later${response.status === 401 || response.status === 403 ? ", or give the index credentials (https://user:password@\u2026 in repository-url)" : ""}.`,
    "Index error"
  );
}
async function fetchRemoteFiles(index, project, version) {
  if (index.warehouse) {
    const url2 = jsonApiUrl(index, project, version);
    const response2 = await get(url2, {
      accept: "application/json",
      ...authorization(index.simpleCredentials)
    });
    if (response2.status === 200) {
      const listing2 = parseJsonApi(response2.body.toString("utf8"));
      if (listing2.ok) return [...listing2.files];
    }
  }
  const url = simpleProjectUrl(index, project);
  const response = await get(url, {
    accept: SIMPLE_ACCEPT,
    ...authorization(index.simpleCredentials)
  });
  if (response.status === 404 || response.status === 410) return [];
  if (response.status !== 200) throw failed(index, url, response);
  const listing = parseSimpleAnswer(
    response.headers["content-type"],
    response.body.toString("utf8")
  );
  if (!listing.ok) {
    throw new UserError(
      `${displayUrl(url)} cannot tell which files ${index.label} has: ${listing.problem}. Nothing was uploaded. Give the index's simple API (the URL pip's --index-url takes, such as https://host/root/pypi/+simple/ for devpi) on a second line of repository-url.`,
      "Index answer unreadable"
    );
  }
  return [...listing.files];
}

// src/pypi-rules/trusted-rules.ts
function splitWorkflowRef(ref) {
  const match = /^(.+?)\/\.github\/workflows\/([^/@]+\.ya?ml)@(.+)$/.exec(ref ?? "");
  return match ? { repository: match[1], file: match[2], ref: match[3] } : void 0;
}
function publisherSettings(claims) {
  const [owner = "?", name = "?"] = (claims.repository ?? "?/?").split("/");
  const workflow = splitWorkflowRef(claims.job_workflow_ref)?.file ?? "?";
  return [
    `Owner: ${owner}`,
    `Repository name: ${name}`,
    `Workflow name: ${workflow}`,
    `Environment name: ${claims.environment ?? "(leave empty: the job has no environment)"}`
  ];
}
function claimsText(claims) {
  const shown = [
    "repository",
    "event_name",
    "ref",
    "workflow_ref",
    "job_workflow_ref",
    "environment"
  ];
  return shown.map((key) => `${key}: ${String(claims[key] ?? "(none)")}`).join("; ");
}
function settingsText(claims) {
  return `The publisher PyPI needs (project \u2192 Settings \u2192 Publishing): ${publisherSettings(claims).join(", ")}. Claims: ${claimsText(claims)}.`;
}
function reusableRefusal(claims, label) {
  const job = splitWorkflowRef(claims.job_workflow_ref);
  if (!job) return void 0;
  const refs = [claims.ref, claims.sha].filter(
    (value) => typeof value === "string" && value !== ""
  );
  const expected = refs.map((ref) => `${claims.repository}/.github/workflows/${job.file}@${ref}`);
  if (expected.includes(claims.job_workflow_ref)) return void 0;
  const why = job.repository !== claims.repository ? `a reusable workflow of another repository (${job.repository})` : `a reusable workflow at another ref (${job.ref}, not ${refs.join(" or ")})`;
  return refuse(
    "reusableWorkflow",
    claims.job_workflow_ref,
    `This job runs in ${why}: ${claims.job_workflow_ref}. ${label} matches a publisher on ${claims.repository}/.github/workflows/<file>@${refs.join(" or ")} and refuses this token ("The job_workflow_ref claim does not match"). Publish from a job of ${claims.repository}'s own workflow (call the reusable workflow for the build, upload from the caller), or pass pypi-token. ${settingsText(claims)}`
  );
}
function trustedPublishingRefusals(claims, label, declaredEnvironment) {
  const refusals = [];
  if (claims.event_name === "pull_request_target") {
    refusals.push(
      refuse(
        "pullRequestTarget",
        String(claims.workflow_ref ?? "the workflow"),
        `This run was started by pull_request_target, and ${label} refuses to publish from such runs ("Publishing from a workflow invoked via 'pull_request_target' is not supported."). Publish from a push of a tag, a release, or workflow_dispatch. ${settingsText(claims)}`
      )
    );
  }
  const reusable = reusableRefusal(claims, label);
  if (reusable) refusals.push(reusable);
  if (declaredEnvironment) {
    const declared = declaredEnvironment.name;
    const claimed = claims.environment ?? null;
    if ((declared ?? "").toLowerCase() !== (claimed ?? "").toLowerCase()) {
      refusals.push(
        refuse(
          "environment",
          declaredEnvironment.where,
          `${declaredEnvironment.where} declares ${declared === null ? "no environment" : `environment: ${declared}`}, but the OIDC token says ${claimed === null ? "none" : `environment ${claimed}`}; ${label} matches the publisher's environment against the token (case-insensitively), so the exchange would fail or match another publisher. Declare the environment on the job that runs pyrelease (jobs.<id>.environment), not on a caller or a matrix expression. ${settingsText(claims)}`
        )
      );
    }
  }
  return refusals;
}

// src/publish/job-environment.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function scalar(raw) {
  const text = raw.replace(/\s+#.*$/, "").trim();
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}
function meaningful(line) {
  const text = line.trim();
  return text !== "" && !text.startsWith("#");
}
function jobBody(lines, job) {
  const jobs = lines.findIndex((line) => /^jobs:\s*(?:#.*)?$/.test(line));
  if (jobs < 0) return void 0;
  const key = (line) => scalar(line.trim().replace(/:\s*(?:#.*)?$/, ""));
  const at = lines.findIndex(
    (line, index) => index > jobs && indentOf(line) > 0 && /:\s*(?:#.*)?$/.test(line) && key(line) === job
  );
  if (at < 0) return void 0;
  const indent = indentOf(lines[at]);
  const body = [];
  for (const line of lines.slice(at + 1)) {
    if (meaningful(line) && indentOf(line) <= indent) break;
    body.push(line);
  }
  return body;
}
function jobEnvironment(workflow, job) {
  const body = jobBody(workflow.split(/\r?\n/), job);
  if (!body) return void 0;
  const keys = body.filter(meaningful);
  const level = keys[0] ? indentOf(keys[0]) : 0;
  const at = body.findIndex((line) => indentOf(line) === level && /^\s*environment:/.test(line));
  if (at < 0) return null;
  const inline = scalar(body[at].replace(/^\s*environment:/, ""));
  let name;
  if (inline.startsWith("{")) name = /\bname:\s*([^,}]+)/.exec(inline)?.[1];
  else if (inline !== "") name = inline;
  else {
    for (const line of body.slice(at + 1)) {
      if (meaningful(line) && indentOf(line) <= level) break;
      const match = /^\s*name:(.*)$/.exec(line);
      if (match) name = match[1];
    }
  }
  if (name === void 0) return void 0;
  const value = scalar(name);
  return value === "" || value.includes("${{") ? void 0 : value;
}
async function declaredJobEnvironment(claims, workspace = process.env.GITHUB_WORKSPACE, job = process.env.GITHUB_JOB) {
  const ref = /^(.+?)\/(\.github\/workflows\/[^/@]+\.ya?ml)@/.exec(claims.job_workflow_ref ?? "");
  if (!workspace || !job || !ref || ref[1] !== claims.repository) return void 0;
  const file = ref[2];
  const text = await readFile(path.join(workspace, file), "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  const name = jobEnvironment(text, job);
  return name === void 0 ? void 0 : { name, where: `${file} jobs.${job}` };
}

// src/publish/trusted.ts
var TRUSTED_MAX_BYTES = 1024 * 1024;
async function call(url, req = {}) {
  try {
    return await httpRequest(url, { maxBodyBytes: TRUSTED_MAX_BYTES, ...req });
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    throw new UserError(`Could not reach ${url}: ${error.message}.`, "Trusted publishing failed");
  }
}
function json(response) {
  try {
    return JSON.parse(response.body.toString("utf8"));
  } catch {
    return void 0;
  }
}
async function audienceOf(index) {
  const url = `${index.webOrigin}/_/oidc/audience`;
  const response = await call(url);
  if (response.status !== 200) {
    throw new UserError(
      `${index.label} does not offer trusted publishing (${url} answered ${response.status}). Give pypi-token instead.`,
      "Trusted publishing failed"
    );
  }
  const audience = json(response)?.audience;
  if (!audience) throw new UserError(`${url} gave no audience.`, "Trusted publishing failed");
  return audience;
}
async function idToken(audience, source) {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new UserError(
      "No pypi-token was given, so trusted publishing was tried, but this job may not request an OIDC token. Add `permissions: id-token: write` to the job (and configure this workflow as a trusted publisher on the index), or pass pypi-token. Pull requests from forks never get an OIDC token.",
      "Trusted publishing failed"
    );
  }
  try {
    return await source(audience);
  } catch (error) {
    if (error instanceof HttpFailure) {
      throw new UserError(
        `The runner's OIDC token endpoint did not answer: ${error.message}. Nothing was uploaded; run the job again (a re-run skips the files the index already has).`,
        "Trusted publishing failed"
      );
    }
    throw new UserError(
      `The runner refused an OIDC token (${error.message}). Check that the job has \`permissions: id-token: write\`; runs for pull requests from forks cannot get one.`,
      "Trusted publishing failed"
    );
  }
}
var MINTED_TOKEN_LIFETIME_MS = 15 * 6e4;
function tokenExpiry(expires, token, now) {
  if (typeof expires === "number" && Number.isFinite(expires)) return expires * 1e3;
  const exp = decodeClaims(token).exp;
  if (typeof exp === "number" && Number.isFinite(exp)) return exp * 1e3;
  return now + MINTED_TOKEN_LIFETIME_MS;
}
async function mintUploadToken(index, say, source = requestIdToken) {
  const audience = await audienceOf(index);
  const oidc = await idToken(audience, source);
  setSecret(oidc);
  const claims = decodeClaims(oidc);
  info(`Trusted publishing to ${index.label} as:
  ${describeClaims(claims).join("\n  ")}`);
  const refusals = trustedPublishingRefusals(
    claims,
    index.label,
    await declaredJobEnvironment(claims)
  );
  if (refusals.length > 0) {
    throw new UserError(
      refusals.map((refusal) => `${refusal.message} (rule ${refusal.rule.id}: ${refusal.rule.source})`).join("\n"),
      "Trusted publishing refused"
    );
  }
  const url = `${index.webOrigin}/_/oidc/mint-token`;
  const response = await call(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token: oidc }),
    idempotent: true
  });
  const answer = json(response) ?? {};
  if (response.status !== 200 || !answer.token) {
    const reasons = (answer.errors ?? []).map((e) => `${e.code ?? "error"}: ${e.description ?? ""}`).join("; ");
    const hint = reasons.includes("invalid-publisher") ? ` No trusted publisher on ${index.label} matches this run. Add one in the project's publishing settings with ${publisherSettings(claims).join(", ")}, or pass pypi-token.` : "";
    throw new UserError(
      `${index.label} refused the token exchange (${response.status}${reasons ? `: ${reasons}` : answer.message ? `: ${answer.message}` : ""}).${hint}`,
      "Trusted publishing failed"
    );
  }
  setSecret(answer.token);
  return { value: answer.token, expiresAt: tokenExpiry(answer.expires, answer.token, Date.now()) };
}

// src/publish/upload-auth.ts
var REFRESH_MARGIN_MS = 2 * 6e4;
function needsFreshToken(token, now, marginMs = REFRESH_MARGIN_MS) {
  return token === void 0 || token.expiresAt - now < marginMs;
}
function uploadAuth(index, token, mint) {
  if (token) {
    const fixed = { username: "__token__", password: token };
    return { minted: false, current: async () => fixed, refresh: async () => fixed };
  }
  if (index.credentials) {
    const fixed = index.credentials;
    return { minted: false, current: async () => fixed, refresh: async () => fixed };
  }
  let held;
  const fresh = async () => {
    held = await mint(index);
    return { username: "__token__", password: held.value };
  };
  return {
    minted: true,
    async current() {
      if (held && needsFreshToken(held, Date.now())) {
        info(
          `The upload token for ${index.label} expires in ${Math.max(0, Math.round((held.expiresAt - Date.now()) / 1e3))} s; minting a fresh one for the next file.`
        );
      }
      return needsFreshToken(held, Date.now()) ? fresh() : { username: "__token__", password: held.value };
    },
    refresh: fresh
  };
}

// src/publish/upload-deadline.ts
var UPLOAD_DEADLINE = {
  floorMs: 12e4,
  bytesPerSecond: 100 * 1024,
  ceilingMs: 3 * 60 * 6e4
};
function uploadDeadlinePolicy(env = process.env) {
  const floor = Number(env.PYRELEASE_UPLOAD_FLOOR_SECONDS);
  return floor > 0 ? { ...UPLOAD_DEADLINE, floorMs: floor * 1e3 } : UPLOAD_DEADLINE;
}
function uploadDeadlineMs(bytes, policy) {
  const transfer = Math.ceil(bytes / policy.bytesPerSecond * 1e3);
  return Math.min(policy.ceilingMs, policy.floorMs + transfer);
}
function describeUploadDeadline(policy) {
  const kib = Math.round(policy.bytesPerSecond / 1024);
  return `${Math.round(policy.floorMs / 1e3)} s, plus 1 s for every ${kib} KiB of the file, at most ${Math.round(policy.ceilingMs / 6e4)} min`;
}

// src/publish/upload.ts
var UPLOAD_ATTEMPTS = 3;
function failureSummary(output) {
  const text = output.replace(/\s+/g, " ").trim();
  const http = /HTTPError: (\d{3}\b.*?)(?: from |$)/.exec(text);
  if (http) return `HTTP ${http[1]}`;
  const stopped = /twine was stopped[^.]*\./.exec(text);
  if (stopped) return stopped[0];
  const connection = /\w*(?:ConnectionError|Disconnected|ConnectionReset\w*|Connection aborted)\b/.exec(text);
  if (connection) return `connection error: ${connection[0]}`;
  return text.split(" ").slice(-12).join(" ") || "no output";
}
function retryDelayMs(attempt) {
  return backoffDelay(attempt, retryPolicy(), Math.random);
}
async function deadlineFor(file) {
  const policy = uploadDeadlinePolicy();
  const { size } = await stat(file.path);
  return { ms: uploadDeadlineMs(size, policy), rule: describeUploadDeadline(policy) };
}
async function uploadOne(twine, index, project, file, auth, attestations, say) {
  const deadline = await deadlineFor(file);
  const upload = async (credentials) => twineUploadFile(twine, index.uploadUrl, file.path, credentials, attestations, deadline);
  for (let attempt = 1; ; attempt++) {
    let result = await upload(await auth.current());
    if (!result.ok && auth.minted && isExpiredTokenRefusal(result.output)) {
      info(
        `${index.label} refused the upload token as expired; minting a fresh one and uploading ${file.filename} again.`
      );
      result = await upload(await auth.refresh());
    }
    if (result.ok) return;
    const remote = await fetchRemoteFiles(index, project.name, project.version).catch(
      (error) => {
        throw new UserError(
          `${describeUploadFailure(index.label, result.output)}
Asking the index whether ${file.filename} arrived failed too: ${error.message}`,
          "Upload failed"
        );
      }
    );
    const there = remote.find((candidate) => candidate.filename === file.filename);
    if (there) {
      planUploads(index.label, [file], [there]);
      say({
        level: "notice",
        title: "Uploaded despite an error",
        message: `twine reported a failure uploading ${file.filename}, but ${index.label} has the identical file (sha256 ${file.sha256}): it arrived.`
      });
      return;
    }
    if (attempt >= UPLOAD_ATTEMPTS || !isTransientUploadFailure(result.output, result.timedOut)) {
      throw new UserError(
        `${describeUploadFailure(index.label, result.output)}
The index does not have ${file.filename}. Run the release again: a re-run skips the files the index has.`,
        "Upload failed"
      );
    }
    const delay = retryDelayMs(attempt);
    info(
      `Uploading ${file.filename} to ${index.label} failed (${failureSummary(result.output)}) and the index does not have it; trying again in ${(delay / 1e3).toFixed(1)} s (attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS}).`
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
async function publishTo(twine, target, project, files, attest, say, mint = (index) => mintUploadToken(index, say)) {
  const { index } = target;
  const remote = await fetchRemoteFiles(index, project.name, project.version);
  const plan = planUploads(index.label, files, remote);
  for (const file of plan.skip) {
    say({
      level: "notice",
      title: "Already uploaded",
      message: `${index.label} already has ${file.filename} with the same sha256 (${file.sha256}); not uploaded again.`
    });
  }
  if (attest && plan.skip.length > 0) {
    info(
      `${index.label} keeps the files it already has as they are: attestations cannot be added to them afterwards.`
    );
  }
  const auth = uploadAuth(index, target.token, mint);
  let attestations = [];
  if (attest && plan.upload.length > 0) {
    await auth.current();
    attestations = await attest(plan.upload);
  }
  for (const file of plan.upload) {
    const own = attestations.filter((attestation) => attestation.startsWith(`${file.path}.`));
    await uploadOne(twine, index, project, file, auth, own, say);
  }
  return {
    index,
    uploaded: plan.upload.map((file) => file.filename),
    skipped: plan.skip.map((file) => file.filename)
  };
}
export {
  failureSummary,
  publishTo
};

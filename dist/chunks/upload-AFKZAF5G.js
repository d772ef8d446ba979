import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  decodeClaims,
  describeClaims,
  describeUploadFailure,
  isExpiredTokenRefusal,
  isReusableWorkflow,
  isTransientUploadFailure,
  jsonApiUrl,
  simpleProjectUrl,
  twineUploadFile,
  uploadOrder
} from "./chunk-WZC5HRGR.js";
import "./chunk-JY65WF7U.js";
import "./chunk-CGYPN3IW.js";
import {
  setSecret
} from "./chunk-KGWCHQFJ.js";
import {
  HttpFailure,
  backoffDelay,
  httpRequest,
  retryPolicy
} from "./chunk-RETHMXKV.js";
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

// src/publish/simple-api.ts
var SIMPLE_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";
var HEX64 = /^[0-9a-f]{64}$/i;
function sha(value) {
  return typeof value === "string" && HEX64.test(value) ? value.toLowerCase() : void 0;
}
function parseSimpleJson(text) {
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    return { ok: false, problem: "its JSON answer does not parse" };
  }
  if (!Array.isArray(answer?.files)) {
    return { ok: false, problem: 'its JSON answer has no "files" list (PEP 691)' };
  }
  const files = [];
  for (const entry of answer.files) {
    if (typeof entry?.filename !== "string") continue;
    files.push({ filename: entry.filename, sha256: sha(entry.hashes?.sha256) });
  }
  return { ok: true, files };
}
function parseJsonApi(text) {
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    return { ok: false, problem: "its JSON API answer does not parse" };
  }
  if (!Array.isArray(answer?.urls))
    return { ok: false, problem: 'its JSON API answer has no "urls"' };
  const files = [];
  for (const entry of answer.urls) {
    if (typeof entry?.filename !== "string") continue;
    files.push({ filename: entry.filename, sha256: sha(entry.digests?.sha256) });
  }
  return { ok: true, files };
}
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function codePointText(code) {
  const valid = Number.isInteger(code) && code > 0 && code <= 1114111 && (code < 55296 || code > 57343);
  return valid ? String.fromCodePoint(code) : "\uFFFD";
}
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const hex = name[1] === "x" || name[1] === "X";
      return codePointText(hex ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
function closingTag(lower, from) {
  for (let at = lower.indexOf("</a", from); at >= 0; at = lower.indexOf("</a", at + 3)) {
    let end = at + 3;
    while (end < lower.length && /\s/.test(lower[end])) end++;
    if (lower[end] === ">") return { start: at, end: end + 1 };
  }
  return void 0;
}
function anchors(html) {
  const lower = html.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  const found = [];
  let from = 0;
  for (; ; ) {
    const open = lower.indexOf("<a", from);
    if (open < 0) break;
    if (!/\s/.test(lower[open + 2] ?? "")) {
      from = open + 2;
      continue;
    }
    const close = lower.indexOf(">", open + 3);
    if (close < 0) break;
    const end = closingTag(lower, close + 1);
    if (!end) break;
    found.push({
      attributes: html.slice(open + 3, close),
      inner: html.slice(close + 1, end.start)
    });
    from = end.end;
  }
  return found;
}
function withoutTags(markup) {
  let text = "";
  let from = 0;
  for (; ; ) {
    const open = markup.indexOf("<", from);
    const close = open < 0 ? -1 : markup.indexOf(">", open + 1);
    if (close < 0) return text + markup.slice(from);
    text += markup.slice(from, open);
    from = close + 1;
  }
}
function lastSegment(location) {
  const segment = location.split("?")[0].split("/").pop() ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function parseSimpleHtml(html) {
  const files = [];
  for (const anchor of anchors(html)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(anchor.attributes);
    if (!href) continue;
    const link = decodeEntities(href[1] ?? href[2] ?? href[3] ?? "");
    const text = decodeEntities(withoutTags(anchor.inner)).trim();
    const [location, fragment = ""] = link.split("#", 2);
    const filename = text || lastSegment(location);
    if (!filename) continue;
    const hash = /(?:^|&)sha256=([0-9a-f]{64})(?:&|$)/i.exec(fragment);
    files.push({ filename, sha256: hash?.[1]?.toLowerCase() });
  }
  if (files.length === 0 && !/name=["']?pypi:repository-version/i.test(html)) {
    return {
      ok: false,
      problem: "its HTML page holds no file links (it is not a PEP 503 simple index page)"
    };
  }
  return { ok: true, files };
}
function parseSimpleAnswer(contentType, text) {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/vnd.pypi.simple.v1+json" || type === "application/json") {
    return parseSimpleJson(text);
  }
  if (type === "text/html" || type === "application/vnd.pypi.simple.v1+html" || /^\s*</.test(text)) {
    return parseSimpleHtml(text);
  }
  return {
    ok: false,
    problem: `it answered ${type || "without a content type"}, neither the JSON (PEP 691) nor the HTML (PEP 503) simple API`
  };
}

// src/publish/existing.ts
function planUploads(indexLabel, local, remote) {
  const upload = [];
  const skip = [];
  for (const file of local) {
    const existing = remote.find((candidate) => candidate.filename === file.filename);
    if (!existing) upload.push(file);
    else if (existing.sha256 === void 0) {
      throw new UserError(
        `${indexLabel} already lists ${file.filename}, but without a sha256, so whether it is this build's file (sha256 ${file.sha256}) cannot be told. Nothing was uploaded. Compare the file on the index with dist/ by hand, or set index-url to the index's simple API that gives hashes (#sha256= links, or PEP 691 JSON).`,
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
    `${displayUrl(url)} answered ${response.status} when asked which files ${index.label} has. Nothing was uploaded; run the release again later${response.status === 401 || response.status === 403 ? ", or give the index credentials (https://user:password@\u2026 in repository-url or index-url)" : ""}.`,
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
      `${displayUrl(url)} cannot tell which files ${index.label} has: ${listing.problem}. Nothing was uploaded. Set index-url to the index's simple API (the URL pip's --index-url takes, such as https://host/root/pypi/+simple/ for devpi).`,
      "Index answer unreadable"
    );
  }
  return [...listing.files];
}

// src/http/id-token.ts
var ID_TOKEN_MAX_BYTES = 256 * 1024;
function idTokenFromAnswer(status, text) {
  let value;
  try {
    value = JSON.parse(text)?.value;
  } catch {
    value = void 0;
  }
  if (status === 200 && typeof value === "string" && value !== "") return value;
  const said = text.replace(/\s+/g, " ").trim().slice(0, 200);
  throw new Error(
    status === 200 ? "the token endpoint answered without a token" : `the token endpoint answered ${status}${said ? `: ${said}` : ""}`
  );
}
async function requestIdToken(audience, env = process.env) {
  const base = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!base || !bearer) {
    throw new Error("ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");
  }
  const url = audience ? `${base}&audience=${encodeURIComponent(audience)}` : base;
  const response = await httpRequest(url, {
    headers: { authorization: `Bearer ${bearer}`, accept: "application/json" },
    maxBodyBytes: ID_TOKEN_MAX_BYTES
  });
  return idTokenFromAnswer(response.status, response.body.toString("utf8"));
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
  if (isReusableWorkflow(claims)) {
    say({
      level: "warning",
      title: "Reusable workflow",
      message: `This job runs in a reusable workflow (${claims.job_workflow_ref}); ${index.label} matches trusted publishers on the calling workflow (${claims.workflow_ref}) and refuses reusable ones. Publish from the calling workflow, or use pypi-token.`
    });
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
    const hint = reasons.includes("invalid-publisher") ? ` No trusted publisher on ${index.label} matches this run. Add one for repository ${claims.repository ?? "?"}, workflow ${claims.workflow_ref?.split("@")[0]?.split("/").pop() ?? "?"}${claims.environment ? `, environment ${claims.environment}` : " (no environment)"} in the project's publishing settings, or pass pypi-token.` : "";
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

import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  outputTail,
  outsideWorkspaceDir,
  runCommand,
  showCommand
} from "./chunk-JY65WF7U.js";
import {
  canonicalProjectName
} from "./chunk-CGYPN3IW.js";
import {
  splitCredentials
} from "./chunk-4LYOQI2X.js";
import {
  debug
} from "./chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";

// src/tools/twine.ts
import { spawn } from "node:child_process";

// src/tools/twine-verdict.ts
var CONTENT_TYPE_WARNING = "`long_description_content_type` missing. defaulting to `text/x-rst`.";
var COLOUR = /\x1b\[[0-9;]*m/g;
function plainText(output) {
  return output.replace(COLOUR, "").replace(/\s+/g, " ").trim();
}
var PASSED = ": PASSED";
var DEFAULTED = `: FAILED due to warnings WARNING ${CONTENT_TYPE_WARNING}`;
function judgeTwineCheck(exitCode, output, files) {
  if (exitCode === 0) return { ok: true, defaultedToRst: [] };
  const text = plainText(output);
  const refused = { ok: false, defaultedToRst: [] };
  if (!text.startsWith("Checking ") || text.includes("ERROR")) return refused;
  const reports = text.slice("Checking ".length).split(" Checking ");
  if (reports.length !== files.length) return refused;
  const defaulted = /* @__PURE__ */ new Set();
  for (const report of reports) {
    if (report.endsWith(PASSED)) continue;
    if (!report.endsWith(DEFAULTED)) return refused;
    const shown = report.slice(0, -DEFAULTED.length).replace(/ /g, "");
    const file = files.find((candidate) => candidate.replace(/\s/g, "") === shown);
    if (file === void 0) return refused;
    defaulted.add(file);
  }
  const defaultedToRst = files.filter((file) => defaulted.has(file));
  return { ok: defaultedToRst.length > 0, defaultedToRst };
}

// src/tools/twine.ts
function twineCheckArgs(files) {
  return ["check", "--strict", ...files];
}
function twineUploadArgs(uploadUrl, files, attestations = []) {
  return [
    "upload",
    "--non-interactive",
    "--disable-progress-bar",
    ...attestations.length > 0 ? ["--attestations"] : [],
    "--repository-url",
    uploadUrl,
    ...files,
    ...attestations
  ];
}
function twineEnvironment(username, password) {
  return { TWINE_USERNAME: username, TWINE_PASSWORD: password, TWINE_NON_INTERACTIVE: "1" };
}
async function twineCheck(twine, files) {
  const args = [...twine.baseArgs, ...twineCheckArgs(files)];
  const result = await runCommand(twine.command, args, { outsideWorkspace: true });
  const verdict = judgeTwineCheck(result.exitCode, `${result.stdout}
${result.stderr}`, files);
  if (!verdict.ok) {
    throw new UserError(
      `twine check --strict found problems in the package metadata (the long description is what PyPI renders):
${outputTail(result)}
Fix the metadata (readme, content type) and tag again.`,
      "twine check failed"
    );
  }
  return { shown: showCommand(twine.command, args), defaultedToRst: verdict.defaultedToRst };
}
async function twineVersionOutput(twine) {
  const result = await runCommand(twine.command, [...twine.baseArgs, "--version"], {
    outsideWorkspace: true
  });
  return result.exitCode === 0 ? `${result.stdout}
${result.stderr}` : "";
}
var UPLOAD_TIMEOUT_MS = 15 * 6e4;
var KILL_GRACE_MS = 5e3;
function killUpload(child) {
  try {
    if (process.platform !== "win32" && child.pid) process.kill(-child.pid, "SIGKILL");
    else child.kill("SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}
function stoppedMessage(deadline) {
  const rule = deadline.rule ? ` (its deadline: ${deadline.rule})` : "";
  return `twine was stopped: the upload did not end within ${Math.round(deadline.ms / 1e3)} s${rule}.`;
}
function runUpload(command, args, options, deadline) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      ...options,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32"
    });
    let output = "";
    child.stdout.on("data", (chunk) => output += chunk.toString());
    child.stderr.on("data", (chunk) => output += chunk.toString());
    let timedOut = false;
    let settled = false;
    let grace;
    const finish = (ok, extra = "") => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      const tail = `${output}${extra}`.trim().split("\n").slice(-25).join("\n");
      resolve({
        ok: ok && !timedOut,
        output: timedOut ? `${tail}
${stoppedMessage(deadline)}`.trim() : tail,
        timedOut
      });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killUpload(child);
      grace = setTimeout(() => finish(false), KILL_GRACE_MS);
    }, deadline.ms);
    child.on("error", (error) => finish(false, `
${error.message}`));
    child.on("close", (code) => finish(code === 0));
  });
}
async function twineUploadFile(twine, uploadUrl, file, credentials, attestations = [], deadline = { ms: UPLOAD_TIMEOUT_MS }) {
  const args = [...twine.baseArgs, ...twineUploadArgs(uploadUrl, [file], attestations)];
  debug(`run: ${showCommand(twine.command, args)}`);
  const cwd = await outsideWorkspaceDir();
  const env = {
    ...process.env,
    ...twineEnvironment(credentials.username, credentials.password),
    PYTHONSAFEPATH: "1"
  };
  delete env.PYTHONPATH;
  return runUpload(twine.command, args, { cwd, env }, deadline);
}
function describeUploadFailure(indexLabel, output) {
  const hint = /\b403\b|invalid or non-existent authentication|Invalid API Token/i.test(output) ? " The token was refused: check that pypi-token is an API token for this project (or that trusted publishing is configured)." : /File already exists|\b409\b/i.test(output) ? " A file of that name already exists on the index with other content; release a new version." : "";
  return `Upload to ${indexLabel} failed:
${output}
${hint}`.trim();
}
function isTransientUploadFailure(output, timedOut) {
  return timedOut || /\b(?:5\d\d|429) [A-Z]|ConnectionError|Connection aborted|RemoteDisconnected|ConnectionResetError|Read timed out|Max retries exceeded|BrokenPipe/i.test(
    output
  );
}
function isExpiredTokenRefusal(output) {
  return /\b403\b/.test(output) && /expired|invalid (?:api )?token/i.test(output);
}

// src/publish/upload-order.ts
function uploadOrder(files) {
  const wheel = (file) => file.filename.toLowerCase().endsWith(".whl") ? 0 : 1;
  return [...files].sort((a, b) => wheel(a) - wheel(b));
}

// src/publish/indexes.ts
var PYPI_UPLOAD_URL = "https://upload.pypi.org/legacy/";
var TESTPYPI_UPLOAD_URL = "https://test.pypi.org/legacy/";
function deriveSimpleUrl(uploadUrl) {
  const url = new URL(uploadUrl);
  if (url.host === "upload.pypi.org") return "https://pypi.org/simple/";
  url.search = "";
  url.hash = "";
  const dir = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  url.pathname = dir.endsWith("/legacy/") ? `${dir.slice(0, -"legacy/".length)}simple/` : `${dir}simple/`;
  return url.href;
}
function packageIndex(rawUploadUrl, label, indexUrl = "") {
  const { url: uploadUrl, username, password } = splitCredentials(rawUploadUrl);
  const url = new URL(uploadUrl);
  const host = url.host === "upload.pypi.org" ? "pypi.org" : url.host;
  const given = indexUrl ? splitCredentials(indexUrl) : void 0;
  const simple = given ? given.url : deriveSimpleUrl(uploadUrl);
  const credentials = username || password ? { username, password } : void 0;
  const simpleCredentials = given && (given.username || given.password) ? { username: given.username, password: given.password } : new URL(simple).origin === url.origin ? credentials : void 0;
  return {
    label,
    uploadUrl,
    webOrigin: `${url.protocol}//${host}`,
    simpleUrl: simple.endsWith("/") ? simple : `${simple}/`,
    warehouse: url.pathname.endsWith("/legacy/") && !indexUrl,
    ...credentials && { credentials },
    ...simpleCredentials && { simpleCredentials }
  };
}
function jsonApiUrl(index, project, version) {
  return `${index.webOrigin}/pypi/${encodeURIComponent(project)}/${encodeURIComponent(version)}/json`;
}
function simpleProjectUrl(index, project) {
  return `${index.simpleUrl}${canonicalProjectName(project)}/`;
}
function simpleIndexUrl(index) {
  return index.simpleUrl;
}
function projectPageUrl(index, project, version) {
  return `${index.webOrigin}/project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`;
}

// src/run/oidc-claims.ts
function decodeClaims(jwt) {
  const payload = jwt.split(".")[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return {};
  }
}
function workflowFile(ref) {
  return ref?.split("@")[0];
}
function isReusableWorkflow(claims) {
  const caller = workflowFile(claims.workflow_ref);
  const job = workflowFile(claims.job_workflow_ref);
  return caller !== void 0 && job !== void 0 && caller !== job;
}
function describeClaims(claims) {
  return [
    `repository: ${claims.repository ?? "(none)"}`,
    `workflow: ${claims.workflow_ref ?? "(none)"}`,
    `job workflow: ${claims.job_workflow_ref ?? "(none)"}`,
    `environment: ${claims.environment ?? "(none)"}`,
    `ref: ${claims.ref ?? "(none)"}`
  ];
}

export {
  uploadOrder,
  PYPI_UPLOAD_URL,
  TESTPYPI_UPLOAD_URL,
  packageIndex,
  jsonApiUrl,
  simpleProjectUrl,
  simpleIndexUrl,
  projectPageUrl,
  twineUploadArgs,
  twineCheck,
  twineVersionOutput,
  twineUploadFile,
  describeUploadFailure,
  isTransientUploadFailure,
  isExpiredTokenRefusal,
  decodeClaims,
  isReusableWorkflow,
  describeClaims
};

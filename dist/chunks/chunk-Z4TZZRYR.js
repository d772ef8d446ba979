import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  outputTail,
  outsideWorkspaceDir,
  runCommand,
  showCommand
} from "./chunk-WNMN2RH2.js";
import {
  childEnvironment
} from "./chunk-SINCDJQB.js";
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
function withoutColour(output) {
  return output.replace(COLOUR, "");
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
function unreadableMetadataVersion(output) {
  const text = plainText(output);
  const listed = /supported Metadata-Version: ([\d., ]+)/.exec(text);
  if (/Metadata is missing required fields: Name, Version/.test(text)) {
    const versions = listed?.[1]?.split(/[,\s]+/).map((item) => item.replace(/\.$/, "")).filter((item) => /^\d+\.\d+$/.test(item)) ?? [];
    return { upTo: versions.at(-1), found: void 0 };
  }
  const invalid = /'(\d+\.\d+)' is not a valid metadata version/.exec(text);
  if (invalid) return { upTo: void 0, found: invalid[1] };
  return void 0;
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
  const output = `${result.stdout}
${result.stderr}`;
  const verdict = judgeTwineCheck(result.exitCode, output, files);
  const unread = verdict.ok ? void 0 : unreadableMetadataVersion(output);
  if (unread) throw uploaderTooOld(twine, unread, withoutColour(outputTail(result)));
  if (!verdict.ok) {
    throw new UserError(
      `twine check --strict found problems in the package metadata (the long description is what PyPI renders):
${withoutColour(outputTail(result))}
Fix what it names in the package metadata (usually the readme or its content type), rebuild, and release again.`,
      "twine check failed"
    );
  }
  return { shown: showCommand(twine.command, args), defaultedToRst: verdict.defaultedToRst };
}
function uploaderTooOld(twine, unread, tail) {
  const reads = unread.upTo ? `reads Metadata-Version up to ${unread.upTo}` : "cannot read";
  const files = unread.found ? `these files are ${unread.found}` : "these files are newer";
  return new UserError(
    `twine (${twine.how ?? twine.command}) ${reads}; ${files}:
${tail}
The metadata is fine: the uploader is too old to read it, and would fail on upload too. Upgrade twine (pip install -U "twine>=7", which reads up to 2.5), or take it off PATH so pyrelease installs one that does; nothing needs rebuilding, and the tag can be released again as it is.`,
    "Uploader too old for the metadata"
  );
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
  const rule2 = deadline.rule ? ` (its deadline: ${deadline.rule})` : "";
  return `twine was stopped: the upload did not end within ${Math.round(deadline.ms / 1e3)} s${rule2}.`;
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
  const env = childEnvironment(process.env, {
    ...twineEnvironment(credentials.username, credentials.password),
    PYTHONSAFEPATH: "1"
  });
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
function describeClaims(claims) {
  return [
    `repository: ${claims.repository ?? "(none)"}`,
    `workflow: ${claims.workflow_ref ?? "(none)"}`,
    `job workflow: ${claims.job_workflow_ref ?? "(none)"}`,
    `environment: ${claims.environment ?? "(none)"}`,
    `ref: ${claims.ref ?? "(none)"}`
  ];
}

// src/pypi-rules/catalogue.ts
var WAREHOUSE_COMMIT = "6b62157124ab7865029afeeadf282bce27d601d9";
var WAREHOUSE = `https://github.com/pypi/warehouse/blob/${WAREHOUSE_COMMIT}`;
var LEGACY = `${WAREHOUSE}/warehouse/forklift/legacy.py`;
var METADATA = `${WAREHOUSE}/warehouse/forklift/metadata.py`;
var WHEEL = `${WAREHOUSE}/warehouse/utils/wheel.py`;
var GITHUB_OIDC = `${WAREHOUSE}/warehouse/oidc/models/github.py`;
function rule(id, title, source) {
  return { id, title, source };
}
var RULES = {
  metadataVersion: rule("metadata-version", "Metadata-Version PyPI supports", `${METADATA}#L26`),
  licenseBoth: rule(
    "license-with-expression",
    "License together with License-Expression",
    `${METADATA}#L276-L287`
  ),
  licenseFile: rule(
    "license-file-missing",
    "License-File not in the archive",
    `${LEGACY}#L1397-L1422`
  ),
  fieldVersion: rule(
    "field-needs-metadata-version",
    "Field newer than the Metadata-Version",
    `${LEGACY}#L701-L739`
  ),
  name: rule("name", "Invalid project name", `${LEGACY}#L701-L739`),
  version: rule("version", "Invalid or local version", `${METADATA}#L115-L122`),
  url: rule("url", "Invalid URL", `${METADATA}#L192-L221`),
  classifier: rule("classifier", "Unknown or deprecated classifier", `${METADATA}#L162-L190`),
  summary: rule("summary-length", "Summary over 512 characters", `${METADATA}#L64-L66`),
  directDependency: rule(
    "direct-dependency",
    "Requires-Dist with a direct URL",
    `${METADATA}#L248-L261`
  ),
  dynamic: rule("dynamic", "Dynamic field PyPI does not know", `${METADATA}#L263-L274`),
  compressionRatio: rule("compression-ratio", "Compression ratio above 50", `${LEGACY}#L88-L95`),
  compressionMethod: rule(
    "compression-method",
    "Compression other than stored or deflate",
    `${LEGACY}#L352-L361`
  ),
  sparse: rule("sparse-member", "Sparse tar member", `${LEGACY}#L435-L448`),
  wheelFile: rule("wheel-file", "Wheel without WHEEL", `${LEGACY}#L375-L387`),
  record: rule("wheel-record", "Wheel without a readable RECORD", `${LEGACY}#L1540-L1557`),
  entryPoints: rule("entry-points", "Invalid entry_points.txt", `${WHEEL}#L239-L305`),
  filenameCharacters: rule(
    "filename-characters",
    "File name PyPI cannot store",
    `${LEGACY}#L243-L283`
  ),
  sdistName: rule("sdist-filename", "sdist name not normalised (PEP 625)", `${LEGACY}#L1317-L1393`),
  wheelName: rule("wheel-filename", "Wheel name not normalised", `${LEGACY}#L1424-L1503`),
  platformTag: rule("platform-tag", "Platform tag PyPI refuses", `${LEGACY}#L103-L229`),
  oneSdist: rule("one-sdist", "More than one sdist per release", `${LEGACY}#L1260-L1275`),
  fileSize: rule("file-size", "File over the 100 MB default", `${LEGACY}#L1128-L1163`),
  projectSize: rule("project-size", "Project over the 10 GB default", `${LEGACY}#L1164-L1175`),
  releaseAge: rule("release-age", "Release older than 14 days", `${LEGACY}#L1242-L1258`),
  projectStatus: rule(
    "project-status",
    "Archived or quarantined project (PEP 792)",
    `${WAREHOUSE}/warehouse/packaging/models.py#L428-L502`
  ),
  uploaderMetadata: rule(
    "uploader-metadata-version",
    "Uploader too old for the Metadata-Version",
    "https://github.com/pypa/twine/blob/7.0.0/docs/changelog.rst"
  ),
  pullRequestTarget: rule(
    "trusted-pull-request-target",
    "Trusted publishing from pull_request_target",
    `${GITHUB_OIDC}#L127-L138`
  ),
  reusableWorkflow: rule(
    "trusted-reusable-workflow",
    "Trusted publishing from another repository\u2019s or ref\u2019s workflow",
    `${GITHUB_OIDC}#L67-L97`
  ),
  environment: rule(
    "trusted-environment",
    "Environment in the claims differs from the job\u2019s",
    `${GITHUB_OIDC}#L100-L124`
  )
};
function refuse(name, file, message, level = "error") {
  return { rule: RULES[name], file, message, level };
}

export {
  uploadOrder,
  twineUploadArgs,
  twineCheck,
  twineVersionOutput,
  twineUploadFile,
  describeUploadFailure,
  isTransientUploadFailure,
  isExpiredTokenRefusal,
  decodeClaims,
  describeClaims,
  refuse
};
